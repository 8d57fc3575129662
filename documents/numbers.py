"""The document-number key now lives with the rest of the Vietnamese text rules in
search.text; this name stays for callers not yet moved there (home's honour links,
the load-data generator)."""

from search.text import normalise_number

__all__ = ["normalise_number"]
