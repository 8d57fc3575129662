"""The comment form of a consultation page (its gui-y-kien/ route) and the JSON list
of consultations.

The form lives on its own route so the consultation page itself carries no CSRF
token and stays in the page cache for readers; the form page and every POST are
rendered afresh (portal/page_cache.py stores no page that used the CSRF token, and
no POST)."""

from django.conf import settings
from django.db import transaction
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited

from home.consultations import periods
from home.consultations.forms import CommentForm
from home.consultations.models import ConsultationComment, ConsultationPage
from portal.view_restrictions import public_pages

# Comments one address may send; a person rarely writes more than a few.
COMMENT_RATE = "5/h"
TEMPLATE = "home/consultations/comment_form.html"


def _render(request, page, form, status=200, **extra):
    context = page.get_context(request)
    context.update(form=form, **extra)
    response = TemplateResponse(request, TEMPLATE, context, status=status)
    patch_cache_control(response, private=True, no_cache=True)
    return response


def comment_form(request, page):
    """GET shows the form while the consultation is open; POST stores one comment,
    or says in Vietnamese why not and stores nothing."""
    candidates = list(page.candidates.all())
    if not page.is_open():
        message = (
            _("Chưa đến thời gian lấy ý kiến.")
            if page.is_coming()
            else _("Đã hết thời hạn lấy ý kiến.")
        )
        status = 403 if request.method == "POST" else 200
        return _render(request, page, None, status=status, refusal=message)
    if request.method != "POST":
        return _render(request, page, CommentForm(candidates=candidates))
    form = CommentForm(request.POST, candidates=candidates)
    if is_ratelimited(
        request,
        group="consultation-comments",
        key="ip",
        rate=COMMENT_RATE,
        method="POST",
        increment=True,
    ):
        return _render(
            request,
            page,
            form,
            status=429,
            refusal=_("Địa chỉ của bạn đã gửi quá nhiều ý kiến, xin thử lại sau một giờ."),
        )
    if not form.is_valid():
        return _render(request, page, form, status=400)
    if not form.is_spam():
        with transaction.atomic():
            ConsultationComment.objects.create(
                consultation=page,
                candidate=form.chosen_candidate(),
                name=form.cleaned_data["name"],
                contact=form.cleaned_data["contact"],
                text=form.cleaned_data["text"],
            )
    # A robot that filled the hidden field is thanked like a person and stores nothing.
    return _render(request, page, None, sent=True)


@require_GET
def consultations_api(request):
    """GET → [{"id", "title", "url", "opens_on", "closes_on", "is_open"}] of the live
    public consultations, newest closing date first."""
    pages = list(
        public_pages(ConsultationPage.objects.all())
        .order_by("-closes_on", "pk")
        .only("title", "url_path", "locale_id", "opens_on", "closes_on")
    )
    now = timezone.now()
    rows = [
        {
            "id": page.pk,
            "title": page.title,
            "url": page.get_full_url(request),
            "opens_on": page.opens_on.isoformat(),
            "closes_on": page.closes_on.isoformat(),
            "is_open": page.is_open(now),
        }
        for page in pages
    ]
    response = JsonResponse(rows, safe=False)
    # Browsers and a CDN keep the list no longer than the next opening or closing.
    change = periods.next_change([(page.opens_on, page.closes_on) for page in pages], now)
    remaining = periods.seconds_until(change, now)
    max_age = settings.CACHE_CONTROL_MAX_AGE
    patch_cache_control(
        response, public=True, max_age=max_age if remaining is None else min(max_age, remaining)
    )
    return response
