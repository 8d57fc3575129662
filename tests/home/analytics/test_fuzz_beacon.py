"""Fuzz: the view beacon under random bodies, content types, declared lengths,
page ids, sizes and methods answers 204, 400, 405 or 429; never 5xx, never an
exception, and a refused beacon counts nothing, in the table or in Redis."""

import json

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import StandardPageFactory
from tests.fuzz import FREE_TEXT, FUZZ, ODD_NUMBERS, stored_state
from tests.home.analytics.analytics_support import BROWSER, GOOGLEBOT, fresh_cache, redis_counter

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache", "redis_counter"]

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | FREE_TEXT,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.one_of(st.just("page"), FREE_TEXT), children, max_size=4),
    max_leaves=10,
)
PAGE_IDS = st.one_of(
    st.integers(),
    st.integers(min_value=2**62, max_value=2**70),
    st.sampled_from(ODD_NUMBERS),
    st.floats(),
    st.booleans(),
    st.none(),
    FREE_TEXT,
    JSON_VALUES,
)


def _json(value):
    # NaN and Infinity are what JavaScript's JSON.stringify never sends, but a
    # hand-written client may.
    return json.dumps(value, allow_nan=True)


BODIES = st.one_of(
    st.binary(max_size=2048),
    st.builds(lambda page: _json({"page": page}), PAGE_IDS),
    st.builds(
        lambda page, extra: _json({**extra, "page": page}),
        PAGE_IDS,
        st.dictionaries(FREE_TEXT, JSON_VALUES, max_size=3),
    ),
    JSON_VALUES.map(_json),
    st.builds(
        lambda page, size: _json({"page": page, "pad": "x" * size}),
        PAGE_IDS,
        st.integers(900, 70_000),
    ),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"{", b"null", b"[]", b'{"page": }', b"\x00" * 64, b"\xef\xbb\xbf{}"]),
)
CONTENT_TYPES = st.one_of(
    st.sampled_from(
        [
            "application/json", "application/json; charset=utf-8", "text/plain",
            "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/octet-stream",
            "", "application/json; charset=latin-1", "application/json; charset=nonsense",
        ]
    ),
    st.text(max_size=40).map(lambda text: text.encode("ascii", "ignore").decode()),
)
USER_AGENTS = st.one_of(st.sampled_from([BROWSER, GOOGLEBOT, ""]), st.text(max_size=60))


@pytest.fixture
def live_ids(home_page):
    """Ids of a live page, a draft and a deleted page, so that valid-looking
    beacons are generated too."""
    live = StandardPageFactory(parent=home_page)
    draft = StandardPageFactory(parent=home_page, live=False)
    deleted = StandardPageFactory(parent=home_page)
    deleted_id = deleted.pk
    deleted.delete()
    return [live.pk, draft.pk, deleted_id, home_page.pk]


def _beacon_bodies(live_ids):
    valid = st.sampled_from(live_ids).flatmap(
        lambda pk: st.sampled_from(
            [_json({"page": pk}), _json({"page": str(pk)}), _json({"page": pk, "x": 1})]
        )
    )
    return st.one_of(valid, BODIES)


def _send(method, body, content_type, user_agent=BROWSER, content_length=None):
    # generic() sends the bytes as they are; post() would re-encode them in the
    # charset the content type names, which a real client does not do.
    body = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    extra = {"HTTP_USER_AGENT": user_agent}
    if content_length is not None:
        extra["CONTENT_LENGTH"] = content_length
    return Client().generic(method, "/api/views/", body, content_type=content_type, **extra)


def _assert_answer(response, before, after):
    assert response.status_code in (204, 400, 429)
    if response.status_code != 204:
        assert response.json()["error"]
        assert after == before


@FUZZ
@given(data=st.data(), content_type=CONTENT_TYPES, user_agent=USER_AGENTS)
def test_beacon_answers_any_body(live_ids, fuzz_inputs, data, content_type, user_agent):
    fuzz_inputs.count()
    body = data.draw(_beacon_bodies(live_ids))
    before = stored_state()
    response = _send("POST", body, content_type, user_agent)
    _assert_answer(response, before, stored_state())


@FUZZ
@given(
    data=st.data(),
    declared=st.one_of(
        st.sampled_from(["", "abc", "-1", "0", "1", "1025", "99999999999999999999", " 12 "]),
        st.integers(min_value=0, max_value=10**12).map(str),
    ),
)
def test_beacon_answers_any_declared_length(live_ids, fuzz_inputs, data, declared):
    fuzz_inputs.count()
    body = data.draw(_beacon_bodies(live_ids))
    if isinstance(body, str):
        body = body.encode()
    # The test client cannot send fewer bytes than it declares; a real server
    # reads what was declared and no more.
    if declared.strip().isdigit() and int(declared) <= len(body):
        body = body[: int(declared)]
    elif declared.strip().isdigit():
        declared = str(len(body))
    before = stored_state()
    response = _send("POST", body, "application/json", content_length=declared)
    _assert_answer(response, before, stored_state())


@FUZZ
@given(
    method=st.sampled_from(["GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"]),
    body=BODIES,
)
def test_beacon_refuses_other_methods(live_ids, fuzz_inputs, method, body):
    fuzz_inputs.count()
    before = stored_state()
    response = _send(method, body, "application/json")
    assert response.status_code == 405
    assert stored_state() == before


def _redis_state(connection, prefix):
    return {key: connection.dump(key) for key in connection.scan_iter(match=f"{prefix}:*")}


@FUZZ
@given(data=st.data(), content_type=CONTENT_TYPES)
def test_beacon_on_redis_answers_any_body(live_ids, redis_counter, fuzz_inputs, data, content_type):
    fuzz_inputs.count()
    connection, prefix = redis_counter
    body = data.draw(_beacon_bodies(live_ids))
    before = (stored_state(), _redis_state(connection, prefix))
    response = _send("POST", body, content_type)
    _assert_answer(response, before, (stored_state(), _redis_state(connection, prefix)))
