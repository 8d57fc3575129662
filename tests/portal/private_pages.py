"""A site with public and private pages of every type the public outputs show, for
the "private stays private" tests (issue #26).

Every private page's title and summary carry SECRET, every public one's PUBLIC, and
both share the words "Hội thao", so one search or filter finds the public pages and
would find the private ones if they leaked. A test asserts PUBLIC is in an output
(the output lists such pages at all) and SECRET is not.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import MostViewedPage
from tests.documents.factories import (
    DirectivePageFactory,
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.factories import DailyPageViewsFactory, StandardPageFactory
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

# Six characters, so a random token on a page (the CSRF field of a password
# form) cannot contain one by chance.
SECRET = "XKQZ7W"
PUBLIC = "PBJV2N"
SHARED_WORDS = "Hội thao"
KINDS = [
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
    PageViewRestriction.PASSWORD,
]
# Where the restriction sits: on each private page, or on a section above them.
PLACEMENTS = ["page", "parent"]


def restrict(page, kind, capture):
    """Put a view restriction of `kind` on `page`, committing it as the admin does
    (the purge of the page cache and the restriction paths runs on commit)."""
    with capture(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page,
            restriction_type=kind,
            password="mat-khau-noi-bo" if kind == PageViewRestriction.PASSWORD else "",
        )
        if kind == PageViewRestriction.GROUPS:
            restriction.groups.set([Group.objects.get_or_create(name="Cán bộ nội bộ")[0]])
    return restriction


def make_sections(parent, slug_prefix=""):
    """A news section, profiles, congress events and a document archive under `parent`."""
    return {
        "news": NewsIndexPageFactory(parent=parent, slug=f"{slug_prefix}tin-tuc"),
        "profiles": ModelProfileIndexPageFactory(
            parent=parent, slug=f"{slug_prefix}dien-hinh-tien-tien"
        ),
        "events": CongressEventIndexPageFactory(
            parent=parent, slug=f"{slug_prefix}dai-hoi-thi-dua"
        ),
        "archive": DocumentArchivePageFactory(parent=parent, slug=f"{slug_prefix}van-ban"),
    }


def fill(sections, marker):
    """One page of each listed type in `sections`, titled and summarised with `marker`,
    each viewed (the private ones most) so they would lead the most-viewed lists."""
    slug = marker.lower()
    category = NewsCategoryFactory(name=f"Chuyên mục {marker}", slug=f"chuyen-muc-{slug}")
    issuer = IssuingBodyFactory(name=f"Cơ quan {marker}")
    title = f"{SHARED_WORDS} {marker}"
    documents = {
        "document": OfficialDocumentPageFactory,
        "plan": PlanPageFactory,
        "directive": DirectivePageFactory,
    }
    pages = {
        "news": NewsPageFactory(
            parent=sections["news"],
            title=f"{title} tin",
            slug=f"tin-{slug}",
            lead=f"Tóm tắt {marker}",
            featured=True,
            categories=[category],
        ),
        "profile": ModelProfilePageFactory(
            parent=sections["profiles"],
            title=f"{title} điển hình",
            slug=f"dien-hinh-{slug}",
            featured=True,
        ),
        "event": CongressEventPageFactory(
            parent=sections["events"], title=f"{title} đại hội", slug=f"dai-hoi-{slug}"
        ),
    }
    for name, factory in documents.items():
        pages[name] = factory(
            parent=sections["archive"],
            title=f"{title} {name}",
            slug=f"{name}-{slug}",
            number=f"{len(name)}/{marker}-UBND",
            subject=f"Trích yếu {marker}",
            issuing_body=issuer,
            issued_on=datetime.date(2026 if marker == SECRET else 2025, 3, 1),
        )
        pages[name].areas.add(f"Lĩnh vực {marker}")
        pages[name].save()
    views = 900 if marker == SECRET else 10
    for page in pages.values():
        DailyPageViewsFactory(page=page, views=views)
    return pages


@pytest.fixture(params=KINDS)
def kind(request):
    return request.param


@pytest.fixture(params=PLACEMENTS)
def placement(request):
    return request.param


@pytest.fixture
def site(home_page):
    """Public sections, each with one public page of every listed type, and the
    "Xem nhiều nhất" page."""
    sections = make_sections(home_page)
    public = fill(sections, PUBLIC)
    home_page.add_child(instance=MostViewedPage(title="Xem nhiều nhất", slug="xem-nhieu-nhat"))
    return {"home": home_page, "sections": sections, "public": public}


@pytest.fixture
def private_in_sections(site, kind, django_capture_on_commit_callbacks):
    """Private pages beside the public ones in the public sections, each restricted."""
    pages = fill(site["sections"], SECRET)
    for page in pages.values():
        restrict(page, kind, django_capture_on_commit_callbacks)
    return pages


@pytest.fixture
def private_anywhere(site, kind, placement, django_capture_on_commit_callbacks):
    """Private pages restricted one by one in the public sections, or kept in sections
    below a restricted page shown in the menu ("child under a restricted parent")."""
    if placement == "page":
        pages = fill(site["sections"], SECRET)
        for page in pages.values():
            restrict(page, kind, django_capture_on_commit_callbacks)
        return pages
    parent = StandardPageFactory(
        parent=site["home"], title=f"Nội bộ {SECRET}", slug="noi-bo", show_in_menus=True
    )
    pages = fill(make_sections(parent, slug_prefix="noi-bo-"), SECRET)
    restrict(parent, kind, django_capture_on_commit_callbacks)
    return pages


def assert_hidden(content):
    """`content` (a response body) lists the public pages and none of the private."""
    text = content.decode() if isinstance(content, bytes) else content
    assert PUBLIC in text
    assert SECRET not in text

