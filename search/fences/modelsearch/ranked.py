"""The search service's ranking as one SQL statement per query (search.ranking): the
capped candidates (and, with filters, the newest filtered matches) are scored and
ordered by the database, which hands back the best page ids only, so no page is
read in Python to rank it.

The score follows the service's rules: words in the title weigh most (TITLE_WEIGHT),
the whole phrase in order adds to a part's score, a title that is mostly the query
says more than a long one holding it, the query's own accents found in the title
("bão", not "báo") add EXACT_WEIGHT, the body's relevance (PostgreSQL's ts_rank,
how early the body names each word on SQLite) breaks ties, and navigation pages
(search.ranking.is_navigation) come after content unless the query is their name.
The best part counts whole and the other by OTHER_PART_SHARE.

PostgreSQL reads the entries' tsvectors (`title` holds the folded title's lexemes,
so its length is the title's number of distinct words) and the raw title's words
(`title_spaced`, search migration 0006) for the accents; SQLite reads the FTS5
row's raw title and the folded title the entry keeps for autocompletion
(search.indexing). Each builder returns (SQL, params) of a SELECT listing (page id,
content type id, score) best first.
"""

from django.core.exceptions import EmptyResultSet
from django.db import connections

TITLE_WEIGHT = 4.0
PHRASE_SCORE = 4.0
EXACT_WEIGHT = 2.0
TITLE_COVERAGE = 4.0
BODY_RANK_WEIGHT = 10.0
OTHER_PART_SHARE = 0.5
# Subtracted from a navigation page's score: it sorts after every content page.
NAVIGATION_PENALTY = 1_000_000.0

_FINAL = """
SELECT id, content_type_id, COALESCE(
  GREATEST_(title_score, body_score) + {share} * LEAST_(title_score, body_score)
  - CASE WHEN navigation = 1 AND NOT (title_words = {n} AND title_length = {n})
    THEN {penalty} ELSE 0 END, -{penalty} * 2) AS score
FROM (
  SELECT id, content_type_id, navigation, title_words, title_length,
    COALESCE(CASE WHEN title_words > 0 THEN {title_weight} * (
      2.0 * title_words / {n} + {exact} * exact_words / {m}
      + {phrase} * title_phrase + {coverage} * title_words / title_length
    ) ELSE 0 END, 0) AS title_score,
    COALESCE(2.0 * body_words / {n} + {phrase} * body_phrase + {body_weight} * body_rank, 0)
      AS body_score
  FROM ({parts}) AS parts{unflattened}
) AS scored
ORDER BY score DESC, id
LIMIT {limit}
"""


def _final(parts_sql, parsed, limit, greatest, least, unflattened=""):
    exact = sorted(set(parsed.exact_words))
    sql = _FINAL.format(
        share=OTHER_PART_SHARE,
        n=len(parsed.terms),
        m=max(len(exact), 1),
        penalty=NAVIGATION_PENALTY,
        title_weight=TITLE_WEIGHT,
        exact=EXACT_WEIGHT if exact else 0.0,
        phrase=PHRASE_SCORE,
        coverage=TITLE_COVERAGE,
        body_weight=BODY_RANK_WEIGHT,
        parts=parts_sql,
        unflattened=unflattened,
        limit=int(limit),
    )
    return sql.replace("GREATEST_", greatest).replace("LEAST_", least)


def _sum(expressions):
    return "(" + " + ".join(expressions) + ")" if expressions else "0"


def _navigation(page, content_types):
    """1 for a page a reader navigates through (search.ranking.is_navigation): in the
    menus, or of a type without search parts (`content_types` are those with)."""
    listed = ", ".join("%s" for _ in content_types) or "NULL"
    return (
        f"CASE WHEN {page}.show_in_menus OR {page}.content_type_id NOT IN ({listed}) "
        "THEN 1 ELSE 0 END",
        list(content_types),
    )


def _select(columns, source, where, source_params=()):
    """The parts SELECT and its params, `columns` {name: (SQL, params)}, `source` (a
    FROM clause, with `source_params`) and `where` [(SQL, params)], each in the order
    written."""
    params = []
    selected = []
    for name, (sql, values) in columns.items():
        selected.append(f"{sql} AS {name}")
        params += values
    params += source_params
    conditions = []
    for sql, values in where:
        conditions.append(sql)
        params += values
    text = "SELECT " + ",\n  ".join(selected) + f"\n{source}"
    if conditions:
        text += "\nWHERE " + " AND ".join(conditions)
    return text, params


def _each(template, values):
    return _sum([template] * len(values)), list(values)


