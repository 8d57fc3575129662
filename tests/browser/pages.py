"""Demo-site addresses of each public page type, shared by the browser tests."""

PUBLIC_PAGES = {
    "home": "/",
    "archive": "/van-ban/",
    "plan": "/van-ban/ke-hoach-thi-dua-khen-thuong-nam-2026/",
    "plan-print": "/van-ban/ke-hoach-thi-dua-khen-thuong-nam-2026/ban-in/",
    "directive": "/van-ban/chi-thi-doi-moi-phong-trao-thi-dua/",
    "document": "/van-ban/quy-che-thi-dua-khen-thuong-2024/",
    "news-index": "/tin-tuc/",
    "news": "/tin-tuc/phat-dong-thi-dua-nam-2026/",
    "profile-index": "/dien-hinh-tien-tien/",
    "profile": "/dien-hinh-tien-tien/lo-thi-mai/",
    "event-index": "/dai-hoi-thi-dua/",
    "event": "/dai-hoi-thi-dua/dai-hoi-tinh-lan-thu-vi/",
    "clusters": "/cum-khoi-thi-dua/",
    "standard": "/gioi-thieu/",
    "most-viewed": "/xem-nhieu-nhat/",
    "search": "/tim-kiem/?q=ke+hoach+thi+dua",
    "english-home": "/en/",
}
