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

The statement is written here from the models' metadata, and its values pass
through the converters Django would apply: built by the ORM, with a LEFT JOIN and
a lookup per column, it cost four times as much to compile as to run.
"""

from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import connections, models
from django.db.models.base import ModelState
from wagtail.fields import StreamField
from wagtail.models import Page

from search import ranking
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


@dataclass(frozen=True)
class Statement:
    """The cards' SELECT for a set of page models: `sql` with `{ids}` where the ids'
    placeholders go, its `columns` (the stored parts last) and, for each model, the
    (attname, column position) of its card's fields."""

    sql: str
    columns: tuple
    positions: dict

    def converters(self, connection):
        """[(position, column, converters)] of the columns Django converts on
        `connection` (dates on SQLite, the parts' JSON)."""
        found = []
        for position, col in enumerate(self.columns):
            functions = [*connection.ops.get_db_converters(col), *col.get_db_converters(connection)]
            if functions:
                found.append((position, col, functions))
        return found


def _quoted(col, quote):
    return f"{quote(col.alias)}.{quote(col.target.column)}"


@cache
def _statement(alias, card_models):
    connection = connections[alias]
    quote = connection.ops.quote_name
    page_table = quote(Page._meta.db_table)
    page_id = f"{page_table}.{quote(Page._meta.pk.column)}"
    fields = list(dict.fromkeys(field for model in card_models for field in card_fields(model)))
    # The type first: it says which of the other columns are the row's.
    fields.remove(Page._meta.get_field("content_type"))
    fields.insert(0, Page._meta.get_field("content_type"))
    tables = dict.fromkeys(field.model for field in fields if field.model is not Page)
    joins = [
        f"LEFT JOIN {quote(model._meta.db_table)} ON "
        f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)} = {page_id}"
        for model in tables
    ]
    parts_table = quote(FoldedText._meta.db_table)
    joins.append(f"LEFT JOIN {parts_table} ON {parts_table}.{quote('page_id')} = {page_id}")
    parts = FoldedText._meta.get_field("parts")
    columns = [field.get_col(field.model._meta.db_table) for field in [*fields, parts]]
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
    sql = (
        f"SELECT {', '.join(_quoted(col, quote) for col in columns)} "
        f"FROM {page_table} {' '.join(joins)} WHERE {page_id} IN ({{ids}})"
    )
    return Statement(sql, tuple(columns), positions)


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
    statement = _statement(using, frozenset(types.values()))
    ids = list(content_types)
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(statement.sql.format(ids=", ".join(["%s"] * len(ids))), ids)
        rows = cursor.fetchall()
    converters = statement.converters(connection)
    cards, unstored = {}, {}
    for row in rows:
        model = types.get(row[0])
        if model is None:
            continue
        values = list(row)
        for position, col, functions in converters:
            for function in functions:
                values[position] = function(values[position], col, connection)
        card = _card(model, values, statement.positions[model], using)
        if values[-1] is None:
            unstored[card.pk] = row[0]
            continue
        card._search_folded_parts = [ranking.Part(*part) for part in values[-1]]
        cards[card.pk] = card
    if unstored:
        cards.update(ranking._load_specific(unstored, {}))
    return cards
