"""The admin an editor works in reads in Vietnamese: no screen shows one of Wagtail's,
wagtail-localize's or django-axes' English texts. locale/admin fills in what their own
Vietnamese catalogues lack and corrects what they get wrong."""

import datetime
import json
import re
from pathlib import Path

import axes
import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.models import Page, Site, Workflow
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory
from tests.portal.admin_catalogues import english_entries

pytestmark = pytest.mark.django_db

# Texts that read the same in Vietnamese, so finding one is no sign of English.
SAME_IN_VIETNAMESE = {
    "Email",  # the Vietnamese word too
    "URL",
    "ID",
    "HTML",
    "HTTP Accept",  # the name of an HTTP header
    "Wagtail API v2",  # product names
    "Wagtail API v3",
    "Wagtail routablepage",
    # Not a text: a hidden counter of the editor's side panel prints Python's None.
    "None",
}
# Attributes a reader sees (placeholder, tooltip, alternative text) or hears.
READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")
# A msgid with a placeholder or markup never shows as it is written.
NOT_SHOWN_VERBATIM = re.compile(r"%(\(\w+\))?[sd]|\{\w*\}|<")


def _shown_verbatim(domain="django"):
    texts = set()
    for entry in english_entries(domain):
        for text in (entry.msgid, entry.msgid_plural):
            text = " ".join(text.split())
            if re.search("[A-Za-z]", text) and not NOT_SHOWN_VERBATIM.search(text):
                texts.add(text)
    return texts - SAME_IN_VIETNAMESE


ENGLISH = _shown_verbatim()


# A relative date in English ("10 months", "3 days ago"): Django's timesince and humanize
# build it from their own catalogues, not Wagtail's, so ENGLISH cannot list it.
ENGLISH_TIME = re.compile(r"\b\d+\s(?:minute|hour|day|week|month|year)s?\b")


