"""Editor panels the official document page types share."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel


def build_metadata_panels(with_type):
    """The "Thuộc tính" tab; plans and directives have a fixed type, so no type field."""
    number_row = [FieldPanel("number")]
    if with_type:
        number_row.append(FieldPanel("document_type"))
    return [
        MultiFieldPanel(
            [
                FieldRowPanel(number_row),
                FieldPanel("issuing_body"),
                FieldRowPanel(
                    [
                        FieldPanel("place_of_issue"),
                        FieldPanel("issued_on"),
                        FieldPanel("effective_on"),
                    ]
                ),
            ],
            heading=_("Số, loại, cơ quan và ngày ban hành"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), PageChooserPanel("replaced_by")],
            heading=_("Hiệu lực"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("signer_capacity"),
                        FieldPanel("signer_title"),
                        FieldPanel("signer_name"),
                    ]
                )
            ],
            heading=_("Người ký"),
        ),
        FieldPanel("legal_bases"),
        FieldPanel("recipients"),
        FieldPanel("areas"),
    ]
