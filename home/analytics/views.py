"""JSON endpoints of the view statistics. They carry no session and set no cookie,
so cached HTML can call them from any reader's browser."""

import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.models import Locale, Page

from home.analytics.counters import get_view_counter
from home.analytics.stats import (
    MAX_LIMIT,
    MOST_VIEWED_TTL,
    PERIOD_KEYS,
    most_viewed,
    page_type,
    visit_stats,
)
from home.analytics.visitors import is_bot, visitor_id
from portal.page_cache import current_generation

# A beacon is `{"page": 123}`; anything much larger is not one.
MAX_BEACON_BYTES = 1024


def _error(message, status=400):
    return JsonResponse({"error": message}, status=status)


# Pages known to be live, per page-cache generation: the generation token changes on
# every publish, unpublish, move and delete (portal/cache_purge.py), so an entry never
# outlives the state it recorded. A beacon then costs no SQL query at all (the
# liveness query and the connection health check were two thirds of its CPU time).
# Only "live" is remembered: an unknown id asks the database each time, so a page
# created after a stray beacon for its id is never refused.
_live_pages = {"generation": None, "ids": set()}
MAX_REMEMBERED_PAGES = 20_000


def _is_live(page_id, request):
    generation = current_generation(request)
    if _live_pages["generation"] != generation:
        _live_pages["generation"] = generation
        _live_pages["ids"] = set()
    known = _live_pages["ids"]
    if page_id in known:
        return True
    if not Page.objects.live().filter(pk=page_id).exists():
        return False
    # Bounded: one worker never holds more than this many ids.
    if len(known) >= MAX_REMEMBERED_PAGES:
        known.clear()
    known.add(page_id)
    return True


def _beacon_rate(group, request):
    # "0" (or empty) turns the limit off, as load tests from one address need.
    rate = settings.VIEWS_RATE_LIMIT
    return None if rate in ("", "0") else rate


def _page_id(body):
    """The page id of a beacon body, or None when it is not a positive integer."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return None
    value = data.get("page") if isinstance(data, dict) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, int) and 0 < value < 2**63:
        return value
    return None


@csrf_exempt
@require_POST
def record_view(request):
    """POST {"page": ID}: 204 when counted or ignored (bots), 400 for a bad beacon,
    429 when one client sends too many."""
    declared = (request.META.get("CONTENT_LENGTH") or "0").strip()
    # Django reads the body by int(Content-Length) and fails on anything else, so a
    # length that is no number is refused before the body is touched.
    if not (declared.isascii() and declared.isdigit()):
        return _error(_("Độ dài nội dung (Content-Length) không hợp lệ."))
    if int(declared) > MAX_BEACON_BYTES or len(request.body) > MAX_BEACON_BYTES:
        return _error(_("Yêu cầu quá lớn."))
    page_id = _page_id(request.body)
    if page_id is None:
        return _error(_("Thiếu mã trang hoặc mã trang không phải là số."))
    if not _is_live(page_id, request):
        return _error(_("Không có trang đang xuất bản với mã này."))
    if is_bot(request):
        return HttpResponse(status=204)
    if is_ratelimited(
        request, group="views", key="ip", rate=_beacon_rate, method="POST", increment=True
    ):
        return _error(_("Gửi quá nhiều yêu cầu, xin thử lại sau."), status=429)
    get_view_counter().record_page_view(page_id, visitor_id(request))
    return HttpResponse(status=204)


@require_GET
def most_viewed_api(request):
    """GET ?days=7|30|all&limit=10&type=app.Model&lang=vi → the top live pages."""
    period = request.GET.get("days", "7")
    if period not in PERIOD_KEYS:
        return _error(_("Tham số days phải là 7, 30 hoặc all."))
    raw_limit = request.GET.get("limit", "10")
    if not (raw_limit.isascii() and raw_limit.isdigit()) or not 1 <= int(raw_limit) <= MAX_LIMIT:
        return _error(_("Tham số limit phải là số từ 1 đến %(max)d.") % {"max": MAX_LIMIT})
    model = None
    if request.GET.get("type"):
        model = page_type(request.GET["type"])
        if model is None:
            return _error(_("Loại trang không tồn tại."))
    locale_id = None
    if request.GET.get("lang"):
        locale = Locale.objects.filter(language_code=request.GET["lang"]).first()
        if locale is None:
            return _error(_("Ngôn ngữ không tồn tại."))
        locale_id = locale.pk
    results = most_viewed(
        period, limit=int(raw_limit), model=model, locale_id=locale_id, request=request
    )
    response = JsonResponse(results, safe=False)
    patch_cache_control(response, public=True, max_age=MOST_VIEWED_TTL)
    return response


@require_GET
def visit_stats_api(request):
    """GET → {"online", "today", "month", "total"}."""
    response = JsonResponse(visit_stats())
    patch_cache_control(response, public=True, max_age=30)
    return response
