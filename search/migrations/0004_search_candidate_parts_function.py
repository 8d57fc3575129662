"""`search_candidate_parts()`: search_candidates() (migration 0002) with each row's
part, title or body, in the order the index gives them, and every row kept.

The search page and the API read a common word's first matches twice otherwise:
the ranking's candidates (search_candidates with 250 title and 250 body rows) and
the sample the count and the facets read (2,002 and 2,002 rows), each a bitmap of
every match built from the GIN indexes (140 ms for "thi đua" at 100,000 documents).
Read once with their parts, the sample's first title and body rows are the
ranking's candidates, the same rows in the same order: the bitmap heap scan returns
its rows in the table's order whatever the limit. Other databases have nothing to
create.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION search_candidate_parts(
    query tsquery, content_types integer[], title_rows integer, body_rows integer
) RETURNS TABLE (object_id varchar, in_title boolean)
LANGUAGE sql STABLE PARALLEL SAFE
SET enable_seqscan = off
SET enable_indexscan = off
AS $$
    (SELECT object_id, true FROM {table}
     WHERE title @@ query AND content_type_id + 0 = ANY (content_types)
     LIMIT title_rows)
    UNION ALL
    (SELECT object_id, false FROM {table}
     WHERE body @@ query AND NOT title @@ query
       AND content_type_id + 0 = ANY (content_types)
     LIMIT body_rows)
$$
"""
DROP = "DROP FUNCTION IF EXISTS search_candidate_parts(tsquery, integer[], integer, integer)"


def _on_postgresql(statement):
    """A RunPython step running `statement` (its {table} the index entries') on
    PostgreSQL only."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
            schema_editor.execute(statement.format(table=schema_editor.quote_name(table)))

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_folded_text"),
    ]

    operations = [
        migrations.RunPython(_on_postgresql(CREATE), _on_postgresql(DROP), elidable=False)
    ]
