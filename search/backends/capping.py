"""The candidate cap both database backends share."""

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
