"""The first matches a search reads on PostgreSQL, before and after search migration
0005: search_candidate_parts() (migration 0004, every match's bitmap) against
search_newest_parts() (the newest entries walked where a word is common), for the
twenty searches of the HTTP benchmark, the two statements run in turn so that the
machine's load weighs on both alike; median wall time of each, and the rows read.

    DATABASE_URL=postgres://…/big100k .venv/bin/python tests/benchmarks/search_sample.py \
        [--rounds 7]

The statements are the service's own: 2,002 title and 2,002 body rows
(search.matching.SAMPLE_ROWS), 250 body rows past full titles (the ranking's share),
every content type the index holds.
"""

import argparse
import os
import statistics
import time

import psycopg
from http_bench import SEARCHES

BEFORE = (
    "SELECT object_id, in_title FROM search_candidate_parts("
    "plainto_tsquery('vietnamese_unaccent', %s), %s, 2002, 2002)"
)
AFTER = (
    "SELECT object_id, in_title FROM search_newest_parts("
    "plainto_tsquery('vietnamese_unaccent', %s), %s, 2002, 2002, 250)"
)


def _timed(connection, statement, words, content_types):
    started = time.perf_counter()
    rows = connection.execute(statement, (words, content_types)).fetchall()
    return time.perf_counter() - started, len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    url = os.environ["DATABASE_URL"]
    with psycopg.connect(url, autocommit=True) as connection:
        content_types = [
            row[0]
            for row in connection.execute(
                "SELECT DISTINCT content_type_id FROM wagtailsearch_indexentry"
            )
        ]
        totals = [0.0, 0.0]
        print(f"{'search':28s} {'before ms':>10s} {'rows':>6s} {'after ms':>10s} {'rows':>6s}")
        for words in SEARCHES:
            times = ([], [])
            rows = [0, 0]
            for _ in range(args.rounds):
                for side, statement in enumerate((BEFORE, AFTER)):
                    took, rows[side] = _timed(connection, statement, words, content_types)
                    times[side].append(took)
            medians = [statistics.median(side) * 1000 for side in times]
            totals = [total + median for total, median in zip(totals, medians, strict=True)]
            print(
                f"{words:28s} {medians[0]:10.1f} {rows[0]:6d} {medians[1]:10.1f} {rows[1]:6d}"
            )
        print(f"{'sum of medians':28s} {totals[0]:10.1f} {'':6s} {totals[1]:10.1f}")


if __name__ == "__main__":
    main()
