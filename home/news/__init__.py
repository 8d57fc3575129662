"""News: the news index (with its RSS feed) and the news pages."""
