from urllib.parse import urlencode

from django.conf import settings
from django.db.models import CharField
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from portal.page_addresses import page_urls
from portal.prepared_queries import Parameter, PreparedQuery
from search import service


def _locale_queryset():
    return Locale.objects.filter(language_code=Parameter("code", CharField())).values(
        "pk", "language_code"
    )


# A search reads its language's locale on every request: compiled once.
_LOCALE = PreparedQuery(_locale_queryset)


def _locale(code):
    """The Locale of the language `code`, None when there is none."""
    rows = _LOCALE.rows((), code=code)
    return Locale(**rows[0]) if rows else None


def _active_locale():
    """Locale.get_active(), without building its query on every request."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return Locale.get_default()
    return _locale(code) or Locale.get_default()


def search(request):
    """The search page: full-text search over the live pages of the current language."""
    query = request.GET.get("q", "")
    filters = service.clean_filters(request.GET)
    error = ""
    results = None
    try:
        results = service.search(
            query,
            locale=_active_locale(),
            filters=filters,
            page=request.GET.get("page", 1),
        )
    except service.QueryError as exc:
        error = str(exc)
    if results:
        _link_facets(request, results.facets)
        address(results.hits, request)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": results.query if results else query[: service.MAX_QUERY_LENGTH],
            "results": results,
            "filters": filters,
            "error": error,
        },
        status=400 if error else 200,
    )


def _link_facets(request, facets):
    """Give each facet option the query string that selects it, or clears it when
    it is selected; the page number is dropped as the results change. The other
    parameters are copied and encoded once per facet rather than once per option:
    some seventy options at 100,000 documents."""
    for name, options in facets.items():
        if not options:
            continue
        params = request.GET.copy()
        params.pop("page", None)
        params.pop(name, None)
        others = params.urlencode()
        for option in options:
            if option.selected:
                option.query_string = others
            else:
                own = urlencode({name: option.value})
                option.query_string = f"{others}&{own}" if others else own


def _api_locale(request):
    """The `lang` parameter's locale (Vietnamese by default), or None if unknown."""
    code = request.GET.get("lang", "vi") or "vi"
    # Only configured languages reach the database: PostgreSQL refuses some text
    # outright (a NUL character is an error there, not a miss).
    if code not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        return None
    return _locale(code)


def _error(message):
    return JsonResponse({"error": message}, status=400, json_dumps_params={"ensure_ascii": False})


def address(hits, request):
    """Set each hit's address from its page's url_path (portal.page_addresses):
    Page.get_url for each hit was a tenth of a search's CPU."""
    urls = page_urls([hit.page.url_path for hit in hits], request)
    for hit, url in zip(hits, urls, strict=True):
        hit.url = url


def _hit_json(hit):
    return {
        "id": hit.page.pk,
        "title": hit.title,
        "url": hit.url,
        "type": hit.type_key,
        "number": hit.number,
        "issued_on": hit.date.isoformat() if hit.date else None,
        "snippet": str(hit.snippet),
    }


@require_GET
def api_search(request):
    """GET /api/search/?q=&type=&issuer=&year=&page=&lang= as JSON."""
    locale = _api_locale(request)
    if locale is None:
        return _error(_("Ngôn ngữ không được hỗ trợ."))
    with translation.override(locale.language_code):
        try:
            results = service.search(
                request.GET.get("q", ""),
                locale=locale,
                filters=service.clean_filters(request.GET),
                page=request.GET.get("page", 1),
            )
        except service.QueryError as exc:
            return _error(str(exc))
        address(results.hits, request)
        return JsonResponse(
            {
                "count": results.count,
                "count_more": results.count_more,
                "notices": results.notices,
                "page": results.page_obj.number if results.page_obj else 1,
                "results": [_hit_json(hit) for hit in results.hits],
                "facets": {
                    name: {
                        option.value: {
                            "label": option.label,
                            "count": option.count,
                            "count_more": option.more,
                        }
                        for option in options
                    }
                    for name, options in results.facets.items()
                },
            },
            json_dumps_params={"ensure_ascii": False},
        )


@require_GET
def api_suggest(request):
    """GET /api/search/suggest/?q=&lang=: titles for an unfinished query."""
    locale = _api_locale(request)
    if locale is None:
        return _error(_("Ngôn ngữ không được hỗ trợ."))
    try:
        suggestions = service.suggest(request.GET.get("q", ""), locale=locale)
    except service.QueryError as exc:
        return _error(str(exc))
    return JsonResponse({"results": suggestions}, json_dumps_params={"ensure_ascii": False})
