from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Rebuild the archive's Elasticsearch index (documents/archive/elastic.py) from the "
        "live documents every reader may see."
    )

    def handle(self, *args, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set: there is no cluster to index into.")
        from documents.archive.elastic import archive_index_documents, rebuild_archive_index

        count = rebuild_archive_index(archive_index_documents().iterator(chunk_size=500))
        self.stdout.write(f"Indexed {count} documents.")
