"""The demo's congress events: the province's coming congress, a district's held one
with honourees, photos and a report, and a commune's, chained level to level."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

from home.demo import names
from home.demo.images import ensure_image
from home.models import CongressEventIndexPage, CongressEventPage, EventKind, EventLevel

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def _at(day, hour, minute=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=VIETNAM)


def build(home, ensure_child, profiles, news_index):
    """The events index under `home` and its three congresses; returns the index."""
    index = ensure_child(
        home,
        CongressEventIndexPage,
        names.EVENTS,
        title="Đại hội thi đua",
        show_in_menus=True,
        introduction="Đại hội Thi đua yêu nước và hội nghị điển hình tiên tiến các cấp.",
    )
    today = timezone.localdate()
    province_day = today + dt.timedelta(days=25)
    province = index.get_children().filter(slug=names.PROVINCE_CONGRESS).first()
    if province is None:
        province = CongressEventPage(
            slug=names.PROVINCE_CONGRESS,
            title="Đại hội Thi đua yêu nước tỉnh Sông Xanh lần thứ VI",
            kind=EventKind.CONGRESS,
            level=EventLevel.PROVINCE,
            ordinal=6,
            period_start=2025,
            period_end=2030,
            lead="Đại hội tổng kết phong trào thi đua yêu nước giai đoạn 2020–2025 và "
            "phát động thi đua giai đoạn 2025–2030.",
            starts_at=_at(province_day, 7, 30),
            ends_at=_at(province_day, 17, 0),
            venue="Trung tâm Hội nghị tỉnh, số 2 đường Lê Lợi, phường Trung Tâm",
            delegate_count=350,
            delegate_composition="Lãnh đạo tỉnh; đại diện các sở, ban, ngành, đoàn thể; "
            "các xã, phường và 150 điển hình tiên tiến.",
            main_image=ensure_image(names.PROVINCE_CONGRESS_IMAGE, "Hội trường Đại hội tỉnh", 10),
            agenda=[
                ("day", {"date": province_day, "title": "Phiên chính thức"}),
                (
                    "item",
                    {
                        "time": dt.time(7, 30),
                        "item": "Đón tiếp đại biểu",
                        "presenter": "Ban Tổ chức",
                    },
                ),
                (
                    "item",
                    {
                        "time": dt.time(8, 0),
                        "item": "Khai mạc Đại hội",
                        "presenter": "Chủ tịch UBND tỉnh",
                    },
                ),
                (
                    "item",
                    {
                        "time": dt.time(8, 30),
                        "item": "Báo cáo tổng kết giai đoạn 2020–2025",
                        "presenter": "Trưởng Ban Thi đua – Khen thưởng",
                    },
                ),
                (
                    "item",
                    {
                        "time": dt.time(14, 0),
                        "item": "Tham luận của các điển hình",
                        "presenter": "Đại diện điển hình tiên tiến",
                    },
                ),
                (
                    "item",
                    {
                        "time": dt.time(16, 30),
                        "item": "Phát động thi đua, bế mạc",
                        "presenter": "Bí thư Tỉnh ủy",
                    },
                ),
            ],
        )
        index.add_child(instance=province)
        province.save_revision().publish()
    else:
        province = province.specific

    district = index.get_children().filter(slug=names.DONG_LAM_CONGRESS).first()
    if district is None:
        held_day = today - dt.timedelta(days=40)
        district = CongressEventPage(
            slug=names.DONG_LAM_CONGRESS,
            title="Đại hội Thi đua yêu nước xã Đồng Lâm lần thứ I",
            kind=EventKind.CONGRESS,
            level=EventLevel.COMMUNE,
            ordinal=1,
            period_start=2020,
            period_end=2025,
            lead="Đại hội đầu tiên của xã Đồng Lâm mới, biểu dương các điển hình tiêu biểu, "
            "tiến tới Đại hội "
            "Thi đua yêu nước tỉnh lần thứ VI.",
            starts_at=_at(held_day, 7, 30),
            ends_at=_at(held_day, 11, 30),
            venue="Hội trường UBND xã Đồng Lâm",
            delegate_count=180,
            delegate_composition="Lãnh đạo xã, đại diện các thôn, bản và 82 điển hình "
            "tiên tiến.",
            next_level_event=province,
            agenda=[
                ("day", {"date": held_day, "title": ""}),
                ("item", {"time": dt.time(7, 30), "item": "Văn nghệ chào mừng", "presenter": ""}),
                (
                    "item",
                    {
                        "time": dt.time(8, 0),
                        "item": "Khai mạc, báo cáo tổng kết",
                        "presenter": "Chủ tịch UBND xã",
                    },
                ),
                (
                    "item",
                    {
                        "time": dt.time(9, 30),
                        "item": "Khen thưởng các điển hình",
                        "presenter": "Lãnh đạo tỉnh và xã",
                    },
                ),
                (
                    "item",
                    {"time": dt.time(11, 0), "item": "Bế mạc", "presenter": "Bí thư Đảng ủy xã"},
                ),
            ],
        )
        for profile_slug, note in (
            ("hoang-van-son", "Tham luận về chăm sóc sức khỏe người cao tuổi"),
            ("cong-an-xa-tan-lap", "Được tặng Bằng khen của Chủ tịch UBND tỉnh"),
        ):
            district.honourees.add(
                district.honourees.model(profile=profiles[profile_slug], note=note)
            )
        report = news_index.get_children().filter(slug="dai-hoi-thi-dua-xa-dong-lam").first()
        if report is not None:
            district.related_pages.add(district.related_pages.model(page=report))
        for number in range(names.DONG_LAM_CONGRESS_PHOTOS):
            district.gallery_images.add(
                district.gallery_images.model(
                    image=ensure_image(
                        names.dong_lam_congress_image(number),
                        "Quang cảnh Đại hội xã Đồng Lâm",
                        number + 3,
                    ),
                    caption=(
                        "Quang cảnh Đại hội",
                        "Khen thưởng điển hình",
                        "Đại biểu chụp ảnh lưu niệm",
                    )[number],
                )
            )
        index.add_child(instance=district)
        district.save_revision().publish()
    else:
        district = district.specific

    if not index.get_children().filter(slug=names.BAC_HA_CONGRESS).exists():
        commune_day = today - dt.timedelta(days=75)
        commune = CongressEventPage(
            slug=names.BAC_HA_CONGRESS,
            title="Đại hội Thi đua yêu nước xã Bắc Hà lần thứ I",
            kind=EventKind.CONGRESS,
            level=EventLevel.COMMUNE,
            ordinal=1,
            period_start=2020,
            period_end=2025,
            lead="Đại hội thi đua cấp xã đầu tiên của tỉnh trong đợt Đại hội các cấp.",
            starts_at=_at(commune_day, 8, 0),
            ends_at=_at(commune_day, 11, 0),
            venue="Nhà văn hóa xã Bắc Hà",
            delegate_count=90,
            next_level_event=province,
        )
        commune.honourees.add(commune.honourees.model(profile=profiles["vi-van-hung"], note=""))
        index.add_child(instance=commune)
        commune.save_revision().publish()
    return index
