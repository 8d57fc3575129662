from django.db import migrations

# Documents behind a view restriction (on themselves or on any page above them) leave
# the archive: their archive_path is emptied, as documents.listing now keeps it. One
# UPDATE that PostgreSQL and SQLite both run.
EMPTY_PRIVATE_ARCHIVE_PATHS = """
UPDATE documents_officialdocumentpage SET archive_path = ''
WHERE archive_path <> '' AND EXISTS (
    SELECT 1
    FROM wagtailcore_page page
    JOIN wagtailcore_pageviewrestriction restriction ON 1 = 1
    JOIN wagtailcore_page restricted ON restricted.id = restriction.page_id
    WHERE page.id = documents_officialdocumentpage.page_ptr_id
      AND substr(page.path, 1, length(restricted.path)) = restricted.path
)
"""


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_archive_path_and_indexes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(EMPTY_PRIVATE_ARCHIVE_PATHS, migrations.RunSQL.noop),
    ]
