"""portal.client_address: the reader's address, behind as many proxies as settings trust."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory

from portal.client_address import UNKNOWN_ADDRESS, client_address

PROXY = "127.0.0.1"
BASE_DIR = Path(__file__).resolve().parents[2]
READ_SETTING = (
    "import json; from portal.settings import base; print(json.dumps(base.CLIENT_ADDRESS))"
)


def _address(settings, proxies, remote=PROXY, header="HTTP_X_FORWARDED_FOR", **meta):
    settings.CLIENT_ADDRESS = {"HEADER": header, "TRUSTED_PROXIES": proxies}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **meta)
    return client_address(request)


def test_without_trusted_proxies_the_address_is_remote_addr(settings):
    assert _address(settings, 0, HTTP_X_FORWARDED_FOR="203.0.113.7") == PROXY


def test_one_trusted_proxy_gives_the_rightmost_forwarded_address(settings):
    assert _address(settings, 1, HTTP_X_FORWARDED_FOR="203.0.113.7") == "203.0.113.7"


def test_spoofed_leftmost_address_is_ignored(settings):
    forwarded = "198.51.100.1, 203.0.113.7"
    assert _address(settings, 1, HTTP_X_FORWARDED_FOR=forwarded) == "203.0.113.7"


def test_two_trusted_proxies_give_the_second_address_from_the_right(settings):
    forwarded = "198.51.100.1, 203.0.113.7, 10.0.0.2"
    assert _address(settings, 2, HTTP_X_FORWARDED_FOR=forwarded) == "203.0.113.7"


def test_header_shorter_than_the_proxy_chain_falls_back_to_remote_addr(settings):
    assert _address(settings, 2, HTTP_X_FORWARDED_FOR="203.0.113.7") == PROXY


def test_missing_header_falls_back_to_remote_addr(settings):
    assert _address(settings, 1) == PROXY


@pytest.mark.parametrize(
    "forwarded", ["unknown", "", " , ", "203.0.113.999", "<script>", "1.2.3.4\x00", "x" * 5000]
)
def test_malformed_header_falls_back_to_remote_addr(settings, forwarded):
    assert _address(settings, 1, HTTP_X_FORWARDED_FOR=forwarded) == PROXY


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.7:51234", "203.0.113.7"),
        ("[2001:db8::1]:51234", "2001:db8::1"),
        ("2001:DB8:0:0::1", "2001:db8::1"),
    ],
)
def test_ports_and_ipv6_spellings_are_understood(settings, forwarded, expected):
    assert _address(settings, 1, HTTP_X_FORWARDED_FOR=forwarded) == expected


def test_x_real_ip_can_be_the_trusted_header(settings):
    address = _address(settings, 1, header="HTTP_X_REAL_IP", HTTP_X_REAL_IP="203.0.113.7")
    assert address == "203.0.113.7"


def test_empty_remote_addr_gives_a_parseable_placeholder(settings):
    assert _address(settings, 0, remote="") == UNKNOWN_ADDRESS


def _configured(**environment):
    # A child process: settings are read from the environment once, at import.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTED_PROXY")}
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTING],
        cwd=BASE_DIR,
        env={**clean, **environment},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_environment_configures_header_and_proxy_count():
    configured = _configured(TRUSTED_PROXIES="2", TRUSTED_PROXY_HEADER="X-Real-IP")
    assert configured == {"HEADER": "HTTP_X_REAL_IP", "TRUSTED_PROXIES": 2}


def test_default_environment_trusts_no_proxy():
    assert _configured()["TRUSTED_PROXIES"] == 0


def test_axes_and_ratelimit_ask_the_same_function(settings):
    assert settings.AXES_CLIENT_IP_CALLABLE == "portal.client_address.client_address"
    assert settings.RATELIMIT_IP_META_KEY == "portal.client_address.client_address"
