"""The counts of several column facets over the same documents, read as one row per
option instead of one per combination of options.

Grouped by every column at once (type x status x issuer x year), the unfiltered
archive at 100,000 documents gave 12,258 rows, each converted and added up in
Python: most of a cold archive page's CPU, and growing with the data. The database
still groups the documents so, once, and then adds each column's groups up itself,
so what crosses over is one row per option (71 there). UNION ALL over a WITH rather
than GROUPING SETS, which SQLite lacks; a WITH read four times is computed once by
PostgreSQL and by SQLite from 3.35.
"""

from collections import Counter

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count

# What the value of each column facet is, back from the text the union reads it as.
_PARSE = {"type": str, "status": str, "issuer": int, "year": int}
# The documents' covering index for these counts on SQLite (documents migration 0013):
# (table, index).
SQLITE_COUNTS_INDEX = ("documents_officialdocumentpage", "document_archive_counts_sqlite")


def option_rows(rows, columns):
    """[(facet, value, n)] of `rows`: `columns` maps each facet's name to the column
    (or annotation) it groups by. Options without a value (no issuer, no date) are
    left out, as the archive never lists them."""
    # Unordered and without the issuers' names, so PostgreSQL groups the index-only
    # scan in a hash table instead of sorting every row.
    grouped = rows.values(*columns.values()).annotate(n=Count("pk")).order_by()
    try:
        sql, params = grouped.query.sql_with_params()
    except EmptyResultSet:
        # A filter that keeps nothing (an unknown field's tag): no query at all.
        return []
    connection = connections[grouped.db]
    quote = connection.ops.quote_name
    table, index = SQLITE_COUNTS_INDEX
    if connection.vendor == "sqlite" and rows.model._meta.db_table == table:
        sql = _covering_index(sql, quote(table), quote(index))
    # Each union member names its facet by position: the text is a cast, never input.
    per_facet = " UNION ALL ".join(
        f"SELECT {index}, CAST({quote(column)} AS TEXT), SUM(n) FROM grouped "
        f"WHERE {quote(column)} IS NOT NULL GROUP BY {quote(column)}"
        for index, column in enumerate(columns.values())
    )
    names = list(columns)
    with connection.cursor() as cursor:
        cursor.execute(f"WITH grouped AS ({sql}) {per_facet}", params)
        found = cursor.fetchall()
    # SUM is a numeric in PostgreSQL (a Decimal here), an integer in SQLite.
    return [(names[index], _PARSE[names[index]](value), int(n)) for index, value, n in found]


def _covering_index(sql, table, index):
    """`sql` reading its documents through `index` on SQLite. With statistics
    (ANALYZE, PRAGMA optimize) SQLite takes the index whose order spares it the
    GROUP BY's sort, then reads every document's row from the table: 140 against
    23 ms for a filtered archive's counts, 240 against 83 ms for the unfiltered
    one, at 100,000 documents. The main FROM comes first in Django's SQL; the
    subqueries after it name the table with an alias."""
    return sql.replace(f"FROM {table} ", f"FROM {table} INDEXED BY {index} ", 1)


def column_counts(rows, columns):
    """{facet: Counter(value: n)} of `rows`, from option_rows."""
    counts = {name: Counter() for name in columns}
    for name, value, n in option_rows(rows, columns):
        counts[name][value] += n
    return counts


def tag_counts(rows, others=None, size=0):
    """{tag id: how many documents of `rows` carry it}. Taggit adds a tag to a
    document once, so counting the (document, tag) rows counts documents, without
    the sort a COUNT(DISTINCT) costs; grouped by the tag's id, the names are read
    after from the small tag table (grouped by name, every row was joined to its tag
    and hashed by text: 160 against 60 ms at 100,000 documents).

    `others`, when given, are the documents `rows` leaves out, and `size` how many
    documents `rows` holds. Where the others are at most half as many, the counts
    are every (document, tag) row's, grouped without a join, less theirs: joining
    each of an archive's 100,000 documents to its tags took 95 ms on SQLite and 50
    on PostgreSQL, where the tag rows alone group in 6 and 14, and the others are a
    few drafts and private documents. A site of many archives pays one count of
    the others, stopped at half the archive, for finding out."""
    limit = size // 2 + 1
    if others is not None and others.order_by().values("pk")[:limit].count() < limit:
        tagged = rows.model._meta.get_field("area_items").related_model.objects
        every = _per_tag(tagged.all(), "tag_id")
        # The others' tag rows by their keys: joined the other way, SQLite walked
        # every tag row and read its document (150 ms).
        theirs = _per_tag(tagged.filter(content_object__in=others.values("pk")), "tag_id")
        return {tag: n - theirs.get(tag, 0) for tag, n in every.items() if n > theirs.get(tag, 0)}
    return _per_tag(rows.filter(area_items__isnull=False), "area_items__tag_id")


def _per_tag(rows, tag):
    return dict(rows.values_list(tag).annotate(n=Count("pk")).order_by())
