"""Shared by the fuzz suite (tests/*/test_fuzz_*.py, marker `fuzz`): how many inputs
each test generates, the strategies several of them use, and the snapshot of stored
data that rejected input must leave as it was.

FUZZ_EXAMPLES sets the examples per test: `make test` keeps the default (a few
hundred inputs in all), `make fuzz` raises it so the suite generates more than
10,000. The `fuzz_inputs` fixture of tests/conftest.py counts what really ran.
"""

import os
import unicodedata
from urllib.parse import quote, quote_from_bytes

from django.db.models import Count, Max, Sum
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    # The pages every example reads are built once per test by function-scoped
    # fixtures; each example leaves them as it found them or is checked to have
    # changed only what an accepted input may change.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


def url_safe(text):
    """What a browser can put in a URL: lone surrogates become U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# Query syntax of every search engine the portal may sit on, and text that broke
# search boxes elsewhere: quotes, wildcards, operators, brackets, NUL, emoji, NFD.
HOSTILE_WORDS = [
    '"', '"thi đua', "'", "(", ")(", "[", "]", "{", "}", "*", "thi*", "?", "~", "~2",
    "NEAR", "a NEAR b", "NEAR(a b)", "NEAR/3", "AND", "OR", "NOT", "thi AND", "OR đua",
    "NOT NOT", "&&", "||", "!", "-", "+", "^", "^2", ":", "type:plan", "\\", "/", "\x00",
    "\x00thi", "🎉", "👨‍👩‍👧", "\u200b", "\ufeff", "\u202e", "12/KH-UBND", "KH-UBND",
    "%", "_", "%%", ";--", "' OR 1=1 --", "<script>", "&amp;", "\r\n", "\t",
    unicodedata.normalize("NFD", "kế hoạch thi đua"), "\u0301", "a" * 2000, " ",
]

LONG_TEXT = st.builds(
    lambda unit, size: (unit * size)[:size],
    st.text(min_size=1, max_size=12),
    st.integers(min_value=1000, max_value=2500),
)

FREE_TEXT = st.one_of(
    st.sampled_from(HOSTILE_WORDS),
    st.text(max_size=40),
    st.text(max_size=40).map(lambda text: unicodedata.normalize("NFD", text)),
    st.text(alphabet=st.characters(categories=["So", "Sk", "Mn", "Cf", "Co"]), max_size=10),
)

QUERY_TEXT = st.one_of(
    st.lists(FREE_TEXT, max_size=5).map(" ".join),
    LONG_TEXT,
).map(url_safe)

# Values a reader, a bot or a broken link may put in any parameter.
ODD_NUMBERS = [
    "0", "-1", "1", "2", "999999", "2147483647", "2147483648", "9223372036854775808",
    "9" * 40, "1e5", "1.5", "0x10", " 3 ", "٣", "１２", "NaN", "inf", "-0", "+5", "",
]
PARAM_VALUE = st.one_of(
    st.sampled_from(ODD_NUMBERS),
    st.integers().map(str),
    FREE_TEXT,
)


def params_strategy(names, values=PARAM_VALUE):
    """Query parameters: the view's own names and random ones, each with one or
    several values."""
    keys = st.one_of(st.sampled_from(names), st.text(max_size=12))
    return st.dictionaries(
        keys.map(url_safe),
        st.one_of(values.map(url_safe), st.lists(values.map(url_safe), min_size=2, max_size=3)),
        max_size=6,
    )


def _raw_part(piece):
    kind, value = piece
    if kind == "bytes":
        return quote_from_bytes(value, safe="")
    return quote(url_safe(value), safe="=&;+%")


RAW_QUERY_STRING = st.lists(
    st.one_of(
        st.tuples(st.just("bytes"), st.binary(max_size=20)),
        st.tuples(st.just("text"), st.text(max_size=20)),
    ),
    max_size=8,
).map(lambda pieces: "&".join(_raw_part(piece) for piece in pieces))
"""Query strings no form would send: invalid UTF-8, bare `%`, empty names."""


def stored_state():
    """Counts and latest changes of what the portal stores: pages, revisions,
    documents, files, view statistics and users."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page, Revision

    from documents.models import DocumentFile, IssuingBody
    from home.models import ActiveVisitor, DailyPageViews

    pages = Page.objects.aggregate(n=Count("pk"), last=Max("latest_revision_created_at"))
    views = DailyPageViews.objects.aggregate(n=Count("pk"), total=Sum("views"))
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "files": DocumentFile.objects.count(),
        "issuing_bodies": IssuingBody.objects.count(),
        "daily_views": views,
        "active_visitors": ActiveVisitor.objects.count(),
        "users": get_user_model().objects.count(),
    }
