# The archive's counts on SQLite at 100,000 documents (1.4 s on the first request
# after a publish). SQLite has no INCLUDE: the index that lets PostgreSQL count the
# documents' type, status, issuer and year without reading their rows
# (document_archive_date) is only (archive_path, issued_on) there, so SQLite read
# each document's row to group it (430 ms). With the grouped columns in the index
# it reads the index alone (100 ms). Likewise the field facet read each (document,
# tag) row for its tag (280 against 130 ms). PostgreSQL has what it needs.

from django.db import migrations

INDEXES = {
    "document_archive_counts_sqlite": (
        "documents_officialdocumentpage",
        "archive_path, issued_on, document_type, status, issuing_body_id",
    ),
    "document_area_tag_sqlite": ("documents_documentareatag", "content_object_id, tag_id"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name, (table, columns) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0012_number_suffix_trigram_index"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
