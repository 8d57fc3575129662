"""The RSS feed a news index publishes at rss/."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed


class NewsFeed(Feed):
    """RSS 2.0 feed of one news index's latest items."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_url(self.request)

    def description(self, index):
        return index.introduction or index.title

    def items(self, index):
        return index.feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]
