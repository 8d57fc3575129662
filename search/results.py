"""What a search returns: the hits of one page of results, each with its type, date
and a snippet around the matched words."""

from dataclasses import dataclass, field
from datetime import date, datetime

from wagtail.models import Page

from search import registry
from search.highlight import snippet
from search.ranking import page_parts

# Parts a snippet may come from, in order of preference.
SNIPPET_PARTS = (
    "subject", "lead", "summary", "description", "body", "attachment", "honours", "signer"
)


def type_label(page):
    """The name of the page's type a result shows: the one its app registered
    (search.registry), its model's otherwise."""
    entry = registry.searchable_type(type(page))
    if entry and entry.label:
        return entry.label(page)
    return str(page._meta.verbose_name).capitalize()


# The attributes a page's date is read from, first found first; the date it was
# first published otherwise.
DATE_ATTRIBUTES = ("issued_on", "date", "starts_at")


def page_date(page):
    for name in DATE_ATTRIBUTES:
        value = getattr(page, name, None)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
    published = page.first_published_at
    return published.date() if published else None


@dataclass
class SearchHit:
    page: Page
    score: float
    snippet: str = ""
    snippet_in_attachment: bool = False
    # The page's address, set by the view for the hits shown (search.views.address).
    url: str | None = None

    @property
    def title(self):
        return self.page.title

    @property
    def type_key(self):
        return self.page._meta.label

    @property
    def type_label(self):
        return type_label(self.page)

    @property
    def number(self):
        return getattr(self.page, "number", "") or ""

    @property
    def date(self):
        return page_date(self.page)

    @property
    def issuer(self):
        body = getattr(self.page, "issuing_body", None)
        return body


@dataclass
class SearchResults:
    query: str
    count: int = 0
    hits: list = field(default_factory=list)
    page_obj: object = None
    facets: dict = field(default_factory=dict)
    terms: list = field(default_factory=list)
    # The true count is more than `count` (search.matching.COUNT_LIMIT).
    count_more: bool = False
    # What the page and the API tell the reader besides the hits
    # (search.matching.PARTIAL_MATCH, NUMBER_NOT_FOUND).
    notices: list = field(default_factory=list)

    @property
    def ranked_count(self):
        """How many hits can be paged through: the best candidates only."""
        return self.page_obj.paginator.count if self.page_obj else 0

    @property
    def shows_fewer(self):
        return self.count_more or self.count > self.ranked_count


def hit_snippet(page, parsed):
    """(snippet, whether it comes from an attachment): the first part in
    SNIPPET_PARTS order holding a query word, else the start of the first there is."""
    parts = {part.name: part for part in page_parts(page)}
    terms = set(parsed.terms)
    for name in SNIPPET_PARTS:
        part = parts.get(name)
        if part and part.holds_any(terms):
            return snippet(part.text, parsed.terms), name == "attachment"
    for name in SNIPPET_PARTS:
        if name in parts:
            return snippet(parts[name].text, []), False
    return "", False
