"""`search_newest_parts()`, in place of search_candidate_parts() (migration 0004):
the newest matches first, found without a bitmap of every match where a word is
common.

A word in most pages ("thi đua", "khen thưởng" at 100,000 documents) made the GIN
indexes build a bitmap of every one of its 70,000 title and 127,000 body matches
before the first 2,002 of each were read: 16 of the 22 ms the sample took. Where
the newest entries show the word often, walking them newest first through the
primary key and testing each title finds the first matches in a few thousand
rows: a title is small and stored in the row. The newest matches are what a
reader of a common word wants first too. A probe of the newest 128 entries
decides: where fewer than one in four titles match, the bitmap of migration 0004
reads them as before; where a walk of four entries a title wanted falls short,
the bitmap finds the older rest.

Once the titles fill their rows the count is past its limit from them alone
(search.matching), so the body gives only the ranking's share
(`body_rows_past_titles`), from a walk of the newest entries testing a body only
where the title does not match (no walk where the newest 128 entries show no
such match): the bitmap of a body word visits every title
match too (15 ms for "Bằng khen", whose 8,070 matches are nearly all titles).
A body-only match older than the walk is no candidate then. Fewer titles, and the
bodies are read through the bitmap as before: a walk would read a body per entry.
Other databases have nothing to create. search_candidate_parts() stays: workers still
running the previous release call it while a new one is deployed.
"""

from importlib import import_module

from django.db import migrations

# Runs a statement on PostgreSQL only, its {table} the index entries'.
_on_postgresql = import_module(
    "search.migrations.0004_search_candidate_parts_function"
)._on_postgresql

CREATE = """
CREATE OR REPLACE FUNCTION search_newest_parts(
    query tsquery, content_types integer[], title_rows integer, body_rows integer,
    body_rows_past_titles integer
) RETURNS TABLE (object_id varchar, in_title boolean)
LANGUAGE plpgsql STABLE
-- Each statement below picks its own plan with set_config; these clauses bring
-- the caller's settings back when the function returns.
SET enable_seqscan = off
SET enable_indexscan = off
AS $fn$
DECLARE
    probe CONSTANT integer := 128;
    -- Entries walked a title wanted: past it, a bitmap costs less.
    title_spread CONSTANT integer := 4;
    -- Entries walked a body wanted, at most.
    body_spread CONSTANT integer := 8;
    titles integer := 0;
    found integer;
    lowest integer;
    wanted integer := title_rows;
BEGIN
    PERFORM set_config('enable_indexscan', 'on', true);
    SELECT count(*) INTO found FROM (
        SELECT e.title, e.content_type_id FROM {table} e ORDER BY e.id DESC LIMIT probe
    ) AS newest
    WHERE newest.content_type_id = ANY (content_types) AND newest.title @@ query;
    IF wanted > 0 AND found * title_spread >= probe THEN
        RETURN QUERY
            SELECT newest.object_id, true FROM (
                SELECT e.id, e.object_id, e.title, e.content_type_id FROM {table} e
                ORDER BY e.id DESC LIMIT wanted * title_spread
            ) AS newest
            WHERE newest.content_type_id = ANY (content_types) AND newest.title @@ query
            ORDER BY newest.id DESC LIMIT wanted;
        GET DIAGNOSTICS titles = ROW_COUNT;
        wanted := wanted - titles;
        IF wanted > 0 THEN
            -- The walk fell short: the bitmap reads only the entries older than it.
            SELECT min(newest.id) INTO lowest FROM (
                SELECT e.id FROM {table} e ORDER BY e.id DESC LIMIT title_rows * title_spread
            ) AS newest;
        END IF;
    END IF;
    PERFORM set_config('enable_indexscan', 'off', true);
    IF wanted > 0 THEN
        -- `+ 0` keeps the content type index out of the bitmap (migration 0002).
        RETURN QUERY
            SELECT e.object_id, true FROM {table} e
            WHERE e.title @@ query AND e.content_type_id + 0 = ANY (content_types)
              AND (lowest IS NULL OR e.id < lowest)
            LIMIT wanted;
        GET DIAGNOSTICS found = ROW_COUNT;
        titles := titles + found;
    END IF;

    PERFORM set_config('enable_indexscan', 'on', true);
    IF titles >= title_rows THEN
        -- The count is past its limit from the titles: the body gives the ranking's
        -- share from the newest entries only, read where the title does not match.
        -- Walked, not a bitmap: a body match is often a title match too, and the
        -- bitmap would visit every one of them (15 ms for "Bằng khen").
        wanted := least(body_rows, body_rows_past_titles);
        SELECT count(*) INTO found FROM (
            SELECT e.title, e.body, e.content_type_id FROM {table} e ORDER BY e.id DESC
            LIMIT probe
        ) AS newest
        WHERE newest.content_type_id = ANY (content_types) AND NOT newest.title @@ query
          AND newest.body @@ query;
        IF wanted > 0 AND found > 0 THEN
            RETURN QUERY
                SELECT newest.object_id, false FROM (
                    SELECT e.id, e.object_id, e.title, e.body, e.content_type_id
                    FROM {table} e ORDER BY e.id DESC LIMIT wanted * body_spread
                ) AS newest
                -- The title first: a body is read only where the title does not match.
                WHERE newest.content_type_id = ANY (content_types)
                  AND NOT newest.title @@ query AND newest.body @@ query
                ORDER BY newest.id DESC LIMIT wanted;
        END IF;
        RETURN;
    END IF;
    PERFORM set_config('enable_indexscan', 'off', true);
    RETURN QUERY
        SELECT e.object_id, false FROM {table} e
        WHERE e.body @@ query AND NOT e.title @@ query
          AND e.content_type_id + 0 = ANY (content_types)
        LIMIT body_rows;
END
$fn$
"""
DROP = (
    "DROP FUNCTION IF EXISTS "
    "search_newest_parts(tsquery, integer[], integer, integer, integer)"
)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_search_candidate_parts_function"),
    ]

    operations = [
        migrations.RunPython(_on_postgresql(CREATE), _on_postgresql(DROP), elidable=False)
    ]
