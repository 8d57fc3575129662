"""The demo's main menu: every section shown, in the order provincial portals use.

The menu (home.templatetags.navigation_tags.main_menu) lists the home page's live
children marked "show in menus" in tree order, so the order is the pages' order
under the home page, which editors change by dragging in the page explorer; the
demo sets it once here. A section a site lacks is simply skipped.
"""

from home.demo import consultations, names

# Trang chủ (the menu's first link, not a page below home) · Giới thiệu · Tin tức ·
# Văn bản · Điển hình tiên tiến · Đại hội thi đua · Cụm/khối thi đua · Tra cứu khen
# thưởng · Lấy ý kiến Nhân dân · Xem nhiều nhất · Liên hệ.
MENU_ORDER = (
    names.ABOUT,
    names.NEWS,
    names.ARCHIVE,
    names.PROFILES,
    names.EVENTS,
    names.CLUSTERS,
    names.AWARD_SEARCH,
    consultations.INDEX,
    names.MOST_VIEWED,
    names.CONTACT,
)


def arrange(home):
    """Show the demo's sections in the menu and put them in MENU_ORDER under `home`
    and under each of its translations (their slugs differ, so by translation key)."""
    sections = {page.slug: page for page in home.get_children().filter(slug__in=MENU_ORDER)}
    ordered = [sections[slug] for slug in MENU_ORDER if slug in sections]
    homes = [home, *(page.specific for page in home.get_translations())]
    for parent in homes:
        children = {
            page.translation_key: page
            for page in parent.get_children().filter(
                translation_key__in=[section.translation_key for section in ordered]
            )
        }
        for section in ordered:
            child = children.get(section.translation_key)
            if child is None:
                continue
            child = child.specific
            if not child.show_in_menus:
                child.show_in_menus = True
                child.save_revision().publish()
            # Each moved to last place in turn leaves them in MENU_ORDER, after any
            # page an editor added that the demo does not know.
            child.move(parent, pos="last-child")
