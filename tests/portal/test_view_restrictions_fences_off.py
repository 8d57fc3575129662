"""Private pages stay private with the treebeard fence off
(portal/fences/treebeard_paths.py): the tests of test_view_restrictions.py and
test_sitemaps.py again, on treebeard's own methods."""

import pytest

from tests.fences_support import fence_off
from tests.portal.test_sitemaps import *  # noqa: F403
from tests.portal.test_view_restrictions import *  # noqa: F403


@pytest.fixture(autouse=True)
def _treebeard_fence_off(settings):
    fence_off(settings, "treebeard_paths")
