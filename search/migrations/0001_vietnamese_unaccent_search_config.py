"""A PostgreSQL text search configuration that folds Vietnamese accents.

`vietnamese_unaccent` is `simple` (no stemming, which Vietnamese syllables do not
need) with the `unaccent` dictionary in front, so the database backend indexes
"Kế hoạch" as "ke hoach". Other databases have nothing to create.
"""

from django.db import migrations

CONFIG = "vietnamese_unaccent"


def create_config(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)")
    schema_editor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
    )


def drop_config(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_config, drop_config, elidable=False)]
