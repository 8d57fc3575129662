"""One condition for "the row is in any of these short lists of ids".

Boxes read a few pages for each of their lists (the newest news, the events to
come, the most viewed) in one query: `pk IN (list 1) OR pk IN (list 2) …`. Joined
by OR, PostgreSQL and SQLite test every row of the table against each list, a scan
of every page (250 ms for the home page's boxes at 100,000 documents on the first
request after a publish); as one UNION ALL of the lists, each row is read through
its key.
"""

from django.db.models import Q


def pk_in_any(lists):
    """Q: the row's pk is in one of `lists` (querysets of one column, the ids; a
    sliced one lists its own model's pks); matches nothing when there are none."""
    members = [_member(ids) for ids in lists]
    if not members:
        return Q(pk__in=[])
    first, *others = members
    return Q(pk__in=first.union(*others, all=True) if others else first)


def _member(ids):
    if ids.query.is_sliced:
        # SQLite takes no LIMIT in a member of a UNION: the list is wrapped in a
        # query of its own model reading it through the key.
        return ids.model._base_manager.filter(pk__in=ids).order_by().values("pk")
    # Unordered: a sort in a member of a UNION sorts every row it lists.
    return ids.order_by()
