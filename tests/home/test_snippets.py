import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import Award, EmulationCluster, Locality, Sector
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize(
    "model", ["award", "emulationcluster", "sector", "locality", "newscategory"]
)
def test_snippet_listing_answers(admin_client, model):
    assert admin_client.get(reverse(f"wagtailsnippets_home_{model}:list")).status_code == 200


def test_admin_creates_award(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_home_award:add"),
        {"name": "Chiến sĩ thi đua toàn quốc", "level": "toan-quoc"},
    )
    assert response.status_code == 302
    assert str(Award.objects.get()) == "Chiến sĩ thi đua toàn quốc (Toàn quốc)"


def test_admin_creates_cluster_with_members_and_leaders(admin_client):
    data = nested_form_data(
        {
            "name": "Khối thi đua số 8",
            "kind": "khoi",
            "description": "",
            "members": inline_formset([{"unit": "Sở Nội vụ"}, {"unit": "Sở Tư pháp"}]),
            "leaderships": inline_formset(
                [{"year": "2026", "leader_unit": "Sở Nội vụ", "deputy_unit": "Sở Tư pháp"}]
            ),
        }
    )
    response = admin_client.post(reverse("wagtailsnippets_home_emulationcluster:add"), data)
    assert response.status_code == 302
    cluster = EmulationCluster.objects.get()
    assert [member.unit for member in cluster.members.all()] == ["Sở Nội vụ", "Sở Tư pháp"]
    assert cluster.leaderships.get().leader_unit == "Sở Nội vụ"


@pytest.mark.parametrize(
    ("model", "label"), [(Sector, "tên lĩnh vực"), (Locality, "tên địa phương")]
)
def test_sectors_and_localities_keep_their_own_name_label(model, label):
    assert str(model._meta.get_field("name").verbose_name) == label


@pytest.mark.parametrize("model", [Sector, Locality])
def test_sectors_and_localities_list_by_name(model):
    model.objects.create(name="Y tế", slug="y-te")
    model.objects.create(name="Giáo dục", slug="giao-duc")
    assert [str(item) for item in model.objects.all()] == ["Giáo dục", "Y tế"]