def postgres_sql(*, parsed, operator, config, pages, candidates, entry_table, page_table,
                 content_types, limit):
    """`pages` and `candidates` are (SQL, params) of subqueries listing page ids: the
    pages allowed (the search's queryset) and the ones to rank."""
    terms = parsed.terms
    phrase = " ".join(terms)

    def each_term(column):
        sql = _sum([f"({column} @@ plainto_tsquery(%s::regconfig, %s))::int"] * len(terms))
        return sql, [value for term in terms for value in (config, term)]

    def phrase_in(column):
        if len(terms) < 2:
            return "0", []
        return f"({column} @@ phraseto_tsquery(%s::regconfig, %s))::int", [config, phrase]

    exact = sorted(set(parsed.exact_words))
    joiner = " || " if operator == "or" else " && "
    tsquery = joiner.join("plainto_tsquery(%s::regconfig, %s)" for _ in terms)
    columns = {
        "id": ("p.id", []),
        "content_type_id": ("p.content_type_id", []),
        "navigation": _navigation("p", content_types),
        "title_words": each_term("e.title"),
        # With every word required, each candidate holds them all in its body,
        # which includes the folded title.
        "body_words": each_term("e.body") if operator == "or" else (str(len(terms)), []),
        "title_length": ("GREATEST(length(e.title), 1)", []),
        "title_phrase": phrase_in("e.title"),
        "body_phrase": phrase_in("e.body"),
        # The title's raw words, lower case and spaced, stored with the entry (search
        # migration 0006): written out per candidate they cost a third of the
        # statement.
        "exact_words": _each("(strpos(e.title_spaced, %s) > 0)::int", [f" {w} " for w in exact]),
        "body_rank": (
            f"ts_rank(e.body, {tsquery})",
            [value for term in terms for value in (config, term)],
        ),
    }
    source = (
        f"FROM {page_table} p JOIN {entry_table} e\n"
        "  ON e.content_type_id = p.content_type_id AND e.object_id = p.id::text"
    )
    where = [(f"p.id IN ({pages[0]})", pages[1]), (f"p.id IN ({candidates[0]})", candidates[1])]
    parts, params = _select(columns, source, where)
    # OFFSET 0 keeps PostgreSQL from folding the parts into the score, which would
    # write each part's expression out wherever the score uses it: the body's rank
    # and phrase twice a candidate (GREATEST and LEAST), a third of the statement.
    return _final(parts + "\nOFFSET 0", parsed, limit, "GREATEST", "LEAST"), params


def sqlite_sql(*, parsed, match, pages, candidates, entry_table, fts_table, page_table,
               content_types, limit, floor=None):
    """`match` is the FTS5 MATCH string of the query; `pages` and `candidates` as
    for postgres_sql; `floor`, when every candidate is one of the newest matches,
    (SQL, params) of a subquery giving the lowest FTS5 rowid among them.

    Three derived tables: each candidate's texts, spaced once (`found`); where each
    word and the phrase lie in them (`located`); the parts the score adds up."""
    terms = parsed.terms
    exact = sorted(set(parsed.exact_words))
    # LIMIT -1 (no limit) keeps SQLite from flattening each derived table into the one
    # around it, which would copy every column's expression wherever it is used and
    # search each candidate's body once per use instead of once per word (half the
    # statement's time for "Nguyễn Văn Hùng" at 20,000 documents).
    keep = "\n  LIMIT -1"
    found, found_params = _found(
        content_types, match, pages, candidates, entry_table, fts_table, page_table, floor
    )

    def phrase_in(text):
        if len(terms) < 2:
            return "0", []
        return f"(instr({text}, %s) > 0)", [f" {' '.join(terms)} "]

    passed = ("id", "content_type_id", "navigation", "title_length")
    located, located_params = _select(
        {
            **{name: (name, []) for name in passed},
            "title_words": _each("(instr(folded_title, %s) > 0)", [f" {t} " for t in terms]),
            "title_phrase": phrase_in("folded_title"),
            "body_phrase": phrase_in("folded_body"),
            "exact_words": _each("(instr(raw_title, %s) > 0)", [f" {w} " for w in exact]),
            **{
                f"body_at_{index}": ("instr(folded_body, %s)", [f" {term} "])
                for index, term in enumerate(terms)
            },
        },
        f"FROM ({found}{keep}) AS found",
        [],
        found_params,
    )
    places = [f"body_at_{index}" for index in range(len(terms))]
    passed += ("title_words", "title_phrase", "body_phrase", "exact_words")
    parts, params = _select(
        {
            **{name: (name, []) for name in passed},
            "body_words": (_sum([f"({place} > 0)" for place in places]), []),
            "body_rank": (_early_rank(places), []),
        },
        f"FROM ({located}{keep}) AS located",
        [],
        located_params,
    )
    return _final(parts + keep, parsed, limit, "MAX", "MIN", unflattened=keep), params


