import pytest

from home.models import EmulationCluster
from tests.home.factories import EmulationClusterIndexPageFactory
from tests.home.queries import count_queries

pytestmark = pytest.mark.django_db


def _cluster(name, members, leaderships):
    cluster = EmulationCluster(name=name)
    for unit in members:
        cluster.members.add(cluster.members.model(unit=unit))
    for year, leader, deputy in leaderships:
        cluster.leaderships.add(
            cluster.leaderships.model(year=year, leader_unit=leader, deputy_unit=deputy)
        )
    cluster.save()
    return cluster


def test_cluster_page_shows_members_and_leaders_by_year(client, home_page):
    page = EmulationClusterIndexPageFactory(parent=home_page)
    _cluster(
        "Khối thi đua số 8",
        ["Sở Nội vụ", "Sở Tư pháp"],
        [(2025, "Sở Nội vụ", "Sở Tư pháp"), (2026, "Sở Tư pháp", "Sở Nội vụ")],
    )
    html = client.get(page.url).content.decode()
    assert "Khối thi đua số 8" in html
    assert html.index("2026") < html.index("2025")
    assert "<li>Sở Tư pháp</li>" in html


def test_cluster_page_queries_do_not_grow(client, home_page):
    page = EmulationClusterIndexPageFactory(parent=home_page)
    _cluster("Cụm 1", ["Huyện A", "Huyện B"], [(2026, "Huyện A", "Huyện B")])
    small = count_queries(client, page.url)
    for number in range(2, 10):
        _cluster(f"Cụm {number}", ["Huyện C", "Huyện D"], [(2026, "Huyện C", "Huyện D")])
    assert count_queries(client, page.url) == small
