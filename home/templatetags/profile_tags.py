"""`{% profile_placeholder profile %}`: what a profile without a photo shows instead."""

from django import template

from home.models import ProfileKind

register = template.Library()


def initials(name):
    """The first letters of the family and the given name ("Lò Thị Mai" → "LM"), as
    Vietnamese name badges show them; one letter for a one-word name."""
    words = name.split()
    if not words:
        return ""
    letters = words[0][0] if len(words) == 1 else words[0][0] + words[-1][0]
    return letters.upper()


@register.inclusion_tag("components/profile_placeholder.html")
def profile_placeholder(profile):
    return {
        "collective": profile.kind == ProfileKind.COLLECTIVE,
        "initials": initials(profile.title),
    }
