"""A large, realistic and deterministic site for benchmarks (`generate_load_data`).

`vocabulary` and `phrases` hold the word lists, `content` turns a seed and an ordinal
into the fields of one page, `bulk` writes thousands of pages at once (tree paths,
every table of a page type, search entries, daily view counts).
"""
