"""Where the portal relies on a library's private behaviour, each library apart.

A fence is one module that holds every use of one library's private names (leading
underscore attributes, overridden internals, request attributes the library reads
behind its own API). Its docstring says what it relies on and for which versions;
tests/portal/test_fences.py (and tests/search/test_fences.py for the search app's)
fail with the fence's name as soon as an upgrade changes those names; and
`LIBRARY_FENCES[<name>] = False` (environment: `LIBRARY_FENCES_OFF=<name>,…`) makes
the site use the library's plain behaviour instead, a little slower but independent
of its internals, until the fence is mended.

The fences of the portal itself live here; a fence that serves one app only lives in
that app's `fences` package (search/fences/), so no app imports a content app to
reach one.
"""

from django.conf import settings

# Every fence, by the name LIBRARY_FENCES and LIBRARY_FENCES_OFF use.
FENCES = (
    "wagtail_routes",  # portal/fences/wagtail_routes.py
    "redis_pool",  # portal/fences/redis_pool.py
    "csp_policy",  # portal/fences/csp.py
    "wsgi_handler",  # portal/fences/django_handler.py
    "modelsearch_compilers",  # search/fences/modelsearch/
    "treebeard_paths",  # portal/fences/treebeard_paths.py
)


def enabled(name):
    """Whether the fence `name` is on (the default); an unknown name is an error, so
    a misspelt setting cannot silently leave a fence on."""
    if name not in FENCES:
        raise KeyError(f"No library fence named {name!r}; the fences are {', '.join(FENCES)}")
    return bool(getattr(settings, "LIBRARY_FENCES", {}).get(name, True))
