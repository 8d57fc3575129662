"""PostgreSQL's COPY for the generator's bulk writes.

Django 5.2 inserts a bulk of rows on PostgreSQL as one array per column
(`UNNEST(%s::text[], ...)`), and with client-side binding psycopg quotes each element of
each array in Python, escaping every quote of a StreamField's JSON through a regular
expression: a fifth of the generator's CPU went there (cProfile, tests/benchmarks/
README.md, "At 100,000 documents (large25)"). COPY hands the rows to psycopg's C writer.
"""

from django.db import connection


def enabled():
    return connection.vendor == "postgresql"


def reserve_ids(model, count):
    """`count` new primary keys from `model`'s sequence, in order, for rows written
    with their keys (COPY returns none)."""
    table = model._meta.db_table
    column = model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, column, count],
        )
        return [row[0] for row in cursor.fetchall()]


def _db_value(field, obj):
    return field.get_db_prep_save(field.pre_save(obj, add=True), connection)


def copy_objects(model, objs, fields):
    """Write `objs` into `model`'s own table: the given concrete `fields`, as an INSERT
    of them would (`pre_save` then the database value of each)."""
    rows = ([_db_value(field, obj) for field in fields] for obj in objs)
    copy_rows(model._meta.db_table, [field.column for field in fields], rows)


def copy_rows(table, columns, rows):
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    statement = f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
