"""Template tags of the search: every search box limits its input to what the
search service accepts, so a reader is stopped while typing, not by an error."""

from django import template

from search.query import MAX_QUERY_LENGTH

register = template.Library()


@register.simple_tag
def search_max_length():
    return MAX_QUERY_LENGTH
