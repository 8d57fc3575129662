from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

# Longer queries are never a real search and only cost the backend time.
MAX_QUERY_LENGTH = 200
# Characters that the full-text engines read as query syntax (quotes, wildcards,
# grouping); a citizen typing them means plain words.
QUERY_SYNTAX = str.maketrans(dict.fromkeys("\"'*()[]{}^:+-~<>|&!\\", " "))
RESULTS_PER_PAGE = 20


def search(request):
    """Full-text search over the live pages of the current language."""
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Từ khóa quá dài: hãy nhập tối đa %(limit)d ký tự.") % {
            "limit": MAX_QUERY_LENGTH
        }
    elif query:
        words = " ".join(query.translate(QUERY_SYNTAX).split())
        pages = Page.objects.live().filter(locale=Locale.get_active()).specific()
        paginator = Paginator(pages.search(words) if words else [], RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": results, "error": error},
        status=400 if error else 200,
    )
