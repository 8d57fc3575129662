"""For the tests of the library fences (portal/fences/, search/fences/)."""


def fence_off(settings, name):
    """Turn the fence `name` off for one test (pytest-django's `settings`)."""
    settings.LIBRARY_FENCES = {**settings.LIBRARY_FENCES, name: False}


def broken(module, what):
    """The message of a failed fence check: which fence, what changed, what to do."""
    return (
        f"{module}: {what}. The library changed under this fence: mend the fence (its "
        "docstring lists what it relies on) or turn it off in LIBRARY_FENCES."
    )