# Keys of that JSON whose values are identifiers (menu item, icon and field names).
JSON_IDENTIFIERS = {"name", "icon_name", "fieldName", "_type", "url", "classname", "attrs"}


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in JSON_IDENTIFIERS:
                yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _read_texts(html):
    """What an editor reads on a screen: its text, the attributes above, and the labels
    (sidebar menu, strings for scripts) that Wagtail hands its scripts as JSON."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    for script in soup.find_all("script"):
        if script.get("type") == "application/json" and script.string:
            texts.extend(_json_strings(json.loads(script.string)))
        script.decompose()
    for style in soup.find_all("style"):
        style.decompose()
    texts.extend(soup.find_all(string=True))
    for attribute in READ_ATTRIBUTES:
        texts.extend(tag[attribute] for tag in soup.find_all(attrs={attribute: True}))
    return {" ".join(str(text).split()) for text in texts}


def _english_on(response):
    assert response.status_code == 200
    if response["Content-Type"] == "application/json":
        # A chooser modal: its HTML travels inside the JSON.
        texts = _read_texts(response.json()["html"])
    else:
        texts = _read_texts(response.content.decode())
    relative = {text for text in texts if ENGLISH_TIME.search(text.replace("\xa0", " "))}
    return sorted((texts & ENGLISH) | relative)


def _in_vietnamese(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def people(editor, leader, superuser):
    """Who opens each screen: the editor where editors may, otherwise the leader who
    approves, or an administrator for what only administrators reach."""
    return {
        "editor": _in_vietnamese(editor),
        "leader": _in_vietnamese(leader),
        "superuser": _in_vietnamese(superuser),
    }


@pytest.fixture
def in_moderation(home_page, editor):
    """A draft the editor has submitted to the approval workflow."""
    page = StandardPageFactory(parent=home_page, title="Bài chờ duyệt", live=False)
    page.save_revision()
    Workflow.objects.get(workflow_pages__page__depth=1).start(page, editor)
    return page


# Who opens a screen: the editor where editors may, otherwise an administrator.
SCREENS = {
    "dashboard": ("editor", "wagtailadmin_home"),
    "page chooser": ("editor", "wagtailadmin_choose_page"),
    "image chooser": ("editor", "wagtailimages_chooser:choose"),
    "document chooser": ("editor", "wagtaildocs_chooser:choose"),
    "images": ("editor", "wagtailimages:index"),
    "image upload": ("editor", "wagtailimages:add_multiple"),
    "documents": ("editor", "wagtaildocs:index"),
    "document upload": ("editor", "wagtaildocs:add_multiple"),
    "workflows report": ("editor", "wagtailadmin_reports:workflow"),
    "site history": ("editor", "wagtailadmin_reports:site_history"),
    "aging pages": ("editor", "wagtailadmin_reports:aging_pages"),
    "account": ("editor", "wagtailadmin_account"),
    "awards": ("superuser", "wagtailsnippets_home_award:list"),
    "issuing bodies": ("superuser", "wagtailsnippets_documents_issuingbody:list"),
    "new issuing body": ("superuser", "wagtailsnippets_documents_issuingbody:add"),
    "locked pages": ("superuser", "wagtailadmin_reports:locked_pages"),
    "users": ("superuser", "wagtailusers_users:index"),
    "groups": ("superuser", "wagtailusers_groups:index"),
    "redirects": ("superuser", "wagtailredirects:index"),
    "workflows": ("superuser", "wagtailadmin_workflows:index"),
    "locales": ("superuser", "wagtaillocales:index"),
    "document archive listing": ("editor", "official_documents:index"),
    "localities": ("superuser", "wagtailsnippets_home_locality:list"),
}
# The editor's screens of one page, here the home page.
PAGE_SCREENS = {
    "explorer": "wagtailadmin_explore",
    "page editor": "wagtailadmin_pages:edit",
    "page type chooser": "wagtailadmin_pages:add_subpage",
    "page history": "wagtailadmin_pages:history",
}


@pytest.mark.parametrize("screen", SCREENS)
def test_admin_screen_reads_in_vietnamese(client, people, home_page, screen):
    who, url_name = SCREENS[screen]
    client.force_login(people[who])
    assert _english_on(client.get(reverse(url_name))) == []


@pytest.mark.parametrize("screen", PAGE_SCREENS)
def test_page_screen_reads_in_vietnamese(client, people, home_page, screen):
    client.force_login(people["editor"])
    url = reverse(PAGE_SCREENS[screen], args=[home_page.pk])
    assert _english_on(client.get(url)) == []


def test_relative_dates_read_in_vietnamese(client, people, home_page):
    """The explorer's "updated 10 months ago", which Django's own Vietnamese catalogue
    left as "10 months trước"."""
    page = StandardPageFactory(parent=home_page, title="Bài cũ")
    page.save_revision().publish()
    ten_months_ago = timezone.now() - datetime.timedelta(days=305)
    Page.objects.filter(pk=page.pk).update(
        latest_revision_created_at=ten_months_ago, last_published_at=ten_months_ago
    )
    client.force_login(people["editor"])
    response = client.get(reverse("wagtailadmin_explore", args=[home_page.pk]))
    html = response.content.decode()
    assert "10\xa0tháng" in html
    assert _english_on(response) == []


def test_page_search_results_read_in_vietnamese(client, people, home_page):
    client.force_login(people["editor"])
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "thi"})
    assert _english_on(response) == []


def test_site_settings_read_in_vietnamese(client, people, home_page):
    client.force_login(people["superuser"])
    url = reverse("wagtailsettings:edit", args=["home", "portalsettings", Site.objects.get().pk])
    assert _english_on(client.get(url)) == []


def test_workflow_actions_read_in_vietnamese(client, people, in_moderation):
    """The leader reviewing a submitted page: approve, request changes, the status panel."""
    client.force_login(people["leader"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[in_moderation.pk]))
    assert "Yêu cầu sửa đổi" in response.content.decode()
    assert _english_on(response) == []


def test_login_page_reads_in_vietnamese(client, home_page):
    assert _english_on(client.get(reverse("wagtailadmin_login"))) == []


def test_login_placeholder_is_written_correctly(client, home_page):
    """Wagtail's own catalogue renders "Nhập Tên đăng nhậpcủa bạn"."""
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "Nhập Tên đăng nhậpcủa bạn" not in html
    assert 'placeholder="Tên đăng nhập của bạn"' in html


def _shown_in_english(catalogue, entry):
    if entry.msgid_plural:
        english = {entry.msgid, entry.msgid_plural}
        if entry.msgctxt:
            return catalogue.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 2) in english
        return catalogue.ngettext(entry.msgid, entry.msgid_plural, 2) in english
    if entry.msgctxt:
        return catalogue.pgettext(entry.msgctxt, entry.msgid) == entry.msgid
    return catalogue.gettext(entry.msgid) == entry.msgid


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_has_a_vietnamese_translation(domain):
    """Beyond the screens above: every string of the installed apps' catalogues, the
    scripts' too (the JavaScript catalogue view reads the same djangojs files)."""
    packages = [Path(app.path) for app in apps.get_app_configs()]
    if domain == "django":
        catalogue = translation.trans_real.translation("vi")
    else:
        catalogue = DjangoTranslation(
            "vi", domain="djangojs", localedirs=[package / "locale" for package in packages]
        )
    entries = english_entries(domain, within=[*packages, Path(axes.__file__).parent])
    untranslated = [
        entry.msgid
        for entry in entries
        if entry.msgid not in SAME_IN_VIETNAMESE
        # Only placeholders ("%(field_label)s:"): the same in every language.
        and re.search("[A-Za-z]", NOT_SHOWN_VERBATIM.sub("", entry.msgid))
        and _shown_in_english(catalogue, entry)
    ]
    assert untranslated == []
