import pytest

from home.demo import menu, names
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _slugs(parent):
    return list(parent.get_children().values_list("slug", flat=True))


def test_sections_are_put_in_the_portals_order_and_shown_in_the_menu(home_page):
    for slug in (names.CONTACT, names.MOST_VIEWED, names.NEWS, names.ABOUT):
        StandardPageFactory(parent=home_page, slug=slug, show_in_menus=False)
    menu.arrange(home_page)
    assert _slugs(home_page) == [names.ABOUT, names.NEWS, names.MOST_VIEWED, names.CONTACT]
    assert all(page.show_in_menus for page in home_page.get_children())


def test_pages_the_demo_does_not_know_come_first(home_page):
    StandardPageFactory(parent=home_page, slug=names.CONTACT)
    StandardPageFactory(parent=home_page, slug="trang-rieng")
    menu.arrange(home_page)
    assert _slugs(home_page) == ["trang-rieng", names.CONTACT]
