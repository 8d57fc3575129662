"""SQLite FTS5: the newest matches by rowid, bm25() computed for those only (the
fence's names: search/fences/modelsearch/__init__.py)."""

from django.db import connections
from django.db.models import BigIntegerField, FloatField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.capping import CANDIDATE_CAP, CAPPABLE_QUERIES
from search.fences.modelsearch.ranked import run_ranked, sqlite_sql, subquery, union


class CappedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    candidate_cap = CANDIDATE_CAP

    def _cappable(self):
        return self.fields is None and isinstance(normalize(self.query), CAPPABLE_QUERIES)

    def _score_expression(self, scores):
        """The candidates' bm25() scores (lower is better, as modelsearch orders them)
        as one CASE on the primary key, written as SQL text: built from hundreds of
        When() expressions it costs more to compile than the search itself."""
        model = self.queryset.model
        quote = connections[self.queryset.db].ops.quote_name
        column = f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)}"
        whens = " ".join("WHEN %s THEN %s" for _ in scores)
        params = [value for pk, score in scores.items() for value in (pk, score)]
        return RawSQL(f"CASE {column} {whens} END", params, output_field=FloatField())

    def _matching_entries(self, config):
        search_query = self.build_search_query(normalize(self.query), config=config)
        return SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(self.FTS_TABLE_FIELDS, search_query)
        ).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model)
        )

    def matching_ids(self, config):
        """Every matching entry's page id as a subquery, unranked and uncapped: what
        a count of the matches or the archive's keyword filter reads (FTS5 finds
        them in its index without scoring any). None for a query the capped path
        does not take (modelsearch's own answers it then)."""
        if not self._cappable():
            return None
        return self._matching_entries(config).values("index_entry__object_id")

    def sample_ids(self, config, rows):
        """The page ids of the newest `rows` matching entries, as a subquery
        (search.matching.matching_sample): FTS5 walks its matches by rowid and stops
        there, where the count of a common word from matching_ids lists every match
        first (each page's entry is one FTS5 row, so fewer than `rows` ids back
        means every match). None for a query the capped path does not take."""
        if not self._cappable():
            return None
        newest = (
            self._matching_entries(config)
            .order_by("-index_entry_id")
            .annotate(page_id=Cast("index_entry__object_id", BigIntegerField()))
            .values("page_id")[:rows]
        )
        sql, params = newest.query.sql_with_params()
        return RawSQL(sql, params)

    def ranked_rows(self, config, parsed, operator, pages, extra, content_types, limit):
        """[(page id, content type id, score)] of the best `limit` candidates (the
        newest CANDIDATE_CAP matches and `extra`, a queryset of more page ids),
        ranked by SQLite with the service's rules (search.fences.modelsearch.ranked).
        None for a query the capped path does not take."""
        if not self._cappable():
            return None
        allowed = subquery(pages)
        if allowed is None:
            return []
        search_query = self.build_search_query(normalize(self.query), config=config)
        connection = connections[self.queryset.db]
        match = MatchExpression(self.FTS_TABLE_FIELDS, search_query)
        compiler = SQLiteFTSIndexEntry.objects.all().query.get_compiler(connection=connection)
        _template, (match_string,) = match.as_sql(compiler, connection)
        newest = (
            self._matching_entries(config).order_by("-index_entry_id")
            .values("index_entry__object_id")[: self.candidate_cap]
        )
        floor = None
        if extra is None:
            rowids = self._matching_entries(config).order_by("-index_entry_id").values(
                "index_entry_id"
            )[: self.candidate_cap]
            rowid_sql, rowid_params = rowids.query.sql_with_params()
            floor = (f"SELECT MIN(index_entry_id) FROM ({rowid_sql}) AS newest", rowid_params)
        quote = connection.ops.quote_name
        sql, params = sqlite_sql(
            parsed=parsed,
            match=match_string,
            pages=allowed,
            candidates=union(newest.query.sql_with_params(), extra),
            entry_table=quote(SQLiteFTSIndexEntry._meta.get_field("index_entry").related_model._meta.db_table),
            fts_table=quote(SQLiteFTSIndexEntry._meta.db_table),
            page_table=quote(self.queryset.model._meta.db_table),
            content_types=content_types,
            limit=limit,
            floor=floor,
        )
        return run_ranked(self.queryset.db, sql, params)

    def search(self, config, start, stop, score_field=None):
        if not self._cappable():
            return super().search(config, start, stop, score_field=score_field)
        # FTS5 walks its matches by rowid (the index entry's id) in either direction,
        # so the newest matches come without scoring the others; bm25() is then
        # computed for those rows only, in the same statement.
        entries = (
            self._matching_entries(config)
            .order_by("-index_entry_id")
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .values_list("index_entry__object_id", "score")[: self.candidate_cap]
        )
        scores = {}
        for object_id, score in entries:
            scores[self.queryset.model._meta.pk.to_python(object_id)] = score
        queryset = self.queryset.filter(pk__in=list(scores))
        if not scores:
            return queryset.none()
        if self.order_by_relevance and score_field is None:
            score_field = "_score"
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: self._score_expression(scores)})
        if self.order_by_relevance:
            queryset = queryset.order_by(score_field, "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]
