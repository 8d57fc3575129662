from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from documents.models import OfficialDocumentPage
from portal.view_restrictions import public_pages


class Command(BaseCommand):
    help = (
        "Rebuild the archive's Elasticsearch index (search/elastic.py) from the live "
        "documents every reader may see."
    )

    def handle(self, *args, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set: there is no cluster to index into.")
        from search.elastic import rebuild_archive_index

        documents = (
            public_pages(OfficialDocumentPage.objects)
            .select_related("issuing_body", "locale")
            .prefetch_related("attachments__document")
        )
        count = rebuild_archive_index(documents.iterator(chunk_size=500))
        self.stdout.write(f"Indexed {count} documents.")
