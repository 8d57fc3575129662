"""The pages of one page of search results, read as cards: one query for all of
them, whatever their types, instead of one query per page type reading whole pages.

A card is an instance of the page's specific type holding only the columns a
result shows or labels it by: the Page columns in CARD_PAGE_FIELDS, the short
columns of its own tables (numbers, choices, dates, keys; not texts, StreamFields
or JSON), each table joined on the page's id, and the text parts its search entry
stored (search.models.FoldedText) for the snippet. Anything else a caller reads
from a card is loaded by Django on access, one query each, as for any deferred
field. A page whose parts were never stored (indexed before they were, or by
another backend) is loaded whole and has them folded, as the Python ranking does
(search.ranking).

The statement is built by the ORM from the models' metadata and compiled once
per database and set of types (portal.prepared_queries): with a LEFT JOIN and a
lookup per column, it costs four times as much to compile as to run.
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.base import ModelState
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.prepared_queries import ListParameter, PreparedQuery
from search import ranking
from search.columns import page_lookup
from search.models import FoldedText

# What every result reads of Page: its title and address, its type, and the date
# first published for a type without a date of its own (search.results.page_date).
CARD_PAGE_FIELDS = ("id", "title", "url_path", "content_type_id", "first_published_at")
# Column types no card shows: whole texts, bodies and structured data.
LONG_FIELDS = (models.TextField, models.JSONField, StreamField)


def _is_parent_link(field):
    return bool(field.remote_field and getattr(field.remote_field, "parent_link", False))


def _card_field(field):
    if field.model is Page:
        return field.attname in CARD_PAGE_FIELDS
    return not _is_parent_link(field) and not isinstance(field, LONG_FIELDS)


@cache
def card_fields(model):
    """The concrete fields of `model` its card holds (see the module's docstring)."""
    return tuple(field for field in model._meta.concrete_fields if _card_field(field))


def _ordered(card_models):
    return tuple(sorted(card_models, key=lambda model: model._meta.label))


@cache
def _fields(card_models):
    """The card fields of `card_models` (a tuple) in the statement's column order,
    and for each model the (attname, column position) of its card's fields."""
    fields = list(dict.fromkeys(field for model in card_models for field in card_fields(model)))
    # The type first: it says which of the other columns are the row's.
    fields.remove(Page._meta.get_field("content_type"))
    fields.insert(0, Page._meta.get_field("content_type"))
    index = {field: position for position, field in enumerate(fields)}
    # The parent links hold the page's id: the specific type's pk is one of them.
    positions = {
        model: tuple(
            (field.attname, index[Page._meta.pk] if _is_parent_link(field) else index[field])
            for field in model._meta.concrete_fields
            if _is_parent_link(field) or field in card_fields(model)
        )
        for model in card_models
    }
    return tuple(fields), positions


def _cards_queryset(alias, card_models):
    """The cards' SELECT for the pages `ids` of `card_models`: a LEFT JOIN per table
    of their types on the page's id, the stored parts last. Built with a lookup per
    column, it costs four times as much to compile as to run: compiled once per
    database and set of types (_CARDS)."""
    fields, _positions = _fields(card_models)
    lookups = [
        field.attname if field.model is Page else page_lookup(field.model, field.attname)
        for field in fields
    ]
    parts = FoldedText.objects.using(alias).filter(page=OuterRef("pk")).values("parts")
    return (
        Page.objects.using(alias)
        .filter(pk__in=ListParameter("ids", Page._meta.pk))
        .order_by()
        .annotate(folded_parts=Subquery(parts))
        .values_list(*lookups, "folded_parts")
    )


_CARDS = PreparedQuery(_cards_queryset)


def _models(content_types):
    found = {}
    for content_type_id in set(content_types):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            found[content_type_id] = model
    return found


def _card(model, values, positions, using):
    """An instance of `model` holding the columns its card reads, the others deferred:
    what Model.from_db makes, without Model.__init__, which for a clusterable page
    lists every child relation of its type each time."""
    card = model.__new__(model)
    card.__dict__.update({attname: values[position] for attname, position in positions})
    card._state = ModelState()
    card._state.adding = False
    card._state.db = using
    return card


def load_cards(content_types, using="default"):
    """{page id: card} for {page id: content type id}, in one query (see the module's
    docstring); pages of types no longer installed are left out."""
    types = _models(content_types.values())
    if not types:
        return {}
    card_models = _ordered(set(types.values()))
    _fields_in_order, positions = _fields(card_models)
    cards, unstored = {}, {}
    for values in _CARDS.tuples((using, card_models), ids=list(content_types)):
        model = types.get(values[0])
        if model is None:
            continue
        card = _card(model, values, positions[model], using)
        if values[-1] is None:
            unstored[card.pk] = values[0]
            continue
        card._search_folded_parts = [ranking.Part(*part) for part in values[-1]]
        cards[card.pk] = card
    if unstored:
        cards.update(ranking._load_specific(unstored, {}))
    return cards
