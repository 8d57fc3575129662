"""GET /api/awards/: the look-up of awardees as JSON, answered by the same function
as the look-up page (home.awards.lookup)."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from home.awards import lookup


@require_GET
def api_awards(request):
    """GET /api/awards/?q=&award=&level=&kind=&year=&from=&to=&decision=&page=.
    Invalid filters are ignored and named in `errors`, as the page does."""
    criteria = lookup.clean(request.GET)
    results = lookup.look_up(criteria, request.GET.get("page", 1))
    answer = {
        "count": results.paginator.count,
        "page": results.number,
        "results": [lookup.row_json(row, request) for row in results.object_list],
    }
    if criteria.errors:
        answer["errors"] = criteria.errors
    return JsonResponse(answer, json_dumps_params={"ensure_ascii": False})
