"""The archive's sort orders, by the name the `sort` parameter carries: as database
orderings and as the same orders on the Elasticsearch archive index."""

from django.utils.translation import gettext_lazy as _

DEFAULT_SORT = "moi-nhat"

SORTS = {
    "moi-nhat": ("-issued_on", "-pk"),
    "cu-nhat": ("issued_on", "pk"),
    "so-ky-hieu": ("number_normalised", "-issued_on"),
}
SORT_CHOICES = [
    ("moi-nhat", _("Mới nhất")),
    ("cu-nhat", _("Cũ nhất")),
    ("so-ky-hieu", _("Theo số ký hiệu")),
]
INDEX_SORTS = {
    "moi-nhat": [{"issued_on": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"}],
    "cu-nhat": [{"issued_on": {"order": "asc", "missing": "_last"}}, {"page_id": "asc"}],
    "so-ky-hieu": [{"number_normalised": "asc"}, {"issued_on": {"order": "desc"}}],
}
