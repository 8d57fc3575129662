from django.db import models


class FoldedText(models.Model):
    """A page's search text parts with their folded form, written with its search
    entry by the database backends (search.backends.folded), so the search service
    scores candidates without reading StreamFields and folding whole bodies on every
    request. A page without a row (another backend, not yet re-indexed) is folded by
    the service itself, with the same result."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    # [[name, text, folded text], ...] in the order of the page's search_text_parts.
    parts = models.JSONField(default=list)

    def __str__(self):
        return f"FoldedText({self.page_id})"
