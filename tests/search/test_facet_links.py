"""The search page's facet links cost the same work however many options the
facets have (some seventy at 100,000 documents): no template node and no copy of
the request's parameters per option."""

from django.http import QueryDict
from django.template import Node
from django.template.loader import render_to_string
from django.test import RequestFactory

from search.facets import FacetOption
from search.views import _link_facets


def _years(count):
    return [
        FacetOption(str(2000 + index), str(2000 + index), index + 1, selected=index == 0)
        for index in range(count)
    ]


def _nodes_rendered(monkeypatch, options):
    rendered = []
    render_annotated = Node.render_annotated

    def counting(node, context):
        rendered.append(node)
        return render_annotated(node, context)

    monkeypatch.setattr(Node, "render_annotated", counting)
    render_to_string(
        "search/includes/facet.html", {"name": "year", "heading": "Năm", "options": options}
    )
    monkeypatch.undo()
    return len(rendered)


def test_a_facet_renders_as_many_template_nodes_for_sixty_options_as_for_three(monkeypatch):
    assert _nodes_rendered(monkeypatch, _years(60)) == _nodes_rendered(monkeypatch, _years(3))


def test_the_parameters_are_encoded_once_per_facet_not_per_option(monkeypatch):
    request = RequestFactory().get("/tim-kiem/", {"q": "thi đua", "year": "2000", "page": "2"})
    facets = {"type": [], "year": _years(30), "issuer": _years(20)}
    encoded = []
    urlencode = QueryDict.urlencode

    def counting(params, *args, **kwargs):
        encoded.append(params)
        return urlencode(params, *args, **kwargs)

    monkeypatch.setattr(QueryDict, "urlencode", counting)
    _link_facets(request, facets)
    assert len(encoded) == 2
