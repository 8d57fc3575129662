"""Counting the dates the `|date` filter writes, to show rows shown on every cold page
carry theirs already written (portal/dates.py)."""

from django.utils import formats


def count_date_filter_calls(monkeypatch):
    """Returns the list that collects the arguments of every `formats.date_format`
    call (what `|date` calls) from now on."""
    formatted = []
    date_format = formats.date_format
    monkeypatch.setattr(
        formats,
        "date_format",
        lambda *args, **kwargs: formatted.append(args) or date_format(*args, **kwargs),
    )
    return formatted
