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
    "Award",
    "AwardLevel",
    "CongressEventHonouree",
    "CongressEventImage",
    "CongressEventIndexPage",
    "CongressEventPage",
    "CongressEventRelatedPage",
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
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "PortalSettings",
    "ProfileHonour",
    "ProfileInitiative",
    "ProfileKind",
    "Sector",
    "StandardPage",
]
