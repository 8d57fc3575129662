"""`search_candidates()`: the pages a PostgreSQL full-text query ranks, found through
the GIN indexes only (search.backends.postgres).

With a LIMIT, PostgreSQL prefers reading the table in order and testing each row's
`body` until it has enough matches, as testing a row looks cheap to it. But `body` is
large and stored out of line, so each test fetches and decompresses it: for words in
a few percent of the pages that is thousands of bodies, 50 ms and more. The function
turns plain and index scans off for its own statements (the settings apply to the
function only), which leaves the bitmap scans of the GIN indexes: the matching rows
are known from the index and no body is read. Other databases have nothing to create.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION search_candidates(
    query tsquery, content_types integer[], title_rows integer, body_rows integer
) RETURNS SETOF varchar
LANGUAGE sql STABLE PARALLEL SAFE
SET enable_seqscan = off
SET enable_indexscan = off
AS $$
    (SELECT object_id FROM {table}
     -- `+ 0` keeps the content type index out of the plan: nearly every entry is
     -- a page, so intersecting with it costs more than it removes.
     WHERE title @@ query AND content_type_id + 0 = ANY (content_types)
     LIMIT title_rows)
    UNION
    (SELECT object_id FROM {table}
     -- Title matches are the first part's: these rows add others. `title` is
     -- small and stored in the row, so testing it costs little.
     WHERE body @@ query AND NOT title @@ query
       AND content_type_id + 0 = ANY (content_types)
     LIMIT body_rows)
$$
"""
DROP = "DROP FUNCTION IF EXISTS search_candidates(tsquery, integer[], integer, integer)"


def create_function(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(CREATE.format(table=schema_editor.quote_name(table)))


def drop_function(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_vietnamese_unaccent_search_config"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_function, drop_function, elidable=False)]
