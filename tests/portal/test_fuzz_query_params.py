"""Fuzz: every public page, feed, export and API, Wagtail's API v2 included, under
hostile values in each parameter it reads and in unknown ones: NUL bytes, integers
beyond every column type, impossible dates, overlong text and the search-syntax words.
The answer is below 500 (a 400 carries its message) and nothing stored changes."""

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import (
    FUZZ,
    HOSTILE_WORDS,
    LONG_TEXT,
    PARAM_VALUE,
    RAW_QUERY_STRING,
    params_strategy,
    stored_state,
    url_safe,
)
from tests.portal.public_site import (
    SWEEP_VALUES,
    UNKNOWN,
    api_addresses,
    build_public_site,
    json_addresses,
    page_addresses,
    with_params,
)

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

# Valid values are mixed in, so the fuzzer also reaches the paths behind a parameter
# that validates: a known type or field, a real page id, the search operators.
API_WORDS = [
    "root", "and", "or", "random", "title", "-title", "id", "*", "_", "title,-id", "*,-title",
    "documents.OfficialDocumentPage", "home.NewsPage", "wagtailcore.Page", "vi", "en",
    "localhost", "localhost:80", "true", "false", "html", "raw", "json", "api",
    "2025-03-01", "2025-03-01T10:00:00", "2025-03-01T10:00:00+07:00", "0", "1", "20", "21",
]
DATES = [
    "2024-02-30", "2024-13-01", "99999-01-01", "0000-00-00", "1-1-1", "2025/03/01",
    "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2025-03-01T25:61:61",
]
HOSTILE_VALUE = st.one_of(
    st.sampled_from(SWEEP_VALUES + DATES + API_WORDS + HOSTILE_WORDS),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    PARAM_VALUE,
    LONG_TEXT,
).map(url_safe)


@pytest.fixture
def site(home_page):
    return build_public_site(home_page)


def _check(response, before):
    assert response.status_code < 500
    assert stored_state() == before
    if response.status_code == 400 and response["Content-Type"].startswith("application/json"):
        body = response.json()
        assert body.get("message") or body.get("error")


def _addressed_params(addresses):
    """An address and parameters drawn from the names it reads."""
    return st.sampled_from(sorted(addresses.items())).flatmap(
        lambda item: st.tuples(st.just(item[0]), params_strategy(item[1], HOSTILE_VALUE))
    )


def _get(address, params, client=None):
    path, params = with_params(address, params)
    return (client or Client()).get(path, params)


@FUZZ
@given(data=st.data())
def test_public_pages_answer_hostile_parameters(site, fuzz_inputs, data):
    fuzz_inputs.count()
    address, params = data.draw(_addressed_params(page_addresses(site)))
    before = stored_state()
    _check(_get(address, params), before)


@FUZZ
@given(data=st.data())
def test_wagtail_api_answers_hostile_parameters(site, fuzz_inputs, data):
    fuzz_inputs.count()
    address, params = data.draw(_addressed_params(api_addresses(site)))
    before = stored_state()
    _check(_get(address, params), before)


@FUZZ
@given(data=st.data())
def test_json_apis_answer_hostile_parameters(site, fuzz_inputs, data):
    fuzz_inputs.count()
    address, params = data.draw(_addressed_params(json_addresses()))
    before = stored_state()
    _check(_get(address, params), before)


@FUZZ
@given(data=st.data(), query_string=RAW_QUERY_STRING)
def test_every_address_answers_malformed_query_strings(site, fuzz_inputs, data, query_string):
    fuzz_inputs.count()
    addresses = {**page_addresses(site), **api_addresses(site), **json_addresses()}
    address = data.draw(st.sampled_from(sorted(addresses)))
    path, _, fixed = address.partition("?")
    before = stored_state()
    response = Client().get(path, QUERY_STRING="&".join(filter(None, [fixed, query_string])))
    _check(response, before)


COOKIE_NAMES = ["sessionid", "csrftoken", "django_language", "vid", UNKNOWN]


def _header(text):
    """`text` as a WSGI server hands a header to Django: UTF-8 bytes read as Latin-1."""
    return text[:300].encode("utf-8", "surrogatepass").decode("latin-1")


def _cookie_value(text):
    """A quoted cookie value; quoted values may hold any byte as an octal escape
    (`\\000` is NUL)."""
    escaped = "".join(
        c if c.isascii() and c.isalnum() else f"\\{ord(c):03o}" for c in _header(text)
    )
    return f'"{escaped}"'


@FUZZ
@given(
    data=st.data(),
    cookies=st.dictionaries(st.sampled_from(COOKIE_NAMES), HOSTILE_VALUE, max_size=3),
    language=HOSTILE_VALUE,
)
def test_every_address_answers_hostile_cookies(site, fuzz_inputs, data, cookies, language):
    fuzz_inputs.count()
    addresses = {**page_addresses(site), **api_addresses(site), **json_addresses()}
    path, params = with_params(data.draw(st.sampled_from(sorted(addresses))), {})
    cookie = "; ".join(f"{name}={_cookie_value(value)}" for name, value in cookies.items())
    before = stored_state()
    response = Client().get(
        path, params, HTTP_COOKIE=cookie, HTTP_ACCEPT_LANGUAGE=_header(language)
    )
    _check(response, before)


def test_every_parameter_of_every_address_survives_the_sweep(site, fuzz_inputs):
    """Not left to chance: each parameter of each address gets each sweep value."""
    addresses = {**page_addresses(site), **api_addresses(site), **json_addresses()}
    before = stored_state()
    # Every failing combination is listed, not only the first.
    client = Client(raise_request_exception=False)
    failures = []
    for address, names in addresses.items():
        for name in names:
            for value in SWEEP_VALUES:
                fuzz_inputs.count()
                response = _get(address, {name: value}, client)
                if response.status_code >= 500:
                    failures.append((address, name, value[:20], response.status_code))
    assert failures == [], "\n".join(map(str, failures))
    assert stored_state() == before
