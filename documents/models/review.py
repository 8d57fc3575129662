"""The review flag of imported documents (issue #22: no text is lost): the importer
saves a text whose subject or date it could not find as a draft, names the missing
fields here, and the admin report "Văn bản cần kiểm tra" lists the drafts still
flagged (documents.importer.review)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewFlag(models.Model):
    # The required fields the importer did not find (comma-separated); the page's
    # `save` keeps only those still empty, so the report lists exactly what lacks.
    needs_review = models.CharField(
        _("cần kiểm tra"), max_length=64, blank=True, default="", editable=False, db_index=True
    )

    class Meta:
        abstract = True

    def missing_fields(self):
        """The names of the flagged fields (see `needs_review`) still left empty. Only
        names of this model's own fields count: the column is text, and whatever else
        it holds must not be read as an attribute name."""
        fields = {field.name for field in self._meta.concrete_fields}
        return [
            name
            for name in self.needs_review.split(",")
            if name in fields and not getattr(self, name)
        ]

    @property
    def missing_field_labels(self):
        return [str(self._meta.get_field(name).verbose_name) for name in self.missing_fields()]
