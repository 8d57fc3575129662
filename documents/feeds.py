"""RSS feed of the archive, for the whole archive or any filtered view of it."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

FEED_ITEMS = 50


class ArchiveFeed(Feed):
    def __init__(self, archive, documents, query_string=""):
        super().__init__()
        self.archive = archive
        self.documents = documents
        self.query_string = query_string

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.archive

    def title(self, archive):
        return archive.title

    def link(self, archive):
        url = archive.get_full_url(self.request)
        return f"{url}?{self.query_string}" if self.query_string else url

    def description(self, archive):
        return archive.introduction or _("Văn bản mới ban hành")

    def items(self, archive):
        return self.documents[:FEED_ITEMS]

    def item_title(self, item):
        return f"{item.number} – {item.title}" if item.number else item.title

    def item_description(self, item):
        return item.subject

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.issued_on, datetime.time(7, 0))
        )

    def item_categories(self, item):
        return [item.document_type_name]
