"""search_newest_parts() (search migration 0005, issue #25 point 5): where a word is
common among the newest index entries, its first matches are the newest ones,
found by walking the entries newest first instead of a bitmap of every match; a
rarer word is read through the GIN indexes as before; once the titles fill their
rows, the body gives the ranking's share only. The entries are written straight
into the index table, the function's only input."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.database("postgresql")]

TABLE = "wagtailsearch_indexentry"


@pytest.fixture
def entries(db):
    """write(titles, bodies): one index entry per (title, body) pair, oldest first,
    its object id the pair's position; returns the content type id."""
    content_type = ContentType.objects.get_for_model(Page).pk

    def write(titles, bodies):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            for position, (title, body) in enumerate(zip(titles, bodies, strict=True)):
                cursor.execute(
                    f"INSERT INTO {TABLE} (object_id, content_type_id, title_norm, "
                    "autocomplete, title, body, title_text, body_text) VALUES "
                    "(%s, %s, 1, ''::tsvector, to_tsvector('simple', %s), "
                    "to_tsvector('simple', %s), %s, %s)",
                    [str(position), content_type, title, body, title, body],
                )
        return content_type

    return write


def _parts(content_type, word, title_rows, body_rows, body_rows_past_titles):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT object_id::integer, in_title FROM search_newest_parts("
            "to_tsquery('simple', %s), %s, %s, %s, %s)",
            [word, [content_type], title_rows, body_rows, body_rows_past_titles],
        )
        return cursor.fetchall()


def _titles(rows):
    return [pk for pk, in_title in rows if in_title]


def _bodies(rows):
    return [pk for pk, in_title in rows if not in_title]


def test_a_common_title_word_gives_the_newest_titles_first(entries):
    content_type = entries(["thi dua"] * 200, ["noi dung"] * 200)
    rows = _parts(content_type, "thi & dua", 5, 0, 0)
    assert _titles(rows) == [199, 198, 197, 196, 195]


def test_a_walk_falling_short_takes_the_rest_from_older_titles(entries):
    # The newest 40 and the oldest 30 of 300 match: the walk of the newest 200
    # finds 40 of the 50 wanted, the index the other 10 among the oldest.
    titles = ["thi dua" if n < 30 or n >= 260 else "khac" for n in range(300)]
    content_type = entries(titles, ["noi dung"] * 300)
    found = _titles(_parts(content_type, "thi & dua", 50, 0, 0))
    assert found[:40] == list(range(299, 259, -1)) and set(found[40:]) <= set(range(30))


def test_a_rare_title_word_gives_every_match(entries):
    titles = ["bai choi" if n % 60 == 7 else "khac" for n in range(300)]
    content_type = entries(titles, ["noi dung"] * 300)
    assert sorted(_titles(_parts(content_type, "bai & choi", 10, 0, 0))) == [7, 67, 127, 187, 247]


def test_full_titles_leave_the_body_the_rankings_share(entries):
    titles = ["thi dua" if n % 2 == 0 else "khac" for n in range(200)]
    content_type = entries(titles, ["thi dua"] * 200)
    rows = _parts(content_type, "thi & dua", 10, 50, 3)
    assert _bodies(rows) == [199, 197, 195]


def test_titles_short_of_their_rows_leave_the_body_its_own(entries):
    titles = ["thi dua" if n in (3, 5) else "khac" for n in range(200)]
    content_type = entries(titles, ["thi dua"] * 200)
    rows = _parts(content_type, "thi & dua", 10, 20, 3)
    assert len(_bodies(rows)) == 20


def test_the_callers_plan_settings_come_back(entries):
    content_type = entries(["thi dua"] * 200, ["thi dua"] * 200)
    _parts(content_type, "thi & dua", 5, 5, 5)
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone()[0] == "on"
