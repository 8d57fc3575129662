import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

pytestmark = [
    pytest.mark.django_db,
    # The text search configuration is PostgreSQL's.
    pytest.mark.database("postgresql"),
]


def test_vietnamese_unaccent_config_folds_every_mark_and_d():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('vietnamese_unaccent', 'Kế hoạch Đồng Tháp thưởng')")
        vector = cursor.fetchone()[0]
    assert vector == "'dong':3 'hoach':2 'ke':1 'thap':4 'thuong':5"


def test_database_backend_uses_the_vietnamese_config():
    assert get_search_backend().config == "vietnamese_unaccent"
