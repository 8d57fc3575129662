"""Congresses and conferences: the event index, the event pages, their agenda and
calendar files."""
