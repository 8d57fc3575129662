"""Awardee names and counts as the lists print them."""

import re

from django.utils.translation import gettext as _

from search.text import fold, normalize

# Forms of address printed before a person's name; they are not part of the name.
# "Đ/c" is the usual abbreviation of "Đồng chí" in lists.
_HONORIFIC = re.compile(r"^\s*(?:ông|bà|đồng\s+chí|đ/c|đ\.c\.?)\s*[:.]?\s+(?=\S)", re.IGNORECASE)


def without_honorific(text):
    """`text` in NFC with a leading Ông, Bà, Đồng chí or Đ/c removed."""
    return _HONORIFIC.sub("", normalize(text).strip(), count=1).strip()


def folded_key(text):
    """The look-up key of a name or unit: folded (no marks, đ→d, i/y unified) with
    runs of white space made single."""
    return " ".join(fold(normalize(text)).split())


def two_digits(number):
    """Counts as official lists print them: 03, 08, 12, 120."""
    return f"{number:02d}"


def counts_text(collective, individual):
    """ "03 tập thể và 08 cá nhân", or one of the two when the other is zero."""
    values = {"collective": two_digits(collective), "individual": two_digits(individual)}
    if collective and individual:
        return _("%(collective)s tập thể và %(individual)s cá nhân") % values
    if collective:
        return _("%(collective)s tập thể") % values
    return _("%(individual)s cá nhân") % values
