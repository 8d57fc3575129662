"""What the demo creates, so `load_demo_data` can tell a database it may fill (empty,
or holding only its own demo and generated load data) from one holding somebody's
content, and its own invented view counts from real ones.

Content counts as somebody's when it is not in the demo's set: a page at a path the
demo does not build (generated pages: six-digit slugs under the demo's sections), a
snippet, picture or file under a name the demo does not use, or any revision or log
entry made by a user (the demo and the generator save as nobody).
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from documents.models import DocumentAttachment, DocumentFile, IssuingBody
from home.demo import consultations, names
from home.demo.archive_texts import BODIES, DOCUMENT_SLUGS
from home.demo.awards import AWARD_DECISION_SLUGS
from home.demo.load_data.generator import GENERATED_SLUG, SECTIONS, extra_bodies
from home.demo.news_texts import CATEGORIES, NEWS
from home.demo.pages import ORGANISATION
from home.demo.profile_texts import AWARDS, CLUSTERS, LOCALITIES, PROFILES, SECTORS
from home.models import (
    Award,
    EmulationCluster,
    Locality,
    NewsCategory,
    PortalSettings,
    Sector,
)


def _paths(home, *relative):
    return [f"/{home}/{path}" if path else f"/{home}/" for path in relative]


def page_paths():
    """The url_path of every page the demo builds, in both languages."""
    children = [
        (names.NEWS, [row[0] for row in NEWS]),
        (names.PROFILES, [row[0] for row in PROFILES]),
        (names.EVENTS, names.CONGRESSES),
        (names.ARCHIVE, (*DOCUMENT_SLUGS, *AWARD_DECISION_SLUGS, names.AWARD_DECISION)),
        (consultations.INDEX, consultations.SLUGS),
    ]
    vietnamese = [
        "",
        f"{names.ABOUT}/",
        f"{names.ABOUT}/{names.FUNCTIONS}/",
        f"{names.CONTACT}/",
        f"{names.CLUSTERS}/",
        f"{names.MOST_VIEWED}/",
        f"{names.AWARD_SEARCH}/",
        *(f"{section}/" for section, _slugs in children),
        *(f"{section}/{slug}/" for section, slugs in children for slug in slugs),
    ]
    english = [
        "",
        f"{names.ABOUT_EN}/",
        f"{names.ABOUT_EN}/{names.FUNCTIONS_EN}/",
        f"{names.CONTACT_EN}/",
        f"{names.MOST_VIEWED_EN}/",
        f"{names.AWARD_SEARCH_EN}/",
        f"{consultations.INDEX_EN}/",
    ]
    return _paths(names.HOME, *vietnamese) + _paths(names.HOME_EN, *english)


def generated_pages():
    """A filter for the pages `generate_load_data` writes under the demo's sections."""
    sections = "|".join(SECTIONS)
    return Q(url_path__regex=rf"^/{names.HOME}/({sections})/[^/]+{GENERATED_SLUG[:-1]}/$")


def image_titles():
    return {
        *(names.news_image(number) for number in range(len(NEWS))),
        *(names.profile_image(number) for number in range(len(PROFILES))),
        names.PROVINCE_CONGRESS_IMAGE,
        *(names.dong_lam_congress_image(n) for n in range(names.DONG_LAM_CONGRESS_PHOTOS)),
    }


def _with_translations(model, **demo):
    """Rows of `model` that are neither a demo original nor a translation of one (the
    English copies carry other names)."""
    originals = model.objects.filter(**demo).values("translation_key")
    return model.objects.exclude(translation_key__in=originals)


def foreign_content():
    """What the database holds that the demo did not create, as lazy names of its kinds
    (an empty list: nothing, so loading the demo overwrites nobody's work)."""
    paths = page_paths()
    checks = [
        (
            _("các trang"),
            Page.objects.exclude(depth=1).exclude(url_path__in=paths).exclude(generated_pages()),
        ),
        (
            _("các chuyên mục tin"),
            NewsCategory.objects.exclude(slug__in=[slug for slug, _name in CATEGORIES]),
        ),
        (_("các lĩnh vực"), Sector.objects.exclude(slug__in=[slug for slug, _name in SECTORS])),
        (
            _("các địa bàn"),
            Locality.objects.exclude(slug__in=[slug for slug, _name in LOCALITIES]),
        ),
        (
            _("các danh hiệu, hình thức khen thưởng"),
            _with_translations(Award, name__in=[name for name, _level in AWARDS]),
        ),
        (
            _("các cụm, khối thi đua"),
            _with_translations(EmulationCluster, name__in=[row[0] for row in CLUSTERS]),
        ),
        (
            _("các cơ quan ban hành"),
            _with_translations(
                IssuingBody,
                name__in=[row[0] for row in BODIES] + [row[0] for row in extra_bodies()],
            ),
        ),
        (_("các ảnh"), get_image_model().objects.exclude(title__in=image_titles())),
        (
            _("các tệp văn bản"),
            DocumentFile.objects.exclude(
                pk__in=DocumentAttachment.objects.filter(page__url_path__in=paths).values(
                    "document_id"
                )
            ),
        ),
        (
            _("thông tin cổng đã điền"),
            PortalSettings.objects.exclude(organisation_name__in=[ORGANISATION, "Sở Nội vụ"]),
        ),
    ]
    found = [label for label, queryset in checks if queryset.exists()]
    if Revision.objects.filter(user__isnull=False).exists():
        found.append(_("phiên bản do người dùng lưu"))
    if any(
        model.objects.filter(user__isnull=False).exists() for model in (PageLogEntry, ModelLogEntry)
    ):
        found.append(_("thao tác của người dùng trong trang quản trị"))
    return found
