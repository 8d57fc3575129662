"""The folded text parts of each page, written where the database backends write its
search entry, so both are as fresh as each other (search.models.FoldedText)."""

from wagtail.models import Page

from search.indexing import folded_parts


def _specific_pages(objs):
    # Only specific pages: parts read from a base Page instance (title and
    # description) would replace the specific page's.
    return [
        obj for obj in objs
        if isinstance(obj, Page) and obj.pk and type(obj) is obj.specific_class
    ]


def store_folded_parts(objs):
    """Write the folded parts of the specific pages among `objs` (one query)."""
    from search.models import FoldedText

    rows = [FoldedText(page_id=page.pk, parts=folded_parts(page)) for page in _specific_pages(objs)]
    if rows:
        FoldedText.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=["page"], update_fields=["parts"]
        )
    return len(rows)


class FoldedTextIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, objs)
        store_folded_parts(objs)

    def delete_item(self, item):
        super().delete_item(item)
        from search.models import FoldedText

        if isinstance(item, Page):
            FoldedText.objects.filter(page_id=item.pk).delete()

    def reset(self):
        super().reset()
        from search.models import FoldedText

        FoldedText.objects.all().delete()
