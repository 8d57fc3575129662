from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from documents.archive import ArchiveFilterForm, ArchiveQuery, get_archive_backend
from documents.archive.export import export_query_string, export_response
from documents.feeds import ArchiveFeed
from documents.models.official_documents import OfficialDocumentPage
from portal.page_versions import scope_version
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages


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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = ArchiveQuery.from_params(request.GET)
        # The counts of a filter combination hold until the next publish under this
        # archive (a new scope token) or the next unpublish, move or delete (a new
        # generation); the page and fragment caches read both anyway.
        query.counts_version = scope_version(request, self)
        listing = get_archive_backend().listing(query, self, request.GET.get("page", 1))
        filter_params = request.GET.copy()
        filter_params.pop("page", None)
        context.update(
            query=query,
            form=ArchiveFilterForm(initial={"q": query.keyword, "sort": query.sort}),
            facets=listing.facets,
            page_obj=listing.page_obj,
            documents=listing.page_obj.object_list,
            filter_query_string=filter_params.urlencode(),
            feed_url=self.get_url(request) + self.reverse_subpage("feed"),
            csv_url=self.get_url(request) + self.reverse_subpage("csv"),
            json_url=self.get_url(request) + self.reverse_subpage("json"),
            export_query_string=export_query_string(query),
        )
        return context

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
