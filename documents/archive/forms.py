"""The archive's filter form: it validates a request's filters (documents.archive.query)
and draws the keyword box and sort menu on the archive page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from documents.archive.sorts import SORT_CHOICES
from documents.choices import DocumentStatus, DocumentType
from search.query import MAX_QUERY_LENGTH


class ArchiveFilterForm(forms.Form):
    # The keyword goes to the search service, which refuses a longer one.
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=MAX_QUERY_LENGTH)
    type = forms.ChoiceField(label=_("Loại văn bản"), required=False, choices=DocumentType.choices)
    # Ids are 64-bit; a larger number is no id, and SQLite cannot even compare it.
    issuer = forms.IntegerField(
        label=_("Cơ quan ban hành"), required=False, min_value=1, max_value=2**63 - 1
    )
    year = forms.IntegerField(
        label=_("Năm ban hành"), required=False, min_value=1900, max_value=2200
    )
    field = forms.SlugField(label=_("Lĩnh vực"), required=False, max_length=100, allow_unicode=True)
    status = forms.ChoiceField(
        label=_("Tình trạng hiệu lực"), required=False, choices=DocumentStatus.choices
    )
    sort = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=SORT_CHOICES)
