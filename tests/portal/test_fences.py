"""The library internals the portal's fences rely on (portal/fences/) are still there
and behave as each fence's docstring says. A failure here after an upgrade names the
fence to mend."""

import inspect

import pytest
import redis
from csp import decorators as csp_decorators
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware as PlainCSPMiddleware
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.core.handlers.base import BaseHandler
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Page, Site

from home.models import PortalSettings
from portal.fences import FENCES, csp, enabled, redis_pool, treebeard_paths, wagtail_routes
from portal.fences.django_handler import ShortChainHandler
from tests.fences_support import broken, fence_off
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.redis_pages import TEST_REDIS_URL
from tests.portal.test_settings import _manage
from tests.wsgi_support import call_wsgi

ROUTES = "portal/fences/wagtail_routes.py"
REDIS = "portal/fences/redis_pool.py"
CSP = "portal/fences/csp.py"
HANDLER = "portal/fences/django_handler.py"
TREEBEARD = "portal/fences/treebeard_paths.py"


def _request():
    return RequestFactory().get("/")


def test_every_fence_is_on_by_default(settings):
    assert all(settings.LIBRARY_FENCES[name] for name in FENCES)


def test_unknown_fence_name_is_refused():
    with pytest.raises(KeyError):
        enabled("no_such_fence")


def test_fence_turns_off(settings):
    fence_off(settings, "csp_policy")
    assert not enabled("csp_policy")


def _settings_env(fences_off):
    return {"DJANGO_SETTINGS_MODULE": "portal.settings.test", "LIBRARY_FENCES_OFF": fences_off}


@pytest.mark.slow
def test_environment_turns_the_named_fences_off():
    result = _manage(
        "shell", "-c",
        "from django.conf import settings; "
        "print(sorted(k for k, on in settings.LIBRARY_FENCES.items() if not on))",
        env=_settings_env("redis_pool,csp_policy"),
    )
    assert result.stdout.strip().splitlines()[-1] == "['csp_policy', 'redis_pool']", result.stderr


@pytest.mark.slow
def test_environment_naming_no_fence_stops_the_start():
    result = _manage("check", env=_settings_env("redis_pools"))
    assert "LIBRARY_FENCES_OFF names no fence: redis_pools" in result.stderr


# Wagtail's per-request memo (portal/fences/wagtail_routes.py)


