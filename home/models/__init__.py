from .analytics import ActiveVisitor, DailyDocumentDownloads, DailyPageViews
from .home_page import HomePage
from .most_viewed_page import MostViewedPage
from .site_settings import PortalSettings
from .standard_page import StandardPage

__all__ = [
    "ActiveVisitor",
    "DailyDocumentDownloads",
    "DailyPageViews",
    "HomePage",
    "MostViewedPage",
    "PortalSettings",
    "StandardPage",
]
