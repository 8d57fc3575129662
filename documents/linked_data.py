"""schema.org `Legislation` JSON-LD for official document pages (issue #22): what search
engines and open-data harvesters read about a document without parsing its HTML.

The page renders it (`{% legislation_json_ld %}`) inside its cached "content" fragment,
so a warm request pays nothing for it; the attachments and the documents it replaces
are the lists the page shows anyway (OfficialDocumentPage.get_context).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from documents.choices import DocumentStatus
from portal.view_restrictions import is_public

SCHEMA_ORG = "https://schema.org/"
# schema.org's LegalForceStatus has no member for "replaced": a replaced text no
# longer applies, which is NotInForce (PartiallyInForce fits no status kept here).
LEGAL_FORCE = {
    DocumentStatus.IN_FORCE: "InForce",
    DocumentStatus.EXPIRED: "NotInForce",
    DocumentStatus.REPLACED: "NotInForce",
}
# The escapes django.utils.html.json_script applies, which only writes
# type="application/json": with "<", ">" and "&" as JSON escapes a subject holding
# "</script>" or "<!--" cannot end the element early, and the JSON still reads the
# same text.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _reference(page, request):
    """Another document, as much as a harvester needs to follow the link."""
    url = page.get_full_url(request)
    node = {"@type": "Legislation", "@id": url, "url": url, "name": page.title}
    if page.number:
        node["legislationIdentifier"] = page.number
    return node


def _media(attachment, request):
    document = attachment.document
    return {
        "@type": "MediaObject",
        "name": attachment.label,
        "contentUrl": request.build_absolute_uri(document.url),
        "encodingFormat": document.content_type,
    }


def legislation(page, request, attachments, replaced):
    """The page as a schema.org Legislation node. `attachments` are the page's
    DocumentAttachment rows, `replaced` the public documents it replaces."""
    url = page.get_full_url(request)
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Legislation",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.subject,
        "legislationType": page.document_type_name,
        "legislationDate": page.issued_on,
        "legislationLegalForce": SCHEMA_ORG + LEGAL_FORCE[page.status],
        # The language the page is served in, which is its locale's (Wagtail routes
        # each language prefix to that locale's tree): page.locale would cost a
        # query on every render the fragment cache does not spare.
        "inLanguage": get_language(),
    }
    if page.number:
        data["legislationIdentifier"] = page.number
    if page.issuing_body_id:
        data["legislationPassedBy"] = {
            "@type": "GovernmentOrganization",
            "name": page.issuing_body.name,
        }
    if attachments:
        data["associatedMedia"] = [_media(item, request) for item in attachments]
    # The replacement, both ways, with legislationChanges: schema.org defines it as
    # "another legislation that this legislation changes", replacement and repeal
    # included. It points from the new text to the old, so the old text states it
    # through JSON-LD's @reverse. The alternatives do not mean succession: isBasedOn
    # is a source a work draws on (our legal bases), workExample an edition of the
    # same work, legislationConsolidates a consolidated text's versions.
    if replaced:
        data["legislationChanges"] = [_reference(document, request) for document in replaced]
    successor = page.replaced_by if page.replaced_by_id else None
    if successor is not None and successor.live and is_public(successor):
        data["@reverse"] = {"legislationChanges": _reference(successor, request)}
    return data


def legislation_script(page, request, attachments, replaced):
    """The <script type="application/ld+json"> element for the page."""
    text = json.dumps(
        legislation(page, request, attachments, replaced),
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
    )
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(SCRIPT_ESCAPES))
    )
