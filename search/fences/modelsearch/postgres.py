"""PostgreSQL: candidates found through the GIN indexes of `title` and `body`, only
they ranked (the fence's names: search/fences/modelsearch/__init__.py)."""

from django.db import connections
from django.db.models import CharField, IntegerField, OuterRef, Subquery
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.db.models.lookups import IsNull
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.capping import BODY_SHARE, CAPPABLE_QUERIES, TITLE_SHARE, integer_array
from search.fences.modelsearch.ranked import postgres_sql, run_ranked, subquery, union

# search_candidates() takes row limits; this one is none.
ALL_ROWS = 2**31 - 1


class CappedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    title_share = TITLE_SHARE
    body_share = BODY_SHARE

    def _cappable(self):
        # search_candidates() returns the index entries' object ids as text, which
        # are compared with integer keys.
        return (
            self.fields is None
            and isinstance(self.query, CAPPABLE_QUERIES)
            and isinstance(self.queryset.model._meta.pk, IntegerField)
        )

    def _candidates(self, search_query, title_rows=None, body_rows=None,
                    select="search_candidates({})::integer", more=()):
        """The candidate ids as a subquery: search_candidates() (search migration
        0002) takes up to `title_share` entries whose title matches and up to
        `body_share` whose body does, each `column @@ query` answered by that
        column's GIN index alone. Titles come first as they weigh most in ranking;
        the body, which holds the folded title too, finds the rest."""
        query = self.queryset.query
        compiler = query.get_compiler(using=self.queryset.db)
        query_sql, query_params = compiler.compile(search_query.resolve_expression(query))
        content_types = list(get_descendants_content_types_pks(self.queryset.model))
        return RawSQL(
            "SELECT " + select.format(f"{query_sql}, %s, %s, %s" + ", %s" * len(more)),
            (
                *query_params,
                content_types,
                self.title_share if title_rows is None else title_rows,
                self.body_share if body_rows is None else body_rows,
                *more,
            ),
        )

    def matching_ids(self, config):
        """Every matching entry's page id as a subquery, unranked and uncapped: what
        a count of the matches or the archive's keyword filter reads. None for a
        query the capped path does not take (modelsearch's own answers it then)."""
        return self.sample_ids(config, ALL_ROWS)

    def sample_ids(self, config, rows):
        """As matching_ids, but at most `rows` title and `rows` body matches: the
        index's rows are read up to there only, where every match of a common word
        means reading a row per match (search.matching.matching_sample)."""
        if not self._cappable():
            return None
        search_query = self.build_tsquery(self.query, config=config)
        return self._candidates(search_query, rows, rows)

    def sample_parts(self, config, rows):
        """As sample_ids, each row (page id, whether its title matches), title
        matches first, each part newest first where its words are common, read
        once for the ranking and the count (search migration 0005). Once `rows`
        titles match, the body gives the ranking's share only: the count is past
        its limit from the titles alone."""
        if not self._cappable():
            return None
        search_query = self.build_tsquery(self.query, config=config)
        select = "object_id::integer, in_title FROM search_newest_parts({})"
        return self._candidates(search_query, rows, rows, select, more=(self.body_share,))

    def title_sample_ids(self, config, rows):
        """As sample_ids, the title matches only: a word in more than `rows` titles
        has more than `rows` matches, told without reading the body's index."""
        if not self._cappable():
            return None
        return self._candidates(self.build_tsquery(self.query, config=config), rows, 0)

    def match_exists(self, config, model):
        """Whether the index entry of the outer `model` row matches the query, the
        entry found through its (content type, object id) key and its `body` tested
        (search.backends.capping.MatchingPagesMixin.matching_condition). None for a
        query the capped path does not take."""
        if not self._cappable():
            return None
        if model._meta.get_field("content_type").model is model:
            content_types = {"content_type_id": OuterRef("content_type_id")}
        else:
            # A page type's own table: its few content types, no join to the page.
            ids = list(get_descendants_content_types_pks(model))
            content_types = {"content_type_id__in": ids}
        entries = IndexEntry.objects.filter(
            **content_types,
            object_id=Cast(OuterRef("pk"), CharField()),
            body=self.build_tsquery(self.query, config=config),
        )
        # A scalar subquery, not EXISTS: PostgreSQL turns an EXISTS into a join and,
        # taking a test of `body` for cheap, hashes every entry it matches (a second
        # for a common word and a type filter at 20,000 documents); a scalar one is
        # evaluated for the rows read only, through the entry's key.
        return IsNull(Subquery(entries.values("pk")[:1]), False)

    def ranked_rows(self, config, parsed, operator, pages, extra, content_types, limit,
                    candidates=None):
        """[(page id, content type id, score)] of the best `limit` candidates, ranked
        by the database with the service's rules (search.fences.modelsearch.ranked),
        among `pages`; `extra` is a queryset of more page ids to rank (the filtered
        matches); `candidates` the page ids read already (sample_parts), else
        search_candidates() finds them. None for a query the capped path does not
        take."""
        if not self._cappable():
            return None
        allowed = subquery(pages)
        if allowed is None:
            return []
        if candidates is None:
            found = self._candidates(self.build_tsquery(self.query, config=config))
            candidates = (found.sql, found.params)
        else:
            candidates = ("SELECT unnest(%s::integer[])", [integer_array(candidates)])
        quote = connections[self.queryset.db].ops.quote_name
        sql, params = postgres_sql(
            parsed=parsed,
            operator=operator,
            config=config or "simple",
            pages=allowed,
            candidates=union(candidates, extra),
            entry_table=quote(IndexEntry._meta.db_table),
            page_table=quote(self.queryset.model._meta.db_table),
            content_types=content_types,
            limit=limit,
        )
        return run_ranked(self.queryset.db, sql, params)

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._cappable():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        queryset = self.queryset.filter(pk__in=self._candidates(search_query))
        rank_expression = self._build_rank_expression(
            self.get_index_vectors(search_query), config
        )
        return self._apply_ordering_and_scoring(
            queryset, rank_expression, start, stop, score_field
        )

