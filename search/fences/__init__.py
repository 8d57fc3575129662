"""The search app's fences around libraries' private behaviour (see portal/fences/)."""
