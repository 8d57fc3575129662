"""Stored number keys follow search.text.normalise_number, which now drops the number's
leading zeros so that `5/CT-UBND` finds `05/CT-UBND`. Only keys that start with a zero
can change, so only those rows are read."""

from django.db import migrations

from search.text import normalise_number

BATCH = 2000


def recompute_keys(apps, schema_editor):
    documents = apps.get_model("documents", "OfficialDocumentPage")
    changed = []
    rows = documents.objects.filter(number_normalised__startswith="0").only("pk", "number")
    for document in rows.iterator(chunk_size=BATCH):
        document.number_normalised = normalise_number(document.number)
        changed.append(document)
        if len(changed) >= BATCH:
            documents.objects.bulk_update(changed, ["number_normalised"])
            changed = []
    if changed:
        documents.objects.bulk_update(changed, ["number_normalised"])


class Migration(migrations.Migration):
    dependencies = [("documents", "0007_scan_imports")]

    operations = [migrations.RunPython(recompute_keys, migrations.RunPython.noop, elidable=True)]
