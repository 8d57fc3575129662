"""The archive answered by the database (the default backend)."""

from django.core.cache import cache
from django.core.paginator import Paginator

from documents.archive.backends import DOCUMENTS_PER_PAGE, ArchiveListing
from portal.page_cache import safely

# The generation token retires cached counts at the first publish, unpublish, move
# or delete; the timeout only frees the room of combinations nobody asks for again.
COUNTS_CACHE_SECONDS = 6 * 60 * 60


class CountedPaginator(Paginator):
    """A paginator told its total, which the facet counts already hold, instead of
    running a COUNT query of its own."""

    def __init__(self, object_list, per_page, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count


class DatabaseArchive:
    """The archive answered by the database (the default): filters and counts are
    SQL aggregates, the keyword goes through the search service."""

    def listing(self, query, archive_page, page_number, per_page=DOCUMENTS_PER_PAGE):
        documents = archive_page.documents()
        counts = self.counts(query, archive_page, archive_page.counted_documents())
        paginator = CountedPaginator(query.results(documents), per_page, query.total(counts))
        return ArchiveListing(
            paginator.get_page(page_number),
            query.facets(counts),
            count_more=counts.get("total_more", False),
        )

    def counts(self, query, archive_page, documents):
        """The filter counts, from the cache when this combination was counted since
        the last change to the published documents."""
        others = archive_page.uncounted_documents()
        key = query.counts_cache_key(archive_page)
        if key is None:
            return query.count_options(documents, others)
        counts = safely(lambda: cache.get(key))
        if counts is None:
            counts = query.count_options(documents, others)
            safely(lambda: cache.set(key, counts, COUNTS_CACHE_SECONDS))
        return counts

    # The database is the archive's only store: publishing needs no extra step.
    def update(self, page):
        pass

    def remove(self, page_id):
        pass
