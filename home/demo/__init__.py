"""The demo site and the benchmark data, kept out of the production code path.

A Django app of its own (label `demo`, no models) that development and test settings
install and production settings do not, so a deployment has neither its commands
(`load_demo_data`, `ensure_demo_admin`, `generate_load_data`) nor its code loaded:

- `pages`, `sections`, `events`, `archive`, `view_counts`, `images`: the demo site of
  the fictional tỉnh Sông Xanh (`load_demo_data`), with its texts in `*_texts` modules;
- `inventory`: what the demo creates, so `load_demo_data` can tell a database it may
  fill from one holding somebody's content;
- `load_data`: the large generated site for benchmarks (`generate_load_data`).
"""
