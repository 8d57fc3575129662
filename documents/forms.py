from django.utils.translation import gettext as _

from documents import replacement
from portal.uploads import DocumentForm as CheckedUploadForm
from portal.uploads import ImageForm as CheckedImageForm


class FileReplacementGuard:
    """Replacing the file of a document or image used by a live page is an edit of
    that page: refused unless the user may publish each such page (documents.
    replacement), and then written to those pages' history. Every admin route that
    changes a file builds its form from these bases (Wagtail's edit views; the
    multiple-upload edit forms leave the file out; uploads create new objects)."""

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)
        self.original_file_name = self.instance.file.name if self.instance.pk else ""

    def is_replacing_file(self):
        return bool(self.instance.pk) and "file" in self.changed_data

    def clean(self):
        cleaned_data = super().clean()
        if self.is_replacing_file() and not self.has_error("file"):
            blocking = replacement.pages_blocking(self.user, self.instance)
            if blocking:
                self.add_error("file", replacement.replacement_refusal(self.instance, blocking))
        return cleaned_data

    def save(self, commit=True):
        replacing = self.is_replacing_file()
        instance = super().save(commit=commit)
        if commit and replacing:
            replacement.log_replacement(self.user, instance, self.original_file_name)
        return instance


class DocumentForm(FileReplacementGuard, CheckedUploadForm):
    """The admin form of uploaded documents: uploads are checked against their type
    (portal.uploads), replacing a published file needs publish permission, and the
    extracted text can be corrected by hand (a correction is kept: a later
    recognition does not overwrite it unless the editor asks), with the note
    explaining why it is empty or partial when reading failed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_field = self.fields.get("extracted_text")
        if text_field is None:
            return
        text_field.required = False
        # A new upload's text is read from its file: there is nothing to correct yet.
        text_field.disabled = not self.instance.pk
        note = self.instance.extraction_note
        if note:
            text_field.help_text = _("Lưu ý: %(note)s") % {"note": note}

    def text_was_corrected(self):
        if "extracted_text" not in self.fields or "file" in self.changed_data:
            return False
        # Browsers send a textarea's line breaks as CRLF: only real edits count.
        posted = (self.cleaned_data.get("extracted_text") or "").replace("\r\n", "\n")
        return posted.strip() != (self.instance.extracted_text or "").strip()

    def _post_clean(self):
        corrected = self.text_was_corrected()
        super()._post_clean()
        if corrected:
            self.instance.text_corrected = True


class ImageForm(FileReplacementGuard, CheckedImageForm):
    """The admin form of images (WAGTAILIMAGES_IMAGE_FORM_BASE): Wagtail's own, with
    the upload's content checked (portal.uploads) and the same guard on replacing a
    published file as documents have."""
