"""Build the large site: official documents, news, profiles and congress events under
the demo site's sections, each with a year of daily view counts.

Running it again adds only what is missing: the pages of each kind are numbered, the
numbers already present under a section are skipped, so asking twice for the same
sizes changes nothing, asking for more adds the rest, and an interrupted run is
completed by the next one.
"""

import datetime
from dataclasses import dataclass

from django.core.management import call_command
from django.db import reset_queries, transaction
from django.db.models import Count
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Site

from documents.choices import DocumentType
from documents.models import (
    DirectivePage,
    DocumentArchivePage,
    DocumentAreaTag,
    IssuingBody,
    OfficialDocumentPage,
    PlanPage,
)
from home.awards.models import AwardDecisionPage, AwardRow
from home.demo import archive as archive_demo
from home.demo import names
from home.demo.load_data import awards as award_data
from home.demo.load_data import bulk, content, phrases, search_entries
from home.demo.load_data import vocabulary as words
from home.demo.pages import ensure_child
from home.demo.profile_texts import AWARDS
from home.models import (
    Award,
    CongressEventIndexPage,
    CongressEventPage,
    HomePage,
    Locality,
    ModelProfileIndexPage,
    ModelProfilePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Sector,
)
from search.text import normalise_number

BATCH_SIZE = 1000
# Generated slugs end in six digits (content.slug_for); hand-made ones do not.
GENERATED_SLUG = r"-[0-9]{6}$"
# Generated award decisions sit beside the generated documents and are counted apart.
GENERATED_AWARD_SLUG = award_data.SLUG_MARK + r"[0-9]{6}$"
AWARD_BATCH_SIZE = 200
# The demo's sections that receive generated pages.
SECTIONS = (names.ARCHIVE, names.NEWS, names.PROFILES, names.EVENTS)
NEWS_DAYS_BACK = 5 * 365


@dataclass
class Sizes:
    documents: int = 0
    news: int = 0
    profiles: int = 0
    events: int = 0
    awards: int = 0


