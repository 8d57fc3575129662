"""What purges the page cache: publishing, unpublishing, moving or deleting a page,
saving anything every page shows (snippets, site settings, images, documents, sites
and locales), and making a page private or creating an alias (the cached routes and
restriction paths of portal/routing.py and portal/view_restrictions.py follow the
same token).

A publish purges only what it can reach (`publish_scopes`) when that is known: the
page, its section (listing and siblings), every ancestor up to the home page, pages
that link to it (Wagtail's reference index), the most-viewed page and the search
results. Everything else
purges the whole site, because its reach cannot be listed cheaply: a snippet (an
issuing body, a person) shows on every page that names it and in the archive's
filters, settings and images on any page, a menu page in the header of every page, a
moved or renamed page in links anywhere, an unpublished one in every listing and box.

Purges run after the transaction commits. A purge inside the transaction would let a
request read the new token and then the old rows, and cache the old page under the
new token until the next publish.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from portal import page_cache, page_scopes, page_versions

# Pages that list pages of every section with their titles (by label: the apps that
# define them build on portal, not the other way round). The award look-up lists the
# rows of decisions kept in the archive, outside its own section.
SITE_WIDE_LISTINGS = ("home.mostviewedpage", "home.awardsearchpage")


def _shown_on_pages(model):
    """Models whose rows appear on public pages outside their own page."""
    return (
        issubclass(model, (BaseSiteSetting, BaseGenericSetting, Site, Locale, PageViewRestriction))
        or model in (get_image_model(), get_document_model())
        or model in get_snippet_models()
    )


def purge_frontend_cache(page):
    """Ask the CDN or reverse proxy to drop the page's parents too: Wagtail's frontend
    cache app purges only the page itself, yet its parents list it. Other listings
    (home page boxes, archive filters) follow within CACHE_CONTROL_MAX_AGE."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    ancestors = page.get_ancestors().filter(depth__gt=1).live().specific()
    batch = PurgeBatch()
    batch.add_pages(ancestors)
    batch.purge()


def publish_scopes(page):
    """The scopes (portal/page_scopes.py) a publish of `page` reaches, or None when
    only a site-wide purge is safe: a page in the menus shows in every page's header,
    an alias mirrors it elsewhere, and pages two levels below carry its title in
    their breadcrumbs."""
    if page.show_in_menus or page.aliases.exists():
        return None
    if Page.objects.descendant_of(page).filter(depth__gt=page.depth + 1).exists():
        return None
    scopes = set(page_scopes.reached_by(page))
    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    linking_ids = linking.values_list("object_id", flat=True)
    linking_pages = Page.objects.filter(pk__in=[int(pk) for pk in linking_ids])
    ranking_pages = Page.objects.live().filter(
        content_type__app_label__in=[label.split(".")[0] for label in SITE_WIDE_LISTINGS],
        content_type__model__in=[label.split(".")[1] for label in SITE_WIDE_LISTINGS],
    )
    for path in (linking_pages | ranking_pages).values_list("path", flat=True):
        scopes.add(page_scopes.page_scope(path))
    return sorted(scopes)


def page_published_handler(instance, **kwargs):
    scopes = publish_scopes(instance)
    if scopes is None:
        transaction.on_commit(page_cache.purge)
    else:
        transaction.on_commit(lambda: page_versions.purge_scopes(scopes))
    transaction.on_commit(lambda: purge_frontend_cache(instance))


def page_changed(instance, **kwargs):
    transaction.on_commit(page_cache.purge)
    transaction.on_commit(lambda: purge_frontend_cache(instance))


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        transaction.on_commit(page_cache.purge)


def content_saved(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    # An alias is live as soon as it is created, without a publish.
    is_alias = isinstance(instance, Page) and instance.alias_of_id is not None
    if is_alias or _shown_on_pages(sender):
        transaction.on_commit(page_cache.purge)


def connect():
    page_published.connect(page_published_handler, dispatch_uid="page-cache-published")
    page_slug_changed.connect(page_changed, dispatch_uid="page-cache-slug-changed")
    page_unpublished.connect(page_changed, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="page-cache-moved")
    post_delete.connect(page_deleted, dispatch_uid="page-cache-page-deleted")
    post_save.connect(content_saved, dispatch_uid="page-cache-content-saved")
    post_delete.connect(content_saved, dispatch_uid="page-cache-content-deleted")
