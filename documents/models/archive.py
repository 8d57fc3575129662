from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from documents.archive import ArchiveFilterForm, ArchiveQuery, get_archive_backend
from documents.archive.export import export_query_string, export_response
from documents.feeds import ArchiveFeed
from documents.models.issuing_bodies import IssuingBody
from documents.models.official_documents import OfficialDocumentPage
from portal.listings import listing_fragment
from portal.localized_names import ATTRIBUTE as LOCALIZED_NAME
from portal.localized_names import localized_names
from portal.page_versions import scope_version
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages


def localize_issuers(documents, issuer_options):
    """Name the issuing bodies of the listed documents and of the issuer filter in the
    reader's language, in one query (none on Vietnamese pages): the counts behind the
    filter are cached with the originals' names, for every language alike."""
    bodies = [document.issuing_body for document in documents if document.issuing_body_id]
    option_ids = [int(option.value) for option in issuer_options if option.value.isdigit()]
    names = localized_names(IssuingBody, [body.pk for body in bodies] + option_ids)
    if not names:
        return
    for body in bodies:
        body.__dict__[LOCALIZED_NAME] = names[body.pk]
    for option in issuer_options:
        if option.value.isdigit():
            option.label = names.get(int(option.value), option.label)


class DocumentArchivePage(RoutablePageMixin, CachedViewRestrictionsMixin, Page):
    """The archive of official documents ("Văn bản – tài liệu"), one under each home page.

    Every document page lives below it; readers filter, sort and subscribe to it.
    """

    introduction = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Một hai câu hướng dẫn người đọc tra cứu văn bản."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "documents.OfficialDocumentPage",
        "documents.PlanPage",
        "documents.DirectivePage",
        # Award decisions (home/awards) are official documents of the archive too; named
        # by label so that documents imports nothing of home.
        "home.AwardDecisionPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kho văn bản")
        verbose_name_plural = _("kho văn bản")

    def documents(self):
        """The live public documents below the archive. `archive_path` leads the
        indexes the listing walks in date order, and is empty for documents behind a
        view restriction; `public_pages` and the tree check stay so a document whose
        copy were ever out of step is left out rather than shown unpublished or
        private."""
        return (
            public_pages(OfficialDocumentPage.objects)
            .descendant_of(self)
            .filter(archive_path=self.path)
        )

    def counted_documents(self):
        """The same documents for counting: the document table alone, no join with
        wagtailcore_page, so counts read the archive indexes only."""
        return OfficialDocumentPage.objects.filter(archive_path=self.path)

    def uncounted_documents(self):
        """Every document counted_documents leaves out (other archives', drafts,
        private ones): where they are few, the field counts are every document's
        less theirs (documents.archive.grouped.tag_counts)."""
        return OfficialDocumentPage.objects.exclude(archive_path=self.path)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = ArchiveQuery.from_params(request.GET)
        # The counts of a filter combination hold until the next publish under this
        # archive (a new scope token) or the next unpublish, move or delete (a new
        # generation); the page and fragment caches read both anyway.
        query.counts_version = scope_version(request, self)
        filter_params = request.GET.copy()
        filter_params.pop("page", None)
        filter_query_string = filter_params.urlencode()
        # Without a keyword, the filters, the table and the pages are one cached
        # fragment per address, and the listing is read only when it is missing.
        # A keyword's matches come from the search index and are never cached.
        listing = SimpleLazyObject(lambda: self.listing(request, query))
        if query.keyword:
            listing.page_obj  # noqa: B018 -- read now: it sets the keyword's notices
        context.update(
            query=query,
            form=ArchiveFilterForm(initial={"q": query.keyword, "sort": query.sort}),
            facets=SimpleLazyObject(lambda: listing.facets),
            page_obj=SimpleLazyObject(lambda: listing.page_obj),
            count_more=SimpleLazyObject(lambda: listing.count_more),
            documents=SimpleLazyObject(lambda: listing.page_obj.object_list),
            table_fragment=""
            if query.keyword
            else listing_fragment(request, "archive-table", filter_query_string),
            filter_query_string=filter_query_string,
            feed_url=self.get_url(request) + self.reverse_subpage("feed"),
            csv_url=self.get_url(request) + self.reverse_subpage("csv"),
            json_url=self.get_url(request) + self.reverse_subpage("json"),
            export_query_string=export_query_string(query),
        )
        return context

    def listing(self, request, query):
        """The archive backend's answer to `query`: the requested page of documents
        and the filter counts, issuers named in the reader's language."""
        listing = get_archive_backend().listing(query, self, request.GET.get("page", 1))
        listing.page_obj.object_list = list(listing.page_obj.object_list)
        localize_issuers(listing.page_obj.object_list, listing.facets["issuer"])
        return listing

    @path("rss/", name="feed")
    def feed(self, request):
        query = ArchiveQuery.from_params(request.GET)
        return ArchiveFeed(self, query.results(self.documents()), request.GET.urlencode())(request)

    # The same view as open data (documents.archive.export), beside the feed.
    @path("csv/", name="csv")
    def csv_export(self, request):
        return export_response(self, request, "csv")

    @path("json/", name="json")
    def json_export(self, request):
        return export_response(self, request, "json")
