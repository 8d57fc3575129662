"""SQLite FTS5: modelsearch's backend with the capped query compiler (the fence
search/fences/modelsearch/) and the folded text written beside each index entry."""

from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

from search.backends.capping import MatchingPagesMixin
from search.backends.folded import FoldedTextIndexMixin
from search.fences.modelsearch import choose_compiler
from search.fences.modelsearch.sqlite import CappedSQLiteSearchQueryCompiler


class FoldedTextSQLiteIndex(FoldedTextIndexMixin, SQLiteIndex):
    pass


class CappedSQLiteSearchBackend(MatchingPagesMixin, SQLiteSearchBackend):
    query_compiler_class = CappedSQLiteSearchQueryCompiler
    index_class = FoldedTextSQLiteIndex

    def __init__(self, params):
        super().__init__(params)
        choose_compiler(self, SQLiteSearchQueryCompiler)
