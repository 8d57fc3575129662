"""Editors' side of the admin: dashboard panels and the translation status report."""
