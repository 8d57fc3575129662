"""Listing pages (news, profiles, events, the archive) keep their cards in a cached
fragment per address, under the same tokens as the page cache (a publish in the
section retires them), so a warm request reads neither the items nor their counts."""

import hashlib


def listing_fragment(request, name, *parts):
    """The `cached_fragment` name of a listing's cards for this request's filters and
    page number, or "" when the page number is malformed (those would only fill
    the cache). Hashed: the parts come from the address bar."""
    number = request.GET.get("page", "1")
    if not (number.isascii() and number.isdigit() and len(number) <= 6):
        return ""
    text = "\x1f".join(str(part) for part in (number, *parts))
    return f"{name}:{hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()}"
