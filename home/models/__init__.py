"""Every model of the `home` app, wherever its feature package defines it: Django finds
the app's models here, and `from home.models import X` works for all of them."""

from home.awards.lookup_page import AwardSearchPage
from home.awards.lookup_profiles import ProfileAwardLink
from home.awards.models import AwardDecisionPage, AwardRow
from home.clusters.models import EmulationClusterIndexPage
from home.consultations.models import (
    ConsultationCandidate,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
)
from home.events.models import (
    CongressEventHonouree,
    CongressEventImage,
    CongressEventIndexPage,
    CongressEventPage,
    CongressEventRelatedPage,
    EventKind,
    EventLevel,
    EventStatus,
)
from home.news.models import NewsIndexPage, NewsPage
from home.profiles.models import (
    ModelProfileIndexPage,
    ModelProfilePage,
    ProfileHonour,
    ProfileInitiative,
    ProfileKind,
)

from .analytics import ActiveVisitor, DailyDocumentDownloads, DailyPageViews, PageViewTotals
from .home_page import HomePage
from .most_viewed_page import MostViewedPage
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
    "AwardDecisionPage",
    "AwardRow",
    "AwardSearchPage",
    "AwardLevel",
    "CongressEventHonouree",
    "ConsultationCandidate",
    "ConsultationComment",
    "ConsultationIndexPage",
    "ConsultationPage",
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
    "ProfileAwardLink",
    "ProfileHonour",
    "ProfileInitiative",
    "ProfileKind",
    "Sector",
    "StandardPage",
]
