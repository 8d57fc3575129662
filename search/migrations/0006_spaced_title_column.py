"""The title's raw words, lower case and spaced, stored beside each index entry on
PostgreSQL (`title_spaced`, a generated column): the ranking looks the query's own
accented words up in it (search.fences.modelsearch.ranked, "bão" not "báo").
Written out for each candidate by regexp_replace() it cost 6 of the 19 ms the
ranking of "thi đua" took at 100,000 documents. PostgreSQL fills the column
whenever modelsearch writes an entry's `title_text`; adding it rewrites the table
once (25 s for 127,000 entries). Other databases have nothing to add: SQLite
reads the FTS5 row's raw title.
"""

from importlib import import_module

from django.db import migrations

_on_postgresql = import_module(
    "search.migrations.0004_search_candidate_parts_function"
)._on_postgresql

ADD = (
    "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS title_spaced text GENERATED ALWAYS AS "
    "(' ' || regexp_replace(lower(title_text), '[[:space:][:punct:]]+', ' ', 'g') || ' ') "
    "STORED"
)
DROP = "ALTER TABLE {table} DROP COLUMN IF EXISTS title_spaced"


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_search_newest_parts_function"),
    ]

    operations = [
        migrations.RunPython(_on_postgresql(ADD), _on_postgresql(DROP), elidable=False)
    ]
