"""Every content page type can be created through the admin's create view and then
renders; the tree rules decide where each type may go."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import (
    CongressEventIndexPage,
    CongressEventPage,
    EmulationClusterIndexPage,
    HomePage,
    ModelProfileIndexPage,
    ModelProfilePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from tests.factories import UserFactory
from tests.home.factories import (
    AwardFactory,
    CongressEventIndexPageFactory,
    ModelProfileIndexPageFactory,
    NewsIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _create(client, parent, model, data):
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    data = {"comments": inline_formset([]), "action-publish": "action-publish", **data}
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 302, response.context["form"].errors
    return model.objects.get(slug=data["slug"])


def test_admin_creates_news_index_and_news_page(admin_client, home_page):
    index = _create(
        admin_client,
        home_page,
        NewsIndexPage,
        {"title": "Tin tức", "slug": "tin-tuc", "introduction": "Tin hoạt động."},
    )
    news = _create(
        admin_client,
        index,
        NewsPage,
        {
            "title": "Hội nghị tổng kết năm",
            "slug": "hoi-nghi-tong-ket",
            "date": "2026-03-02",
            "lead": "Sáng nay, Hội đồng Thi đua – Khen thưởng tỉnh tổ chức hội nghị.",
            "body": streamfield([]),
        },
    )
    assert news.live
    assert "Hội nghị tổng kết năm" in admin_client.get(news.url).content.decode()


def test_admin_creates_profile_with_honour(admin_client, home_page):
    award = AwardFactory(name="Chiến sĩ thi đua cấp tỉnh")
    index = _create(
        admin_client,
        home_page,
        ModelProfileIndexPage,
        {"title": "Điển hình tiên tiến", "slug": "dien-hinh-tien-tien"},
    )
    profile = _create(
        admin_client,
        index,
        ModelProfilePage,
        {
            "title": "Lò Thị Mai",
            "slug": "lo-thi-mai",
            "kind": "ca-nhan",
            "unit": "Trường Tiểu học Bản Mới",
            "initiatives": inline_formset(
                [{"title": "Dạy học song ngữ", "year": "2024", "level": "tinh"}]
            ),
            "honours": inline_formset(
                [{"award": str(award.pk), "year": "2025", "decision_number": "12/QĐ-UBND"}]
            ),
            "award_links": inline_formset([]),
        },
    )
    assert profile.honours.get().decision_number == "12/QĐ-UBND"
    html = admin_client.get(profile.url).content.decode()
    assert "Chiến sĩ thi đua cấp tỉnh" in html
    assert "12/QĐ-UBND" in html


def test_admin_creates_congress_event(admin_client, home_page):
    index = _create(
        admin_client,
        home_page,
        CongressEventIndexPage,
        {"title": "Đại hội thi đua", "slug": "dai-hoi-thi-dua"},
    )
    event = _create(
        admin_client,
        index,
        CongressEventPage,
        {
            "title": "Đại hội Thi đua yêu nước tỉnh",
            "slug": "dai-hoi-tinh",
            "kind": "dai-hoi",
            "level": "tinh",
            "ordinal": "5",
            "starts_at": "2030-06-12 07:30",
            "ends_at": "2030-06-12 17:00",
            "venue": "Trung tâm Hội nghị tỉnh",
            "body": streamfield([]),
            "agenda": streamfield(
                [("item", {"time": "07:30", "item": "Đón đại biểu", "presenter": ""})]
            ),
            "honourees": inline_formset([]),
            "related_pages": inline_formset([]),
            "gallery_images": inline_formset([]),
        },
    )
    assert event.ordinal == 5
    html = admin_client.get(event.url).content.decode()
    assert "lần thứ V" in html
    assert "Đón đại biểu" in html


def test_admin_rejects_event_ending_before_it_starts(admin_client, home_page):
    index = CongressEventIndexPageFactory(parent=home_page)
    url = reverse("wagtailadmin_pages:add", args=["home", "congresseventpage", index.pk])
    data = {
        "comments": inline_formset([]),
        "title": "Hội nghị ngược giờ",
        "slug": "hoi-nghi-nguoc-gio",
        "kind": "hoi-nghi-tong-ket",
        "level": "tinh",
        "starts_at": "2030-06-12 17:00",
        "ends_at": "2030-06-12 07:30",
        "venue": "Hội trường",
        "body": streamfield([]),
        "agenda": streamfield([]),
        "honourees": inline_formset([]),
        "related_pages": inline_formset([]),
        "gallery_images": inline_formset([]),
    }
    response = admin_client.post(url, nested_form_data(data))
    assert response.status_code == 200
    assert "ends_at" in response.context["form"].errors
    assert not CongressEventPage.objects.filter(slug="hoi-nghi-nguoc-gio").exists()


def test_admin_creates_cluster_page(admin_client, home_page):
    page = _create(
        admin_client,
        home_page,
        EmulationClusterIndexPage,
        {"title": "Cụm, khối thi đua", "slug": "cum-khoi-thi-dua"},
    )
    assert admin_client.get(page.url).status_code == 200


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (NewsPage, {NewsIndexPage}),
        (ModelProfilePage, {ModelProfileIndexPage}),
        (CongressEventPage, {CongressEventIndexPage}),
        (NewsIndexPage, {HomePage, StandardPage}),
        (ModelProfileIndexPage, {HomePage, StandardPage}),
        (CongressEventIndexPage, {HomePage, StandardPage}),
        (EmulationClusterIndexPage, {HomePage, StandardPage}),
    ],
)
def test_page_type_only_goes_under_its_parents(child, parents):
    assert set(child.clean_parent_page_models()) == parents


@pytest.mark.parametrize(
    ("index", "children"),
    [
        (NewsIndexPage, {NewsPage}),
        (ModelProfileIndexPage, {ModelProfilePage}),
        (CongressEventIndexPage, {CongressEventPage}),
    ],
)
def test_index_takes_only_its_items(index, children):
    assert set(index.clean_subpage_models()) == children


@pytest.mark.parametrize("item", [NewsPage, ModelProfilePage, CongressEventPage])
def test_items_take_no_children(item):
    assert item.clean_subpage_models() == []


def test_news_page_cannot_be_added_under_profile_index(admin_client, home_page):
    index = ModelProfileIndexPageFactory(parent=home_page)
    url = reverse("wagtailadmin_pages:add", args=["home", "newspage", index.pk])
    response = admin_client.get(url)
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.exists()


def test_news_index_lists_only_news_as_child_type(admin_client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    url = reverse("wagtailadmin_pages:add_subpage", args=[index.pk])
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    assert Page.objects.get(pk=index.pk).specific.allowed_subpage_models() == [NewsPage]


def test_home_page_accepts_every_section_and_the_archive():
    from documents.models import DocumentArchivePage
    from home.models import (
        CongressEventIndexPage,
        EmulationClusterIndexPage,
        HomePage,
        ModelProfileIndexPage,
        MostViewedPage,
        NewsIndexPage,
        StandardPage,
    )

    allowed = set(HomePage.allowed_subpage_models())
    assert allowed == {
        StandardPage,
        NewsIndexPage,
        ModelProfileIndexPage,
        CongressEventIndexPage,
        EmulationClusterIndexPage,
        MostViewedPage,
        DocumentArchivePage,
    }


def test_standard_page_accepts_what_lists_it_as_parent():
    from home.models import StandardPage

    for model in StandardPage.allowed_subpage_models():
        assert StandardPage in model.allowed_parent_page_models()