def _found(content_types, match, pages, candidates, entry_table, fts_table, page_table,
           floor):
    """(SQL, params) of the candidates' rows: the page's key, its type, whether it is
    a navigation page, the title's number of words, and the texts searched, each
    spaced once (a space each side, so that ' word ' finds a whole word anywhere)."""
    # The entry's autocomplete text is the raw title then the folded one for the page
    # types with search parts (search.indexing), the raw title alone for others: its
    # words are counted, halved for the former.
    words = "(length(trim(e.autocomplete)) - length(replace(trim(e.autocomplete), ' ', '')) + 1)"
    listed = ", ".join("%s" for _ in content_types) or "NULL"
    columns = {
        "id": ("p.id", []),
        "content_type_id": ("p.content_type_id", []),
        "navigation": _navigation("p", content_types),
        "title_length": (
            f"MAX(CASE WHEN p.content_type_id IN ({listed}) THEN {words} / 2.0 "
            f"ELSE {words} END, 1.0)",
            list(content_types),
        ),
        "folded_title": ("(' ' || e.autocomplete || ' ')", []),
        "folded_body": ("(' ' || f.body || ' ')", []),
        "raw_title": ("(' ' || lower(f.title) || ' ')", []),
    }
    # The page is found by its key from the entry's object_id: written the other way
    # round (object_id = CAST(p.id AS TEXT)) SQLite cannot use the key and walks every
    # page of the entry's type for each match (5 s for "thi đua" at 1,000 documents).
    source = (
        f"FROM {page_table} p JOIN {entry_table} e\n"
        "  ON e.content_type_id = p.content_type_id AND p.id = CAST(e.object_id AS INTEGER)\n"
        f"JOIN {fts_table} f ON f.rowid = e.id"
    )
    where = [
        (f"{fts_table} MATCH %s", [match]),
        # Each candidate's page is checked against the allowed pages by its key: as a
        # list (p.id IN (…)) SQLite would first read every allowed page of the locale.
        (f"EXISTS (SELECT 1 FROM ({pages[0]}) AS allowed WHERE allowed.pk = p.id)", pages[1]),
        (f"p.id IN ({candidates[0]})", candidates[1]),
    ]
    if floor is not None:
        # FTS5 then walks the matches from the newest down to the oldest candidate
        # only, not every match of a common word.
        where.insert(0, (f"f.rowid >= ({floor[0]})", floor[1]))
    return _select(columns, source, where)


# Where in the body (in characters) a word's first mention counts half.
EARLY = 200
# The body's rank of a page whose body opens with every word: about PostgreSQL's
# ts_rank of a body holding them, so that the body weighs alike in both databases.
EARLY_RANK = 0.1


def _early_rank(places):
    """The body's relevance on SQLite from where each word first lies in it (the
    columns `places`, 0 where it does not): a word the body names early (its subject,
    its first lines) says more of what the page is about than one in passing. FTS5's
    bm25() would count the rows holding each word over the whole table before scoring
    any candidate (17 of the 24 ms that ranking "thi đua" took at 100,000 documents,
    35 of 57 for the six words of "Chiến sĩ thi đua cơ sở", however few the
    candidates), and counting each word's occurrences with replace() costs about as
    much (12 µs a word and candidate); each word's place is the search its presence
    needs anyway."""
    each = [
        f"(CASE WHEN {place} > 0 THEN {EARLY}.0 / ({EARLY} + {place}) ELSE 0 END)"
        for place in places
    ]
    return f"({_sum(each)} * {EARLY_RANK / max(len(places), 1)})"


def run_ranked(alias, sql, params):
    """The rows of a ranked statement: [(page id, content type id, score)]."""
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, content_type_id, float(score)) for pk, content_type_id, score in cursor]


def union(candidates, extra):
    """(SQL, params) listing the candidates' page ids, those of the queryset `extra`
    too when it is given."""
    if extra is None:
        return candidates
    try:
        extra_sql, extra_params = extra.query.sql_with_params()
    except EmptyResultSet:
        return candidates
    # Each side in a derived table: SQLite takes no LIMIT in a compound's member.
    sql = (
        f"SELECT * FROM ({candidates[0]}) AS capped "
        f"UNION ALL SELECT * FROM ({extra_sql}) AS extra"
    )
    return sql, [*candidates[1], *extra_params]


def subquery(queryset):
    """(SQL, params) of `queryset`'s page ids, None when it can match nothing (a
    filter no page can pass compiles to no SQL at all)."""
    try:
        return queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return None
