# Two look-ups every page makes on its first request after a publish (each publish
# retires the cached routes and fragments) read every page of the site for want of
# an index: 44 and 60 ms on PostgreSQL at 100,000 documents.
#
# - The header's menu (home.templatetags.navigation_tags) is read with the
#   breadcrumb and the translations in one query, three conditions joined by OR, of
#   which only the menu's (the home page's children shown in menus) had no index.
#   A partial index holds the menu's pages only (a few dozen rows); with it both
#   databases answer each condition from an index (BitmapOr, MULTI-INDEX OR).
# - The route to a page (portal.route_walk) reads the pages whose url_path is a
#   prefix of the address: Wagtail indexes the tree's path, not url_path.

from django.db import migrations

INDEXES = {
    "home_menu_pages": "(depth) WHERE show_in_menus",
    "home_page_url_path": "(url_path)",
}
VENDORS = ("postgresql", "sqlite")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor not in VENDORS:
        return
    table = schema_editor.quote_name(apps.get_model("wagtailcore", "Page")._meta.db_table)
    for name, definition in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor not in VENDORS:
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_translatable_snippets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