def home_page():
    """The default site's home page; the demo site is loaded first when missing."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, HomePage):
        call_command("load_demo_data", verbosity=0)
        site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def sections(home):
    def section(model, slug, title):
        existing = model.objects.child_of(home).first()
        return existing or ensure_child(home, model, slug, title=title)

    return {
        "documents": section(DocumentArchivePage, names.ARCHIVE, "Văn bản – tài liệu"),
        "news": section(NewsIndexPage, names.NEWS, "Tin tức"),
        "profiles": section(ModelProfileIndexPage, names.PROFILES, "Điển hình tiên tiến"),
        "events": section(CongressEventIndexPage, names.EVENTS, "Đại hội thi đua"),
    }


def vietnamese(model):
    """The Vietnamese originals of a translatable snippet: Vietnamese pages point at
    them, never at their English copies."""
    return model.objects.filter(locale=Locale.get_default())


def issuing_bodies():
    """The demo's bodies first (they issue most), then the generated departments,
    organisations and districts."""
    bodies = list(archive_demo.ensure_bodies().values())
    vietnamese = Locale.get_default()
    for name, code, level in extra_bodies():
        body, _ = IssuingBody.objects.get_or_create(
            name=name, locale=vietnamese, defaults={"short_code": code, "level": level}
        )
        bodies.append(body)
    return bodies


def extra_bodies():
    """(name, code, level) of the generated bodies; departments carry the province."""
    for name, code, level in words.EXTRA_BODIES:
        yield (f"{name} tỉnh Sông Xanh" if level == "so-nganh" else name), code, level


def generated_ordinals(parent):
    """The ordinals of the generated pages already under `parent`."""
    slugs = (
        parent.get_children()
        .filter(slug__regex=GENERATED_SLUG)
        .exclude(slug__regex=GENERATED_AWARD_SLUG)
        .values_list("slug", flat=True)
    )
    return {int(slug[-6:]) for slug in slugs}


def _at_nine(day):
    return datetime.datetime.combine(day, datetime.time(9, 0), tzinfo=datetime.UTC)


class Generator:
    def __init__(self, seed, days, stdout=None, today=None):
        self.seed = seed
        self.days = days
        self.today = today or timezone.localdate()
        self.stdout = stdout
        self.home = home_page()
        self.sections = sections(self.home)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self, sizes):
        created = {}
        for kind, builder in (
            ("documents", self._documents),
            ("news", self._news),
            ("profiles", self._profiles),
            ("events", self._events),
        ):
            created[kind] = self._fill(kind, getattr(sizes, kind), builder)
        created["awards"] = self._awards(sizes.awards)
        return created

    def _fill(self, kind, wanted, builder):
        parent = self.sections[kind]
        present = generated_ordinals(parent)
        missing = [ordinal for ordinal in range(wanted) if ordinal not in present]
        if not missing:
            return 0
        context = builder(None)
        for batch_start in range(0, len(missing), BATCH_SIZE):
            ordinals = missing[batch_start : batch_start + BATCH_SIZE]
            with transaction.atomic():
                # Locks the parent row: a second run at the same time waits here
                # instead of computing the same tree paths.
                parent = type(parent).objects.select_for_update().get(pk=parent.pk)
                slots = bulk.TreeSlots(parent)
                builder((parent, slots, ordinals, context))
            self.log(f"{kind}: {len(present) + batch_start + len(ordinals)}/{wanted}")
            # Under DEBUG (manage.py's dev settings) Django keeps the last 9,000
            # statements, each batch's multi-megabyte INSERTs among them: 1.5 GB of
            # resident memory by 100,000 documents. One batch's worth at a time.
            reset_queries()
        search_entries.refresh_title_norms()
        return len(missing)

    def _views(self, kind, pages, ordinals):
        rows = []
        for page, ordinal in zip(pages, ordinals, strict=True):
            rows.extend(
                content.daily_views(self.seed, page.pk, ordinal, kind, self.today, self.days)
            )
        bulk.insert_view_counts(rows)

    def _write(self, kind, parent, slots, model, pages, ordinals, published_at):
        bulk.insert_pages(parent, slots, model, pages, published_at)
        bulk.index_pages(model, pages)
        self._views(kind, pages, ordinals)

    def _documents(self, batch):
        if batch is None:
            return {
                "bodies": issuing_bodies(),
                "tags": {name: Tag.objects.get_or_create(name=name)[0] for name in phrases.AREAS},
            }
        parent, slots, ordinals, context = batch
        groups = {}
        for ordinal in ordinals:
            fields = content.document(self.seed, ordinal, context["bodies"], self.today)
            areas = fields.pop("areas")
            model = {
                DocumentType.PLAN: PlanPage,
                DocumentType.DIRECTIVE: DirectivePage,
            }.get(fields["document_type"], OfficialDocumentPage)
            page = model(slug=content.slug_for(fields["title"], ordinal), **fields)
            page.number_normalised = normalise_number(page.number)
            groups.setdefault(model, []).append((ordinal, page, areas))
        tag_rows = []
        for model, items in groups.items():
            ordinals_of = [ordinal for ordinal, _, _ in items]
            pages = [page for _, page, _ in items]
            published = [_at_nine(page.issued_on) for page in pages]
            self._write("documents", parent, slots, model, pages, ordinals_of, published)
            tag_rows.extend(
                DocumentAreaTag(content_object_id=page.pk, tag=context["tags"][name])
                for _, page, areas in items
                for name in areas
            )
        bulk.create_rows(DocumentAreaTag, tag_rows)

    def _news(self, batch):
        if batch is None:
            return {"categories": list(vietnamese(NewsCategory).order_by("pk"))}
        parent, slots, ordinals, context = batch
        pages = []
        for ordinal in ordinals:
            fields = content.news(self.seed, ordinal, self.today, NEWS_DAYS_BACK)
            pages.append(NewsPage(slug=content.slug_for(fields["title"], ordinal), **fields))
        published = [_at_nine(page.date) for page in pages]
        self._write("news", parent, slots, NewsPage, pages, ordinals, published)
        categories = context["categories"]
        if categories:
            through = NewsPage.categories.through
            bulk.create_rows(
                through,
                [
                    through(
                        newspage_id=page.pk,
                        newscategory_id=categories[page.pk % len(categories)].pk,
                    )
                    for page in pages
                ],
            )

    def _profiles(self, batch):
        if batch is None:
            return {
                "localities": list(vietnamese(Locality).order_by("pk")),
                "sectors": list(vietnamese(Sector).order_by("pk")),
            }
        parent, slots, ordinals, context = batch
        localities = context["localities"]
        pages = []
        for ordinal in ordinals:
            fields = content.profile(self.seed, ordinal, self.today)
            page = ModelProfilePage(slug=content.slug_for(fields["title"], ordinal), **fields)
            if localities:
                page.locality_id = localities[ordinal % len(localities)].pk
            pages.append(page)
        published = [
            _at_nine(self.today - datetime.timedelta(days=ordinal % 1500)) for ordinal in ordinals
        ]
        self._write("profiles", parent, slots, ModelProfilePage, pages, ordinals, published)
        sectors = context["sectors"]
        if sectors:
            through = ModelProfilePage.sectors.through
            bulk.create_rows(
                through,
                [
                    through(
                        modelprofilepage_id=page.pk, sector_id=sectors[page.pk % len(sectors)].pk
                    )
                    for page in pages
                ],
            )

    def _events(self, batch):
        if batch is None:
            return {}
        parent, slots, ordinals, _context = batch
        pages = []
        for ordinal in ordinals:
            fields = content.event(self.seed, ordinal, self.today)
            pages.append(
                CongressEventPage(slug=content.slug_for(fields["title"], ordinal), **fields)
            )
        published = [page.starts_at - datetime.timedelta(days=30) for page in pages]
        self._write("events", parent, slots, CongressEventPage, pages, ordinals, published)

    def _award_context(self):
        # The Vietnamese originals only: a Vietnamese decision grants "Bằng khen …",
        # never its English copy.
        awards = award_data.usable_awards(vietnamese(Award).order_by("pk"))
        if not awards:
            # A site without the demo's catalogue: the demo's awards, as load_demo_data
            # would create them.
            for name, level in AWARDS:
                Award.objects.get_or_create(name=name, level=level, locale=Locale.get_default())
            awards = award_data.usable_awards(vietnamese(Award).order_by("pk"))
        departments = [body for body in issuing_bodies() if body.level == "so-nganh"]
        return {
            "awards": awards,
            "province": archive_demo.ensure_bodies()["UBND"],
            "departments": departments,
        }

    def _awards(self, wanted):
        """Award decisions under the archive until `wanted` generated rows exist;
        returns the number of rows added."""
        archive = self.sections["documents"]
        present = {
            int(slug[-6:]): (pk, listed)
            for pk, slug, listed in AwardDecisionPage.objects.child_of(archive)
            .filter(slug__regex=GENERATED_AWARD_SLUG)
            .annotate(listed=Count("rows"))
            .values_list("pk", "slug", "listed")
        }
        work = [
            (ordinal, count)
            for ordinal, count in award_data.plan(self.seed, wanted)
            if present.get(ordinal, (None, 0))[1] < count
        ]
        if not work:
            return 0
        context = self._award_context()
        added = 0
        for start in range(0, len(work), AWARD_BATCH_SIZE):
            with transaction.atomic():
                archive = type(archive).objects.select_for_update().get(pk=archive.pk)
                added += self._award_batch(
                    archive, work[start : start + AWARD_BATCH_SIZE], present, context
                )
            self.log(f"awards: {added}/{wanted}")
            reset_queries()
        search_entries.refresh_title_norms()
        return added

    def _award_batch(self, archive, work, present, context):
        pages, ordinals, pending = [], [], []
        for ordinal, count in work:
            shared = award_data.decision(
                self.seed,
                ordinal,
                context["awards"],
                context["province"],
                context["departments"],
                self.today,
            )
            size = award_data.decision_size(self.seed, ordinal)
            decision_id, listed = present.get(ordinal, (None, 0))
            page = None
            if decision_id is None:
                fields = shared["fields"]
                page = AwardDecisionPage(
                    slug=award_data.slug_for(fields["title"], ordinal), **fields
                )
                page.number_normalised = normalise_number(page.number)
                pages.append(page)
                ordinals.append(ordinal)
            listed_rows = award_data.rows(self.seed, ordinal, size, shared)[listed:count]
            pending.append((page, decision_id, listed_rows))
        published = [_at_nine(page.issued_on) for page in pages]
        bulk.insert_pages(archive, bulk.TreeSlots(archive), AwardDecisionPage, pages, published)
        rows = [
            AwardRow(decision_id=page.pk if page else decision_id, **fields).fill_keys()
            for page, decision_id, listed_rows in pending
            for fields in listed_rows
        ]
        bulk.create_rows(AwardRow, rows)
        # Indexed after the rows exist, for search fields that read the list.
        bulk.index_pages(AwardDecisionPage, pages)
        self._views("awards", pages, ordinals)
        return len(rows)
