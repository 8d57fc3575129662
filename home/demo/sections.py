"""Demo news, exemplary profiles and emulation clusters for the fictional tỉnh Sông
Xanh (their texts: `news_texts`, `profile_texts`), and the congress events
(`events`). Written for this project; every name is invented.

Everything is looked up before it is created, so running it again adds nothing.
"""

import datetime as dt

from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.demo import events, names
from home.demo.images import ensure_image
from home.demo.news_texts import CATEGORIES, NEWS
from home.demo.profile_texts import AWARDS, CLUSTERS, LOCALITIES, PROFILES, SECTORS
from home.models import (
    Award,
    EmulationCluster,
    EmulationClusterIndexPage,
    Locality,
    ModelProfileIndexPage,
    ModelProfilePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Sector,
)


def _body(paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def _ensure_snippets():
    """The Vietnamese originals; their English copies come from `translations`."""
    vi = Locale.get_default()
    categories = {
        slug: NewsCategory.objects.get_or_create(slug=slug, locale=vi, defaults={"name": name})[0]
        for slug, name in CATEGORIES
    }
    sectors = {
        slug: Sector.objects.get_or_create(slug=slug, locale=vi, defaults={"name": name})[0]
        for slug, name in SECTORS
    }
    localities = {
        slug: Locality.objects.get_or_create(slug=slug, locale=vi, defaults={"name": name})[0]
        for slug, name in LOCALITIES
    }
    awards = {
        name: Award.objects.get_or_create(name=name, level=level, locale=vi)[0]
        for name, level in AWARDS
    }
    return categories, sectors, localities, awards


def _ensure_news(home, ensure_child, categories):
    index = ensure_child(
        home,
        NewsIndexPage,
        names.NEWS,
        title="Tin tức",
        show_in_menus=True,
        introduction="Tin hoạt động thi đua, khen thưởng của tỉnh Sông Xanh.",
    )
    today = timezone.localdate()
    for number, (slug, title, category_slugs, featured, lead, paragraphs) in enumerate(NEWS):
        if index.get_children().filter(slug=slug).exists():
            continue
        image = ensure_image(names.news_image(number), title, number)
        page = NewsPage(
            slug=slug,
            title=title,
            date=today - dt.timedelta(days=3 * number),
            lead=lead,
            featured=featured,
            main_image=image,
            body=_body(paragraphs),
        )
        page.categories = [categories[category] for category in category_slugs]
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


def _ensure_profiles(home, ensure_child, sectors, localities, awards):
    index = ensure_child(
        home,
        ModelProfileIndexPage,
        names.PROFILES,
        title="Điển hình tiên tiến",
        show_in_menus=True,
        introduction="Những cá nhân, tập thể tiêu biểu trong phong trào thi đua yêu nước.",
    )
    profiles = {}
    for row in PROFILES:
        (slug, title, kind, position, unit, sector_slugs, locality, featured, summary,
         achievements, initiatives, honours) = row
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            profiles[slug] = existing.specific
            continue
        page = ModelProfilePage(
            slug=slug,
            title=title,
            kind=kind,
            position=position,
            unit=unit,
            locality=localities[locality],
            featured=featured,
            summary=summary,
            achievements=achievements,
            # No photo: a drawn picture must not stand for a real person; the templates
            # show the profile's initials instead.
        )
        page.sectors = [sectors[sector] for sector in sector_slugs]
        for initiative_title, year, level in initiatives:
            page.initiatives.add(
                page.initiatives.model(title=initiative_title, year=year, level=level)
            )
        for award, year, decision in honours:
            page.honours.add(
                page.honours.model(award=awards[award], year=year, decision_number=decision)
            )
        index.add_child(instance=page)
        page.save_revision().publish()
        profiles[slug] = page
    return index, profiles


def _ensure_clusters(home, ensure_child):
    for name, kind, description, members, leaderships in CLUSTERS:
        if EmulationCluster.objects.filter(name=name, locale=Locale.get_default()).exists():
            continue
        cluster = EmulationCluster(
            name=name, kind=kind, description=description, locale=Locale.get_default()
        )
        for unit in members:
            cluster.members.add(cluster.members.model(unit=unit))
        for year, leader, deputy in leaderships:
            cluster.leaderships.add(
                cluster.leaderships.model(year=year, leader_unit=leader, deputy_unit=deputy)
            )
        cluster.save()
    return ensure_child(
        home,
        EmulationClusterIndexPage,
        names.CLUSTERS,
        title="Cụm, khối thi đua",
        introduction="Các cụm, khối thi đua của tỉnh Sông Xanh và đơn vị trưởng, phó "
        "khối qua từng năm.",
    )


def build(home, ensure_child):
    """Add the content sections under `home` (the Vietnamese home page)."""
    categories, sectors, localities, awards = _ensure_snippets()
    news_index = _ensure_news(home, ensure_child, categories)
    _profile_index, profiles = _ensure_profiles(home, ensure_child, sectors, localities, awards)
    events.build(home, ensure_child, profiles, news_index)
    _ensure_clusters(home, ensure_child)
