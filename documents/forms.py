from django.utils.translation import gettext as _

from portal.uploads import DocumentForm as CheckedUploadForm


class DocumentForm(CheckedUploadForm):
    """The admin form of uploaded documents: uploads are checked against their type
    (portal.uploads), and the extracted text is shown read-only, with the note
    explaining why it is empty or partial when reading failed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_field = self.fields.get("extracted_text")
        if text_field is None:
            return
        text_field.disabled = True
        text_field.required = False
        note = self.instance.extraction_note
        if note:
            text_field.help_text = _("Lưu ý: %(note)s") % {"note": note}
