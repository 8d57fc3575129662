"""The news section: its index page (with the RSS feed) and the news articles."""

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import BaseStreamBlock
from home.images import ARTICLE_IMAGE, responsive_images
from home.models.mixins import CARD_RENDITIONS, SectionIntroductionMixin, image_prefetch, paginate
from home.models.snippets import NewsCategory
from home.news.feeds import NewsFeed
from portal.dates import day_texts
from portal.listings import listing_fragment
from portal.localized_names import prefetch_localized_names, reader_language, with_reader_names
from portal.page_addresses import page_urls
from portal.prepared_queries import Parameter, PreparedQuery
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages, restricted_paths
from search.indexing import FoldedSearchMixin, SearchPart, stream_text

OTHER_NEWS_COUNT = 6
NEWS_PER_PAGE = 12
FEED_ITEMS = 20


def _other_news_queryset(parent_path, depth, locale_id, restricted):
    """The rows of `NewsPage.other_news`: Wagtail's `sibling_of` a page of the
    section (a stand-in with its parent's path and its depth; the article's key is
    the parameter `pk`)."""
    article = Page(path=parent_path + "0" * Page.steplen, depth=depth)
    article.pk = Parameter("pk", models.IntegerField())
    return (
        public_pages(NewsPage.objects, paths=restricted)
        .sibling_of(article, inclusive=False)
        .filter(locale_id=locale_id)
        .order_by("-date", "-first_published_at", "-id")
        .values("id", "title", "url_path", "date")[:OTHER_NEWS_COUNT]
    )


_OTHER_NEWS = PreparedQuery(_other_news_queryset)


def _categories_queryset(language):
    """The rows of `NewsPage.category_rows`: the categories of the article `pk` (a
    parameter) in the order `page.categories.all` gives, with the name of their copy
    in the reader's `language` off the default one."""
    categories = NewsCategory.objects.filter(
        newspage=Parameter("pk", models.IntegerField())
    ).order_by("name")
    if language == settings.LANGUAGE_CODE:
        return categories.values_list("slug", "name")
    return with_reader_names(categories).values_list("slug", "name", "reader_name")


_CATEGORIES = PreparedQuery(_categories_queryset)