@pytest.mark.django_db
def test_wagtail_finds_the_restored_site_without_a_query(home_page, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    request = _request()
    wagtail_routes.restore_site(request, site, [])
    with django_assert_num_queries(0):
        found = Site.find_for_request(request)
    assert found is site, broken(ROUTES, "Site.find_for_request ignores request._wagtail_site")


@pytest.mark.django_db
def test_wagtail_serves_the_restored_route():
    request = _request()
    route = object()
    wagtail_routes.restore_route(request, route)
    assert Page.route_for_request(request, "/any/") is route, broken(
        ROUTES, "Page.route_for_request ignores request._wagtail_route_for_request"
    )


@pytest.mark.django_db
def test_wagtail_reads_the_restored_site_settings(home_page, django_assert_num_queries):
    setting = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    request = _request()
    wagtail_routes.restore_site(request, Site.objects.get(is_default_site=True), [setting])
    with django_assert_num_queries(0):
        found = PortalSettings.for_request(request)
    assert found is setting, broken(
        ROUTES, "BaseSiteSetting.for_request ignores request.<get_cache_attr_name()>"
    )


@pytest.mark.django_db
def test_wagtail_gives_a_loaded_setting_its_request(home_page):
    request = _request()
    setting = PortalSettings.for_request(request)
    assert getattr(setting, wagtail_routes.SETTING_REQUEST_ATTRIBUTE, None) is request, broken(
        ROUTES, "BaseSiteSetting.for_request no longer sets setting._request"
    )


@pytest.mark.django_db
def test_a_pickled_setting_leaves_its_request_out(home_page):
    setting = PortalSettings.for_request(_request())
    assert wagtail_routes.SETTING_REQUEST_ATTRIBUTE not in setting.__getstate__(), broken(
        ROUTES, "BaseSiteSetting.__getstate__ keeps _request (the cache would pickle it)"
    )


def test_page_route_takes_the_request_and_path_components():
    assert list(inspect.signature(Page.route).parameters)[:3] == [
        "self", "request", "path_components"
    ], broken(ROUTES, "Page.route(request, path_components) changed")


# Django's Redis cache client (portal/fences/redis_pool.py)


def test_redis_cache_client_keeps_its_pool_and_client_class():
    client = RedisCacheClient([TEST_REDIS_URL])
    assert client._client is redis.Redis, broken(REDIS, "RedisCacheClient._client changed")
    pool = client._get_connection_pool(True)
    assert isinstance(pool, redis.ConnectionPool), broken(
        REDIS, "RedisCacheClient._get_connection_pool(write) changed"
    )


def test_redis_cache_client_get_client_signature():
    parameters = inspect.signature(RedisCacheClient.get_client).parameters
    assert list(parameters) == ["self", "key", "write"], broken(REDIS, "get_client changed")
    assert parameters["write"].kind is inspect.Parameter.KEYWORD_ONLY, broken(
        REDIS, "get_client's write is no longer keyword-only"
    )


def test_redis_cache_instantiates_its_client_class():
    cache = DjangoRedisCache(TEST_REDIS_URL, {})
    cache._class = redis_pool.ReusingRedisCacheClient
    assert isinstance(cache._cache, redis_pool.ReusingRedisCacheClient), broken(
        REDIS, "RedisCache._cache no longer instantiates RedisCache._class"
    )


def test_reused_client_serves_every_call():
    cache = DjangoRedisCache(TEST_REDIS_URL, {})
    redis_pool.install(cache)
    assert cache._cache.get_client("a") is cache._cache.get_client("b", write=True), broken(
        REDIS, "the cache's calls no longer go through one client per pool"
    )


def test_raw_client_answers():
    assert redis_pool.raw_client(DjangoRedisCache(TEST_REDIS_URL, {})).ping(), broken(
        REDIS, "RedisCache._cache.get_client(write=True) is no Redis client"
    )


# django-csp's middleware (portal/fences/csp.py)


def _csp_attributes(decorator):
    response = decorator(lambda request: HttpResponse())(_request())
    return {name for name in vars(response) if name.startswith("_csp_")}


def test_csp_decorators_set_the_attributes_the_fence_reads():
    attributes = set()
    for report_only in (False, True):
        attributes |= _csp_attributes(csp_decorators.csp({}, REPORT_ONLY=report_only))
        attributes |= _csp_attributes(csp_decorators.csp_update({}, REPORT_ONLY=report_only))
        attributes |= _csp_attributes(csp_decorators.csp_replace({}, REPORT_ONLY=report_only))
        attributes |= _csp_attributes(csp_decorators.csp_exempt(REPORT_ONLY=report_only))
    assert attributes == {*csp.OVERRIDES, *csp.EXEMPTIONS}, broken(
        CSP, "django-csp's decorators set other response attributes"
    )


def test_csp_nonce_is_kept_where_the_fence_reads_it():
    request = _request()
    PlainCSPMiddleware(lambda request: HttpResponse()).process_request(request)
    nonce = str(request.csp_nonce)
    assert getattr(request, csp.NONCE_ATTRIBUTE, None) == nonce, broken(
        CSP, "django-csp no longer keeps the nonce in request._csp_nonce"
    )


def test_csp_nonce_after_the_header_raises():
    with pytest.raises(CSPNonceError):
        PlainCSPMiddleware._csp_nonce_post_response()


@pytest.mark.parametrize("path", ["/", "/admin/"])
def test_fenced_csp_headers_match_django_csps(path):
    request = RequestFactory().get(path)
    fenced = csp.CSPMiddleware(lambda request: HttpResponse()).process_response(
        request, HttpResponse()
    )
    plain = PlainCSPMiddleware(lambda request: HttpResponse()).process_response(
        RequestFactory().get(path), HttpResponse()
    )
    headers = ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
    assert [fenced.get(h) for h in headers] == [plain.get(h) for h in headers], broken(
        CSP, "django-csp's process_response writes other headers than the fence"
    )


# Django's WSGI handler (portal/fences/django_handler.py)


def test_base_handler_keeps_the_attributes_the_fence_fills():
    for name in (
        "_middleware_chain", "_view_middleware", "_template_response_middleware",
        "_exception_middleware",
    ):
        assert hasattr(BaseHandler, name), broken(HANDLER, f"BaseHandler.{name} is gone")


def test_load_middleware_signature():
    assert list(inspect.signature(BaseHandler.load_middleware).parameters) == [
        "self", "is_async"
    ], broken(HANDLER, "BaseHandler.load_middleware(is_async=False) changed")


@pytest.mark.django_db
def test_short_chain_answers_with_its_view():
    handler = ShortChainHandler(lambda request: HttpResponse("kết quả"), [])
    answer = call_wsgi(handler, "/anything/")
    assert answer["body"] == "kết quả".encode(), broken(
        HANDLER, "a request no longer goes through BaseHandler._middleware_chain"
    )


# treebeard's materialised paths (portal/fences/treebeard_paths.py)


@pytest.fixture
def article(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))


@pytest.fixture(params=["on", "off"])
def fence(request, settings):
    if request.param == "off":
        fence_off(settings, "treebeard_paths")


def test_page_steps_are_four_characters():
    assert Page.steplen == 4, broken(TREEBEARD, "Page.steplen changed")


@pytest.mark.django_db
def test_parent_path_is_treebeards_parent(fence, article):
    assert treebeard_paths.parent_path(article.path) == article.get_parent().path, broken(
        TREEBEARD, "a page's path is no longer its parent's path and one step"
    )


@pytest.mark.django_db
def test_ancestor_paths_are_treebeards_ancestors(fence, article):
    expected = [*article.get_ancestors().values_list("path", flat=True), article.path]
    assert treebeard_paths.ancestor_paths(article.path) == expected, broken(
        TREEBEARD, "ancestors' paths are no longer the prefixes of a page's path"
    )


@pytest.mark.django_db
def test_subtree_is_treebeards_tree(fence, article, home_page):
    found = set(Page.objects.filter(treebeard_paths.subtree_q(home_page.path)))
    assert found == set(Page.get_tree(home_page)), broken(
        TREEBEARD, "descendants' paths no longer start with the page's path"
    )


@pytest.mark.django_db
def test_is_at_or_below_follows_the_tree(fence, article, home_page):
    assert treebeard_paths.is_at_or_below(article.path, home_page.path)
    assert not treebeard_paths.is_at_or_below(home_page.path, article.path)
