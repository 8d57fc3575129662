"""Template tags of the search: every search box limits its input to what the
search service accepts, so a reader is stopped while typing, not by an error; the
facet options' links."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.query import MAX_QUERY_LENGTH

register = template.Library()


@register.simple_tag
def search_max_length():
    return MAX_QUERY_LENGTH


SELECTED = ' aria-current="true" class="is-selected"'


@register.simple_tag
def facet_links(options):
    """One <li> link per facet option (search.facets.FacetOption, its query_string
    set by the view). Plain string formatting: a template loop over some seventy
    options at 100,000 documents, and format_html after it, spent most of the
    search page's template time resolving, localizing and escaping each value."""
    # Counts are whole numbers and the site groups no thousands (no
    # USE_THOUSAND_SEPARATOR), so localizing them printed them as they are.
    return mark_safe(
        "\n".join(
            f'<li><a href="?{escape(option.query_string)}"'
            f"{SELECTED if option.selected else ''}>{escape(option.label)} "
            f'<span class="search-facet__count">({option.count:d}{"+" if option.more else ""})'
            "</span></a></li>"
            for option in options
        )
    )
