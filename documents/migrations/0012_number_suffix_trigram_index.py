# A code typed alone ("KH-UBND") finds the documents whose number ends with it
# (search.matching.number_ids): a LIKE '%KHUBND' no B-tree index can serve, so
# PostgreSQL read every document's row, 48 ms at 100,000 documents, for the
# ranking's numbered candidates and again for the count and the facets. A trigram
# index answers it (2 ms); other databases scan, as they do for every LIKE.

from django.db import migrations

INDEX = "document_number_suffix_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON documents_officialdocumentpage "
        "USING gin (number_normalised gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0011_issuing_body_parent_and_task_units"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
