"""Writing thousands of pages at once.

`Page.add_child` costs several queries per page (locking the parent, reading the
last child, saving each table, a revision). Here a whole batch of pages of one type
gets its treebeard paths computed from the parent's last child, then each table of
the page type (wagtailcore_page, then every child table down to the specific one)
receives one multi-row INSERT, the parent's child count one UPDATE, and the search
backend one bulk add. The pages are live, published and in the parent's locale, as
if an editor had published them; they have no revision, which the public site does
not need and the admin does not require (an edit starts from the page itself).
"""

import uuid
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, QuerySet
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from home.analytics import totals
from home.demo.load_data import pgcopy, search_entries
from home.models import DailyPageViews

COMPUTED_SEARCH_TEXTS = ("search_folded", "search_title_folded", "attachment_text")


def _table_chain(model):
    """The concrete models whose tables hold one page of `model`, Page first."""
    return [*reversed(model._meta.get_parent_list()), model]


def _batch_size(fields, rows):
    return max(1, min(500, connection.ops.bulk_batch_size(fields, rows)))


def _insert(model, objs, fields, returning=False):
    """One multi-row INSERT per batch into `model`'s own table; with `returning`, the
    new primary keys in order."""
    keys = []
    size = _batch_size(fields, objs)
    returning_fields = [model._meta.pk] if returning else None
    for start in range(0, len(objs), size):
        rows = QuerySet(model)._insert(
            objs[start : start + size], fields=fields, returning_fields=returning_fields
        )
        if returning:
            keys.extend(row[0] for row in rows)
    return keys


class TreeSlots:
    """Hands out consecutive child paths under one parent page."""

    def __init__(self, parent):
        self.parent = parent
        last = parent.get_last_child()
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.depth = parent.depth + 1

    def take(self):
        path = Page._get_path(self.parent.path, self.depth, self.next_step)
        self.next_step += 1
        return path


def _set_keys(chain, pages, keys):
    for page, key in zip(pages, keys, strict=True):
        for table_model in chain:
            setattr(page, table_model._meta.pk.attname, key)


def insert_pages(parent, slots, model, pages, published_at):
    """Insert unsaved `pages` of `model` as live children of `parent`.

    `published_at` gives each page its publication time. Returns the pages, now with
    their primary keys set."""
    if not pages:
        return pages
    content_type = ContentType.objects.get_for_model(model)
    for page, when in zip(pages, published_at, strict=True):
        page.path = slots.take()
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.depth = slots.depth
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid5(uuid.NAMESPACE_URL, page.url_path)
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = when
        page.last_published_at = when
    if hasattr(model, "listed_archive_path"):
        # Official documents: the archive counts on this copy of live and path. New
        # pages carry no view restriction of their own, so the whole batch is listed
        # as its first page is (one query, not one per page).
        listed = bool(pages[0].listed_archive_path())
        for page in pages:
            page.archive_path = parent.path if listed else ""
    chain = _table_chain(model)
    if pgcopy.enabled():
        keys = pgcopy.reserve_ids(Page, len(pages))
        _set_keys(chain, pages, keys)
        for table_model in chain:
            pgcopy.copy_objects(table_model, pages, list(table_model._meta.local_concrete_fields))
    else:
        page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
        _set_keys(chain, pages, _insert(Page, pages, page_fields, returning=True))
        for table_model in chain[1:]:
            _insert(table_model, pages, list(table_model._meta.local_concrete_fields))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def index_pages(model, pages):
    """Search entries for the batch in one bulk add of the configured backend."""
    for page in pages:
        # In-memory child relations, so indexing reads no rows per page.
        if hasattr(page, "attachments"):
            page.attachments = []
        # The backend reads every search field once for the title, once for the body
        # and once for autocomplete; the computed texts are worked out here once and
        # stand in for their methods on these instances.
        # The parts are read once: the folded text, the folded parts and the
        # backend's fields all start from them.
        if callable(getattr(page, "search_text_parts", None)):
            parts = page.search_text_parts()
            page.search_text_parts = lambda parts=parts: parts
        for name in COMPUTED_SEARCH_TEXTS:
            method = getattr(page, name, None)
            if callable(method):
                setattr(page, name, method())
    with _values_read_once():
        if not search_entries.add(model, pages):
            get_search_backend().add_bulk(model, pages)


@contextmanager
def _values_read_once():
    """While a batch is indexed, each search field's value is read once per page.

    The database backends read every field of a page three times (for the title, the
    body and the autocomplete vectors), and reading a StreamField's searchable text
    walks all its blocks; at 100,000 pages that triples the cost of generation."""
    original = index.BaseField.get_value
    values = {}

    def get_value(field, obj):
        key = (id(field), id(obj))
        if key not in values:
            values[key] = original(field, obj)
        return values[key]

    index.BaseField.get_value = get_value
    try:
        yield
    finally:
        index.BaseField.get_value = original


def insert_view_counts(rows):
    """(page id, day, views) rows into the daily table: COPY on PostgreSQL, batched
    INSERTs elsewhere. The pages are new, so there is nothing to add to."""
    if not rows:
        return
    table = DailyPageViews._meta.db_table
    if connection.vendor == "postgresql":
        statement = f"COPY {table} (page_id, day, views) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    else:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_id, day, views) VALUES (%s, %s, %s)",
                [(page_id, day.isoformat(), views) for page_id, day, views in rows],
            )
    # Neither path sends signals: the pages' running totals are computed from the rows.
    totals.rebuild({page_id for page_id, _day, _views in rows})


def create_rows(model, objs):
    """`bulk_create` of new rows whose keys nobody reads afterwards: COPY on
    PostgreSQL."""
    if not objs:
        return
    if pgcopy.enabled():
        auto = model._meta.auto_field
        fields = [field for field in model._meta.local_concrete_fields if field is not auto]
        pgcopy.copy_objects(model, objs, fields)
    else:
        model.objects.bulk_create(objs, batch_size=2000)
