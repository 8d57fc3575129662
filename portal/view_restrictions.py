"""Private pages, checked without a query on the (many) pages that have no restriction.

Wagtail checks every served page against the view restrictions of the page and its
ancestors, resolving aliases: two queries per request. A portal has a handful of
restrictions, if any, so their paths and the paths of alias pages are read once per
page cache generation (saving a restriction or an alias purges it,
portal/cache_purge.py) and Wagtail's own check runs only where one of them lies on
the page's path.
"""

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageViewRestriction

from portal.fences import treebeard_paths
from portal.id_lists import pk_in_any
from portal.page_cache import current_generation, safely
from portal.prepared_queries import PreparedQuery

TIMEOUT = 3600


def _restricted_and_alias_queryset():
    """One query for both: the pages with a restriction or that are aliases, found
    through the restrictions and the alias key. Written as two conditions joined by
    OR, each page of the site was tested against both: 110 ms on PostgreSQL and 60
    on SQLite at 100,000 documents, for the first request after every publish.
    `alias_of_id > 0` rather than IS NOT NULL, which SQLite answers by a scan."""
    restricted = Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
    listed = pk_in_any(
        [
            PageViewRestriction.objects.values("page_id"),
            Page.objects.filter(alias_of_id__gt=0).values("pk"),
        ]
    )
    return (
        Page.objects.filter(listed)
        .annotate(restricted=restricted)
        .order_by("path")
        .values("path", "restricted", "alias_of_id")
    )


# Read after every purge (the first request of each generation): compiled once, as
# its SQL never changes.
_RESTRICTED_AND_ALIASES = PreparedQuery(_restricted_and_alias_queryset)


# (generation, state) of this process's last answer: a request asks several times
# (the page's own check, the menu, each box and listing leaving private pages out)
# and every request of a generation gets the same answer, so only the first of a
# generation goes to the cache (a round trip to Redis each time before).
_remembered = (None, None)


def restricted_and_alias_paths():
    """(paths of restricted pages, paths of alias pages), cached per generation."""
    global _remembered
    generation = current_generation()
    remembered_generation, state = _remembered
    if remembered_generation == generation:
        return state
    key = f"view-restrictions:{generation}"
    state = safely(lambda: cache.get(key))
    if state is None:
        rows = _RESTRICTED_AND_ALIASES.rows(())
        state = (
            tuple(row["path"] for row in rows if row["restricted"]),
            tuple(row["path"] for row in rows if row["alias_of_id"] is not None),
        )
        safely(lambda: cache.set(key, state, TIMEOUT))
    _remembered = (generation, state)
    return state


def _lies_on(path, paths):
    """Whether any of `paths` is the page at `path` or one of its ancestors."""
    if not paths:
        return False
    return not set(paths).isdisjoint(treebeard_paths.ancestor_paths(path))


class CachedViewRestrictionsMixin:
    """For page models: Wagtail's restriction check, skipped where it cannot find any."""

    def get_view_restrictions(self):
        restricted, aliases = restricted_and_alias_paths()
        if _lies_on(self.path, (*restricted, *aliases)):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


def restricted_paths():
    """Paths of the pages with a view restriction (login, groups or password), cached
    per page cache generation like the check above."""
    return restricted_and_alias_paths()[0]


def private_q(paths, prefix=""):
    """Pages at or below any of `paths`; matches nothing when there are none.
    `prefix` names the relation to the page ("page__" on a model that refers to one)."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= treebeard_paths.subtree_q(path, prefix)
    return condition


def public_pages(queryset, paths=None):
    """The live pages of `queryset` every reader may see: none at or below a page
    with a view restriction, as Wagtail's `.live().public()`. The one rule every
    public listing, box, feed, search, sitemap and API applies. The restricted paths
    come from the cache, so a site without restrictions pays no query and no
    condition; the outputs are the same for every reader, so the page cache can
    share them. `paths`: the restricted paths already read (a prepared query's key,
    portal/prepared_queries.py)."""
    queryset = queryset.live()
    paths = restricted_paths() if paths is None else paths
    return queryset.exclude(private_q(paths)) if paths else queryset


def is_public(page):
    """True when no view restriction lies on `page`'s path (from the cache)."""
    return not _lies_on(page.path, restricted_paths())


def is_restricted_now(path):
    """True when a view restriction lies on `path`, read from the database: for
    code that runs in the transaction that may have just added or removed one."""
    ancestors = treebeard_paths.ancestor_paths(path)
    return PageViewRestriction.objects.filter(page__path__in=ancestors).exists()
