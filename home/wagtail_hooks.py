from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Award, EmulationCluster, Locality, NewsCategory, Sector


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("Chuyên mục tin")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Lĩnh vực")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LocalityViewSet(SnippetViewSet):
    model = Locality
    icon = "site"
    menu_label = _("Địa phương")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AwardViewSet(SnippetViewSet):
    model = Award
    icon = "pick"
    menu_label = _("Danh hiệu, khen thưởng")
    list_display = ["name", "level"]
    list_filter = ["level"]
    search_fields = ["name"]


class EmulationClusterViewSet(SnippetViewSet):
    model = EmulationCluster
    icon = "group"
    menu_label = _("Cụm, khối thi đua")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class EmulationViewSetGroup(SnippetViewSetGroup):
    items = (
        AwardViewSet,
        EmulationClusterViewSet,
        SectorViewSet,
        LocalityViewSet,
        NewsCategoryViewSet,
    )
    menu_icon = "pick"
    menu_label = _("Thi đua, khen thưởng")
    menu_name = "emulation"


register_snippet(EmulationViewSetGroup)
