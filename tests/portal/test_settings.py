"""Production settings are checked in a child process: they are a different settings
module from the one the test run uses."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

# The example environment documented in README.md.
EXAMPLE_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "q8Jv3kZ0r5mW1tYp7Lx2Nc9Bh4Fs6Dg0Ae8Ui3Oy5Tr7Ew1Qz2Xk4Vm6Pn8Sj0",
    "ALLOWED_HOSTS": "thidua.example.gov.vn",
}


def _manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_production_settings_pass_deploy_check():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=EXAMPLE_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in EXAMPLE_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
