"""Fixed vocabularies of official documents: types, validity and signing capacity."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    """Kinds of official documents; the value is the URL-safe key used by the archive
    filter, `code` is the abbreviation printed in document numbers."""

    PLAN = "ke-hoach", _("Kế hoạch")
    DIRECTIVE = "chi-thi", _("Chỉ thị")
    DECISION = "quyet-dinh", _("Quyết định")
    OFFICIAL_LETTER = "cong-van", _("Công văn")
    GUIDANCE = "huong-dan", _("Hướng dẫn")
    NOTICE = "thong-bao", _("Thông báo")
    REPORT = "bao-cao", _("Báo cáo")
    RESOLUTION = "nghi-quyet", _("Nghị quyết")
    SUBMISSION = "to-trinh", _("Tờ trình")

    @property
    def code(self):
        return TYPE_CODES[self.value]


TYPE_CODES = {
    DocumentType.PLAN: "KH",
    DocumentType.DIRECTIVE: "CT",
    DocumentType.DECISION: "QĐ",
    DocumentType.OFFICIAL_LETTER: "CV",
    DocumentType.GUIDANCE: "HD",
    DocumentType.NOTICE: "TB",
    DocumentType.REPORT: "BC",
    DocumentType.RESOLUTION: "NQ",
    DocumentType.SUBMISSION: "TTr",
}


class DocumentStatus(models.TextChoices):
    IN_FORCE = "con-hieu-luc", _("Còn hiệu lực")
    EXPIRED = "het-hieu-luc", _("Hết hiệu lực")
    REPLACED = "bi-thay-the", _("Bị thay thế")


class SignerCapacity(models.TextChoices):
    """How the signer signs: on behalf of the collective, as deputy, as acting head,
    by order, or by authorisation (documents/signature.py prints the lines)."""

    ON_BEHALF = "TM.", _("TM. – thay mặt")
    DEPUTY = "KT.", _("KT. – ký thay")
    ACTING = "Q.", _("Q. – quyền")
    BY_ORDER = "TL.", _("TL. – thừa lệnh")
    BY_AUTHORISATION = "TUQ.", _("TUQ. – thừa ủy quyền")


class BodyLevel(models.TextChoices):
    NATIONAL = "trung-uong", _("Trung ương")
    PROVINCE = "tinh", _("Cấp tỉnh")
    DEPARTMENT = "so-nganh", _("Sở, ban, ngành")
    DISTRICT = "huyen", _("Cấp huyện")
    COMMUNE = "xa", _("Cấp xã")
    BLOC = "khoi-cum", _("Khối, cụm thi đua")
