"""Fence around django-treebeard's materialised paths (django-treebeard 5.3.1, as
Wagtail 8.0.1 uses it for `wagtail.models.Page`).

The portal reads the tree from the `path` column instead of asking treebeard's
methods, which cost a query each: a page's path is its parent's path followed by
one step of `MP_Node.steplen` characters (4 for pages), so

- the pages at or below a page are those whose path starts with its path (what
  `MP_Node.get_tree(parent)` filters on, written as a condition any queryset can
  take: public listings exclude restricted subtrees with it);
- a page's ancestors' paths are the prefixes of its path in steps of `steplen`
  (what `MP_Node.get_ancestors` computes), and its parent's path is its path less
  the last step (`MP_Node._get_basepath(path, depth - 1)`, which
  `MP_Node.get_parent` uses).

tests/portal/test_fences.py checks `steplen`, and these rules against treebeard's
own methods on a real tree. With `LIBRARY_FENCES["treebeard_paths"]` off, each
function asks the public methods of treebeard (and Wagtail's page tree on top)
instead: `get_parent` and `get_ancestors` of a page standing for the path (it may
not be saved yet), `get_tree` of the page at the path; a query more per call, the
same answers.
"""

from django.db.models import Q
from wagtail.models import Page

from portal.fences import enabled


def _on():
    return enabled("treebeard_paths")


def _node(path):
    # What treebeard's own methods compute a page's parent and ancestors from.
    return Page(path=path)


def parent_path(path):
    """The path of the parent of the page at `path` ("" for the root)."""
    if _on():
        return path[: -Page.steplen]
    parent = _node(path).get_parent()
    return parent.path if parent is not None else ""


def ancestor_paths(path):
    """The paths of the page at `path` and of its ancestors, root first."""
    if _on():
        return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
    # An unsaved page's ancestors would include the page itself where it is saved.
    ancestors = _node(path).get_ancestors().exclude(path=path).order_by("depth")
    return [*ancestors.values_list("path", flat=True), path]


def is_at_or_below(path, ancestor):
    """Whether the page at `path` is the page at `ancestor` or one of its descendants."""
    if _on():
        return path.startswith(ancestor)
    return ancestor in ancestor_paths(path)


def subtree_q(path, prefix=""):
    """A condition for the pages at or below the page at `path`; `prefix` names the
    relation to the page ("page__" on a model that refers to one)."""
    if _on():
        return Q(**{f"{prefix}path__startswith": path})
    page = Page.objects.filter(path=path).first()
    if page is None:
        return Q(**{f"{prefix}pk__in": []})
    return Q(**{f"{prefix}pk__in": Page.get_tree(page).values("pk")})
