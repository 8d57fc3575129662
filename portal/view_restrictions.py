"""Private pages, checked without a query on the (many) pages that have no restriction.

Wagtail checks every served page against the view restrictions of the page and its
ancestors, resolving aliases: two queries per request. A portal has a handful of
restrictions, if any, so their paths and the paths of alias pages are read once per
page cache generation (saving a restriction or an alias purges it,
portal/cache_purge.py) and Wagtail's own check runs only where one of them lies on
the page's path.
"""

from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from portal.page_cache import current_generation

TIMEOUT = 3600


def restricted_and_alias_paths():
    """(paths of restricted pages, paths of alias pages), cached per generation."""
    key = f"view-restrictions:{current_generation()}"
    state = cache.get(key)
    if state is None:
        state = (
            tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
            tuple(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
        )
        cache.set(key, state, TIMEOUT)
    return state


class CachedViewRestrictionsMixin:
    """For page models: Wagtail's restriction check, skipped where it cannot find any."""

    def get_view_restrictions(self):
        restricted, aliases = restricted_and_alias_paths()
        if any(self.path.startswith(path) for path in (*restricted, *aliases)):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
