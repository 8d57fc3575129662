"""PostgreSQL: modelsearch's backend with the capped query compiler (the fence
search/fences/modelsearch/) and the folded text written beside each index entry."""

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backends.capping import MatchingPagesMixin
from search.backends.folded import FoldedTextIndexMixin
from search.fences.modelsearch import choose_compiler
from search.fences.modelsearch.postgres import CappedPostgresSearchQueryCompiler


class FoldedTextPostgresIndex(FoldedTextIndexMixin, PostgresIndex):
    pass


class CappedPostgresSearchBackend(MatchingPagesMixin, PostgresSearchBackend):
    query_compiler_class = CappedPostgresSearchQueryCompiler
    index_class = FoldedTextPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        choose_compiler(self, PostgresSearchQueryCompiler)
