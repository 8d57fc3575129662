"""The candidate cap both database backends share."""

from modelsearch.query import And, Or, PlainText

# Pages ranked by the database for one query at most: the newest title matches and
# the newest matches anywhere, each up to half of it. Ranking is what grows with
# the number of matches; finding the newest few of them through an index does not.
CANDIDATE_CAP = 1000
TITLE_SHARE = CANDIDATE_CAP // 2
BODY_SHARE = CANDIDATE_CAP - TITLE_SHARE

CAPPABLE_QUERIES = (PlainText, And, Or)
