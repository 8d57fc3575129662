"""Names of translatable snippets (issuing bodies, sectors, localities, awards, news
categories, clusters) in the reader's language, for a whole listing at once.

Pages and importers point at the Vietnamese originals; an English copy (Wagtail's
TranslatableMixin, same `translation_key`) carries the English name. Asking each
snippet for `.localized` costs a query per item, so a listing asks once per model
here and the `localized_name` template filter reads the answer off the objects.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

# The attribute `prefetch_localized_names` sets and `localized_name` reads.
ATTRIBUTE = "_localized_name"


def reader_language():
    """The active language without its region ("en" for "en-gb")."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def in_default_language():
    return reader_language() == settings.LANGUAGE_CODE


def localized_names(model, pks):
    """{pk: name in the reader's language} of the `model` rows `pks`: one query, none
    in the site's default language (the originals' names are already at hand). A row
    without a copy in that language keeps its own name."""
    pks = {pk for pk in pks if pk is not None}
    if not pks or in_default_language():
        return {}
    rows = with_reader_names(model.objects.filter(pk__in=pks))
    return {pk: copy or name for pk, name, copy in rows.values_list("pk", "name", "reader_name")}


def prefetch_localized_names(snippets):
    """Give every snippet of `snippets` (None skipped, any mix of models) its name in
    the reader's language, one query per model, so `localized_name` costs none."""
    if in_default_language():
        return
    by_model = defaultdict(list)
    for snippet in snippets:
        if snippet is not None and ATTRIBUTE not in snippet.__dict__:
            by_model[type(snippet)].append(snippet)
    for model, items in by_model.items():
        names = localized_names(model, [item.pk for item in items])
        for item in items:
            item.__dict__[ATTRIBUTE] = names.get(item.pk, item.name)


def with_reader_names(queryset):
    """`queryset` of a translatable snippet with `reader_name`, the name of its copy
    in the reader's language (None without one), in the same query: for the options
    of a filter. Unchanged in the site's default language."""
    if in_default_language():
        return queryset
    copies = queryset.model.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=reader_language()
    ).values("name")[:1]
    return queryset.annotate(reader_name=Subquery(copies))