class NewsIndexPage(RoutablePageMixin, SectionIntroductionMixin, CachedViewRestrictionsMixin, Page):
    """The news section (/tin-tuc/) under the home page: lists its news newest first,
    can narrow to one category, and publishes an RSS feed at rss/."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.NewsPage"]
    template = "home/news/news_index_page.html"

    class Meta:
        verbose_name = _("chuyên trang tin tức")
        verbose_name_plural = _("chuyên trang tin tức")

    def latest_news(self):
        """Live news of this section, newest first."""
        return (
            public_pages(NewsPage.objects)
            .child_of(self)
            .order_by("-date", "-first_published_at", "-id")
        )

    def news(self):
        """Live news of this section, newest first, ready for listing cards (without
        their bodies, which cards never show)."""
        return (
            self.latest_news()
            .defer("body")
            .prefetch_related(image_prefetch("main_image", *CARD_RENDITIONS))
        )

    def categories(self):
        """The categories this section's news carry, named in the reader's language."""
        # One probe per category for its first public news here, a scalar subquery
        # with LIMIT 1: PostgreSQL keeps it a probe through the category's index,
        # where a join (or EXISTS, which it turns into one) read and grouped every
        # news of the section (20 to 48 ms at 20,000 news, under 1 ms as a probe).
        first_news = (
            public_pages(NewsPage.objects)
            .child_of(self)
            .filter(categories=OuterRef("pk"))
            .order_by()
            .values("pk")[:1]
        )
        rows = NewsCategory.objects.alias(first_news=Subquery(first_news)).filter(
            first_news__isnull=False
        )
        # One link per category, whether news point at its original or at its copy.
        first = {}
        for row in rows:
            first.setdefault(row.translation_key, row)
        categories = list(first.values())
        prefetch_localized_names(categories)
        return categories

    def category(self, slug):
        """The category `slug` names, in this section's language or as the original:
        translated news keep pointing at the originals their Vietnamese pages name."""
        categories = NewsCategory.objects.filter(slug=slug).filter(
            Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
        )
        # This section's own language first.
        category = min(categories, key=lambda item: item.locale_id != self.locale_id, default=None)
        prefetch_localized_names([category])
        return category

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news()
        category = None
        slug = request.GET.get("chuyen-muc", "")
        if slug:
            category = self.category(slug)
            # An unknown category lists nothing rather than everything, so a
            # mistyped address is visibly wrong. By translation key: news may point
            # at the category's original or at its copy.
            news = (
                news.filter(categories__translation_key=category.translation_key)
                if category
                else news.none()
            )
        # Lazy: read only when the cards' fragment is not in the cache.
        context.update(
            news_page=SimpleLazyObject(lambda: paginate(request, news, NEWS_PER_PAGE)),
            category=category,
            category_slug=slug,
            categories=SimpleLazyObject(self.categories),
            cards_fragment=listing_fragment(request, "news-cards", slug),
        )
        return context

    def feed_items(self):
        """The latest news for the RSS feed, with their categories."""
        return self.latest_news().prefetch_related("categories")[:FEED_ITEMS]

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    @path("rss/", name="feed")
    def feed_route(self, request):
        return NewsFeed(self)(request)


class NewsPage(FoldedSearchMixin, CachedViewRestrictionsMixin, Page):
    """One news article under a news index: date, lead, main image and body.

    Editors tick "nổi bật" to put it in the home page's featured box.
    """

    date = models.DateField(_("ngày đăng"), default=timezone.localdate, db_index=True)
    lead = models.TextField(
        _("sapo"),
        help_text=_("Đoạn tóm tắt in đậm ở đầu bài, hiện cả trong danh sách tin."),
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh ngang, rộng ít nhất 1200 điểm ảnh; nhớ ghi mô tả ảnh."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("nội dung"), blank=True)
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("chuyên mục"), blank=True
    )
    featured = models.BooleanField(
        _("tin nổi bật"),
        default=False,
        help_text=_("Tin nổi bật được đưa lên đầu trang chủ."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("featured"), FieldPanel("categories")],
            heading=_("Thông tin tin"),
        ),
        FieldPanel("lead"),
        FieldPanel("main_image"),
        FieldPanel("body"),
    ]
    search_parts = [SearchPart("lead"), SearchPart("body", text=stream_text)]
    search_filters = ["date"]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "home/news/news_page.html"

    class Meta:
        verbose_name = _("tin tức")
        verbose_name_plural = _("tin tức")

    def other_news(self, request=None):
        """"Các tin khác": other live news of the same section and language, newest
        first, without this one, as rows (id, title, date, url): read on every cold
        article, so from a query compiled once per section and language."""
        key = (
            Page._get_parent_path_from_path(self.path),
            self.depth,
            self.locale_id,
            restricted_paths(),
        )
        rows = _OTHER_NEWS.rows(key, pk=self.pk)
        urls = page_urls([row.pop("url_path") for row in rows], request)
        for row, url in zip(rows, urls, strict=True):
            row["iso_date"], row["shown_date"] = day_texts(row["date"])
            row["url"] = url
        return rows

    def category_rows(self):
        """(slug, name in the reader's language) of the article's categories, from a
        query compiled once per language (the article's header shows them on every
        cold render); a category without a copy in that language keeps its name."""
        language = reader_language()
        return [
            (slug, (copy[0] if copy and copy[0] else name))
            for slug, name, *copy in _CATEGORIES.tuples((language,), pk=self.pk)
        ]

    def main_picture(self):
        """The main image's `<img>` tag, its renditions and the image read in one
        prepared query (home/images.py); None without an image."""
        if self.main_image_id is None:
            return None
        return responsive_images([self.main_image_id], ARTICLE_IMAGE).get(self.main_image_id)
