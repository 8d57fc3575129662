"""The names the demo gives what it creates, each written once: the builders create
pages, snippets and pictures under these names, and `inventory` recognises them."""

PROVINCE = "tỉnh Sông Xanh"

# The Vietnamese home page's slug and the sections under it.
HOME = "home"
ABOUT = "gioi-thieu"
FUNCTIONS = "chuc-nang-nhiem-vu"
CONTACT = "lien-he"
NEWS = "tin-tuc"
PROFILES = "dien-hinh-tien-tien"
EVENTS = "dai-hoi-thi-dua"
CLUSTERS = "cum-khoi-thi-dua"
ARCHIVE = "van-ban"
MOST_VIEWED = "xem-nhieu-nhat"
AWARD_SEARCH = "tra-cuu-khen-thuong"
AWARD_DECISION = "quyet-dinh-chien-si-thi-dua-cap-tinh-2025"

# English translations (wagtail-localize gives the English home page the slug "home-en").
HOME_EN = "home-en"
ABOUT_EN = "about"
FUNCTIONS_EN = "functions-and-duties"
CONTACT_EN = "contact"
MOST_VIEWED_EN = "most-viewed"
AWARD_SEARCH_EN = "award-search"

PROVINCE_CONGRESS = "dai-hoi-tinh-lan-thu-vi"
# Communes and wards (xã, phường) are the local level since 1 July 2025.
DONG_LAM_CONGRESS = "dai-hoi-xa-dong-lam-lan-thu-i"
BAC_HA_CONGRESS = "dai-hoi-xa-bac-ha-lan-thu-i"
CONGRESSES = (PROVINCE_CONGRESS, DONG_LAM_CONGRESS, BAC_HA_CONGRESS)

PROVINCE_CONGRESS_IMAGE = "Ảnh Đại hội tỉnh"
DONG_LAM_CONGRESS_PHOTOS = 3


def news_image(number):
    return f"Ảnh minh họa tin {number + 1}"


def profile_image(number):
    return f"Ảnh điển hình {number + 1}"


def dong_lam_congress_image(number):
    return f"Ảnh Đại hội xã Đồng Lâm {number + 1}"
