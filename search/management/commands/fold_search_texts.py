import time

from django.core.management.base import BaseCommand
from wagtail.models import get_page_models

from search import registry
from search.backends.folded import store_folded_parts

BATCH = 500


class Command(BaseCommand):
    help = (
        "Write the folded search text of every page (search.models.FoldedText) without "
        "rebuilding the search index: the database backends write it with each entry "
        "from now on, this fills it for pages indexed before."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        total = 0
        for model in get_page_models():
            # With the relations the page type's text parts read (search.registry).
            pages = registry.with_text_relations(
                model, model.objects.exact_type(model).order_by("pk")
            )
            batch = []
            for page in pages.iterator(chunk_size=BATCH):
                batch.append(page)
                if len(batch) == BATCH:
                    total += store_folded_parts(batch)
                    batch = []
            total += store_folded_parts(batch)
        self.stdout.write(f"Folded {total} pages in {time.monotonic() - started:.1f} s.")
