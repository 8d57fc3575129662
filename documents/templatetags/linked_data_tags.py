"""`{% legislation_json_ld %}`: an official document page's schema.org Legislation
JSON-LD (documents.linked_data), from the lists the page's context already holds."""

from django import template

from documents.linked_data import legislation_script

register = template.Library()


@register.simple_tag(takes_context=True)
def legislation_json_ld(context):
    """The attachments and replaced documents are the page's lazy context lists
    (OfficialDocumentPage.get_context), read once for the JSON-LD and the HTML."""
    return legislation_script(
        context["page"],
        context["request"],
        context["attachment_items"],
        context["replaced_documents"],
    )
