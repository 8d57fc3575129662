from .analytics import ActiveVisitor, DailyDocumentDownloads, DailyPageViews, PageViewTotals
from .clusters import EmulationClusterIndexPage
from .congress_events import (
    CongressEventHonouree,
    CongressEventImage,
    CongressEventIndexPage,
    CongressEventPage,
    CongressEventRelatedPage,
    EventKind,
    EventLevel,
    EventStatus,
)
from .home_page import HomePage
from .most_viewed_page import MostViewedPage
from .news import NewsIndexPage, NewsPage
from .profiles import (
    ModelProfileIndexPage,
    ModelProfilePage,
    ProfileHonour,
    ProfileInitiative,
    ProfileKind,
)
from .site_settings import PortalSettings
from .snippets import (
    Award,
    AwardLevel,
    EmulationCluster,
    EmulationClusterLeadership,
    EmulationClusterMember,
    Locality,
    NewsCategory,
    Sector,
)
from .standard_page import StandardPage

__all__ = [
    "ActiveVisitor",
    "Award",
    "AwardLevel",
    "CongressEventHonouree",
    "CongressEventImage",
    "CongressEventIndexPage",
    "CongressEventPage",
    "CongressEventRelatedPage",
    "DailyDocumentDownloads",
    "DailyPageViews",
    "EmulationCluster",
    "EmulationClusterIndexPage",
    "EmulationClusterLeadership",
    "EmulationClusterMember",
    "EventKind",
    "EventLevel",
    "EventStatus",
    "HomePage",
    "Locality",
    "ModelProfileIndexPage",
    "ModelProfilePage",
    "MostViewedPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "PageViewTotals",
    "PortalSettings",
    "ProfileHonour",
    "ProfileInitiative",
    "ProfileKind",
    "Sector",
    "StandardPage",
]
