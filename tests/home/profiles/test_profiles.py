import pytest
import wagtail_factories

from home.models import ProfileKind
from tests.home.factories import (
    AwardFactory,
    LocalityFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    ProfileHonourFactory,
    SectorFactory,
)
from tests.home.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile_index(home_page):
    return ModelProfileIndexPageFactory(parent=home_page)


def _listed(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    return [profile.title for profile in response.context["profiles_page"]]


def test_profile_index_filters_by_sector(client, profile_index):
    education = SectorFactory(slug="giao-duc")
    ModelProfilePageFactory(parent=profile_index, title="Cô giáo", sectors=[education])
    ModelProfilePageFactory(parent=profile_index, title="Bác sĩ", sectors=[SectorFactory()])
    assert _listed(client, profile_index, "?linh_vuc=giao-duc") == ["Cô giáo"]


def test_profile_index_filters_by_locality(client, profile_index):
    district = LocalityFactory(slug="dong-lam")
    ModelProfilePageFactory(parent=profile_index, title="Ở Đồng Lâm", locality=district)
    ModelProfilePageFactory(parent=profile_index, title="Ở nơi khác", locality=LocalityFactory())
    assert _listed(client, profile_index, "?dia_phuong=dong-lam") == ["Ở Đồng Lâm"]


def test_profile_index_filters_by_award(client, profile_index):
    award = AwardFactory()
    honoured = ModelProfilePageFactory(parent=profile_index, title="Được khen")
    ProfileHonourFactory(profile=honoured, award=award)
    ProfileHonourFactory(profile=ModelProfilePageFactory(parent=profile_index, title="Khen khác"))
    assert _listed(client, profile_index, f"?danh_hieu={award.pk}") == ["Được khen"]


def test_profile_index_filters_by_year(client, profile_index):
    ProfileHonourFactory(
        profile=ModelProfilePageFactory(parent=profile_index, title="Năm 2023"), year=2023
    )
    ProfileHonourFactory(
        profile=ModelProfilePageFactory(parent=profile_index, title="Năm 2025"), year=2025
    )
    assert _listed(client, profile_index, "?nam=2025") == ["Năm 2025"]


def test_award_and_year_filters_match_the_same_honour(client, profile_index):
    award = AwardFactory()
    same = ModelProfilePageFactory(parent=profile_index, title="Cùng một lần khen")
    ProfileHonourFactory(profile=same, award=award, year=2024)
    split = ModelProfilePageFactory(parent=profile_index, title="Hai lần khen khác nhau")
    ProfileHonourFactory(profile=split, award=award, year=2020)
    ProfileHonourFactory(profile=split, year=2024)
    assert _listed(client, profile_index, f"?danh_hieu={award.pk}&nam=2024") == [
        "Cùng một lần khen"
    ]


def test_profile_index_filters_by_kind(client, profile_index):
    ModelProfilePageFactory(parent=profile_index, title="Cá nhân A")
    ModelProfilePageFactory(parent=profile_index, title="Tập thể B", kind=ProfileKind.COLLECTIVE)
    assert _listed(client, profile_index, "?kind=tap-the") == ["Tập thể B"]


def test_profile_listed_once_with_several_matching_honours(client, profile_index):
    profile = ModelProfilePageFactory(parent=profile_index, title="Khen hai lần")
    ProfileHonourFactory(profile=profile, year=2024)
    ProfileHonourFactory(profile=profile, year=2024)
    assert _listed(client, profile_index, "?nam=2024") == ["Khen hai lần"]


@pytest.mark.parametrize(
    "query",
    [
        "?linh_vuc=khong-co",
        "?dia_phuong=" + "x" * 5000,
        "?danh_hieu=abc",
        "?danh_hieu=99999999999999999999999",
        "?nam=hai-nghin",
        "?nam=99999999999999999999",
        "?nam=-5",
        "?kind=robot",
        "?page=xyz",
        "?page=100000",
    ],
)
def test_invalid_filter_values_never_fail(client, profile_index, query):
    ModelProfilePageFactory(parent=profile_index, title="Vẫn hiện")
    response = client.get(profile_index.url + query)
    assert response.status_code == 200
    assert "Vẫn hiện" in response.content.decode()


def test_invalid_filter_value_is_explained(client, profile_index):
    html = client.get(profile_index.url + "?nam=abc").content.decode()
    assert "không hợp lệ" in html


def test_invalid_filter_is_ignored_while_valid_ones_apply(client, profile_index):
    education = SectorFactory(slug="giao-duc")
    ModelProfilePageFactory(parent=profile_index, title="Cô giáo", sectors=[education])
    ModelProfilePageFactory(parent=profile_index, title="Bác sĩ")
    assert _listed(client, profile_index, "?linh_vuc=giao-duc&nam=abc") == ["Cô giáo"]


def test_filtered_results_are_not_indexed(client, profile_index):
    html = client.get(profile_index.url + "?nam=2024").content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_profile_page_lists_honours_with_decision_number(client, profile_index):
    profile = ModelProfilePageFactory(parent=profile_index)
    ProfileHonourFactory(
        profile=profile,
        award=AwardFactory(name="Chiến sĩ thi đua toàn quốc"),
        decision_number="345/QĐ-TTg",
    )
    html = client.get(profile.url).content.decode()
    assert "Chiến sĩ thi đua toàn quốc" in html
    assert '<span class="decision-number doc-number">345/QĐ-TTg</span>' in html


def _add_profiles(index, count):
    sector, locality = SectorFactory(), LocalityFactory()
    for _ in range(count):
        profile = ModelProfilePageFactory(
            parent=index,
            photo=wagtail_factories.ImageFactory(),
            sectors=[sector],
            locality=locality,
        )
        ProfileHonourFactory(profile=profile)
        ProfileHonourFactory(profile=profile)


def test_profile_index_queries_do_not_grow(client, profile_index):
    _add_profiles(profile_index, 2)
    small = count_queries(client, profile_index.url)
    _add_profiles(profile_index, 10)
    assert count_queries(client, profile_index.url) == small


def test_filtered_profile_index_queries_do_not_grow(client, profile_index):
    _add_profiles(profile_index, 2)
    query = "?nam=2024&kind=ca-nhan"
    small = count_queries(client, profile_index.url + query)
    _add_profiles(profile_index, 10)
    assert count_queries(client, profile_index.url + query) == small


def test_honour_decision_number_links_to_its_page_in_the_archive(client, home_page):
    from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
    from tests.home.factories import (
        ModelProfileIndexPageFactory,
        ModelProfilePageFactory,
        ProfileHonourFactory,
    )

    archive = DocumentArchivePageFactory(parent=home_page)
    OfficialDocumentPageFactory(parent=archive, number="215/QĐ-UBND", slug="qd-215")
    index = ModelProfileIndexPageFactory(parent=home_page)
    profile = ModelProfilePageFactory(parent=index, slug="nguyen-van-a")
    ProfileHonourFactory(profile=profile, decision_number="215/QD-UBND")
    html = client.get("/dien-hinh-tien-tien/nguyen-van-a/").content.decode()
    assert '<a class="doc-number" href="/van-ban/qd-215/">215/QD-UBND</a>' in html


def test_honour_decision_number_without_a_page_stays_text(client, home_page):
    from tests.home.factories import (
        ModelProfileIndexPageFactory,
        ModelProfilePageFactory,
        ProfileHonourFactory,
    )

    index = ModelProfileIndexPageFactory(parent=home_page)
    profile = ModelProfilePageFactory(parent=index, slug="nguyen-van-b")
    ProfileHonourFactory(profile=profile, decision_number="999/QĐ-UBND")
    html = client.get("/dien-hinh-tien-tien/nguyen-van-b/").content.decode()
    assert '<span class="decision-number doc-number">999/QĐ-UBND</span>' in html
