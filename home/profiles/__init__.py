"""Exemplary people and collectives (điển hình tiên tiến): the profile index and pages."""
