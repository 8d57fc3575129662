"""PostgreSQL: matches found on each GIN-indexed column, the newest ranked."""

from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_descendants_content_types_pks

from search.backends.capping import BODY_SHARE, CAPPABLE_QUERIES, TITLE_SHARE


class CappedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    title_share = TITLE_SHARE
    body_share = BODY_SHARE

    def _cappable(self):
        return self.fields is None and isinstance(self.query, CAPPABLE_QUERIES)

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self._cappable():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        # Candidates are read from the index entries alone, each lookup being
        # `column @@ query` on one column, which that column's GIN index serves (the
        # page filters apply to the few candidates, not to every match). Titles are
        # small and stored inline, so the newest title matches are cheap to find;
        # bodies are large and stored out of line, so any body matches are taken in
        # the index's order instead of sorting every match by age.
        entries = IndexEntry._default_manager.filter(
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
        )
        pk_field = self.queryset.model._meta.pk
        title_ids = (
            entries.filter(title=search_query)
            .order_by("-id")
            .annotate(page_id=Cast("object_id", output_field=pk_field))
            .values("page_id")[: self.title_share]
        )
        body_ids = (
            entries.filter(body=search_query)
            .annotate(page_id=Cast("object_id", output_field=pk_field))
            .values("page_id")[: self.body_share]
        )
        queryset = self.queryset.filter(pk__in=title_ids.union(body_ids))
        rank_expression = self._build_rank_expression(
            self.get_index_vectors(search_query), config
        )
        return self._apply_ordering_and_scoring(
            queryset, rank_expression, start, stop, score_field
        )


class CappedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = CappedPostgresSearchQueryCompiler
