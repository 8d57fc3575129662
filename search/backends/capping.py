"""The candidate cap both database backends share."""

from django.db import connections
from modelsearch.query import And, Or, PlainText

# Pages ranked by the database for one query at most. Ranking is what grows with the
# number of matches (each rank reads the entry's whole body); finding a few matches
# through an index does not. At 100,000 pages ranking 1,000 candidates instead of 500
# costs PostgreSQL 15–20 ms more for common words, and the service re-ranks only the
# best 100 anyway. On PostgreSQL title matches take up to half of it.
CANDIDATE_CAP = 500
TITLE_SHARE = CANDIDATE_CAP // 2
BODY_SHARE = CANDIDATE_CAP - TITLE_SHARE

CAPPABLE_QUERIES = (PlainText, And, Or)


class MatchingPagesMixin:
    """What the service counts and the archive filters on: every page matching a
    query, found by the capped compiler without ranking any (search.matching)."""

    def matching_pages(self, query, queryset):
        """`queryset` narrowed to every page matching `query`, or None when this
        backend's compiler cannot list its matches unranked (the fence is off, or
        the query takes modelsearch's own path)."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        finder = getattr(compiler, "matching_ids", None)
        ids = finder(compiler.get_config(self)) if finder else None
        return None if ids is None else queryset.filter(pk__in=ids)

    def matching_sample(self, query, queryset, rows):
        """(`queryset` narrowed to at most `rows` title and `rows` body matches of
        `query`, a callable giving (the ids of those matches, whether they are every
        match), a callable giving whether they are every match, counted by the
        database without reading them), or None when this backend's compiler cannot
        take a sample."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        sampler = getattr(compiler, "sample_ids", None)
        ids = sampler(compiler.get_config(self), rows) if sampler else None
        if ids is None:
            return None

        def read():
            with connections[queryset.db].cursor() as cursor:
                cursor.execute(ids.sql, ids.params)
                found = [row[0] for row in cursor.fetchall()]
            # Each part stopped before its limit only if fewer rows came back in all.
            return found, len(found) < rows

        def every_match():
            return _count_rows(queryset.db, ids) < rows

        return queryset.filter(pk__in=ids), read, every_match

    def sample_parts(self, query, queryset, rows):
        """(the page ids of at most `rows` title and `rows` body matches of `query`,
        newest first where the words are common (search migration 0005), read now;
        the ranking's candidates among them, the first of each part as the
        compiler's shares say), or None when this backend's compiler cannot list
        the parts."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        sampler = getattr(compiler, "sample_parts", None)
        parts = sampler(compiler.get_config(self), rows) if sampler else None
        if parts is None:
            return None
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(parts.sql, parts.params)
            rows = cursor.fetchall()
        titles = [pk for pk, in_title in rows if in_title][: compiler.title_share]
        bodies = [pk for pk, in_title in rows if not in_title][: compiler.body_share]
        return list(dict.fromkeys(pk for pk, _in_title in rows)), [*titles, *bodies]

    def title_matches_past(self, query, queryset, rows):
        """Whether `query` matches at least `rows` titles, counted by the database
        reading at most `rows` index rows; None when this backend's compiler does
        not sample titles apart."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        sampler = getattr(compiler, "title_sample_ids", None)
        ids = sampler(compiler.get_config(self), rows) if sampler else None
        if ids is None:
            return None
        return _count_rows(queryset.db, ids) >= rows

    def matching_condition(self, query, queryset, model):
        """A condition on rows of `model` (a page type): whether the page matches
        `query`, tested row by row through its index entry, so the database can walk
        a few pages in their order instead of listing every match first; None when
        this backend's compiler cannot write one."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        tester = getattr(compiler, "match_exists", None)
        return tester(compiler.get_config(self), model) if tester else None

    def ranked_rows(self, query, queryset, *, pages, parsed, operator, extra, content_types,
                    limit, candidates=None):
        """[(page id, content type id, score)] of the best `limit` of `pages` (the
        search's queryset, filters applied in the database) for `query`, ranked by
        the database (search.fences.modelsearch.ranked), or None when this backend's
        compiler cannot (the fence is off, or the query takes modelsearch's own
        path). The backend searches `queryset`, which holds only filters it knows;
        `extra` is a queryset of more page ids to rank; `candidates` the page ids
        to rank when read already (sample_parts)."""
        compiler = getattr(self.search(query, queryset), "query_compiler", None)
        ranker = getattr(compiler, "ranked_rows", None)
        if ranker is None:
            return None
        more = {"candidates": candidates} if candidates is not None else {}
        return ranker(
            compiler.get_config(self), parsed, operator, pages, extra, content_types, limit,
            **more,
        )


def integer_array(ids):
    """`ids` (integer keys) as one PostgreSQL array literal, cast with ::integer[]
    where it is used: psycopg adapts a list of 4,004 integers with 6–8 ms of CPU,
    the literal with a sixth of that."""
    return "{" + ",".join(str(int(pk)) for pk in ids) + "}"


def _count_rows(alias, ids):
    """The rows of the sampled `ids` statement, counted by the database."""
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({ids.sql}) AS sampled", ids.params)
        return cursor.fetchone()[0]
