"""The citizen's comment form: what is asked, and the Vietnamese messages for what
is refused."""

import re

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

MAX_TEXT = 2000
PHONE = re.compile(r"\+?[0-9][0-9 .()-]{7,18}[0-9]")


class CommentForm(forms.Form):
    name = forms.CharField(
        label=_("Họ và tên"),
        max_length=120,
        error_messages={
            "required": _("Xin cho biết họ và tên."),
            "max_length": _("Họ và tên dài quá 120 ký tự."),
        },
    )
    contact = forms.CharField(
        label=_("Điện thoại hoặc thư điện tử (không bắt buộc)"),
        required=False,
        max_length=254,
        help_text=_("Chỉ cơ quan nhận ý kiến dùng để liên hệ lại; không bao giờ công khai."),
        error_messages={"max_length": _("Điện thoại hoặc thư điện tử dài quá.")},
    )
    candidate = forms.TypedChoiceField(
        label=_("Góp ý về"),
        coerce=int,
        error_messages={
            "required": _("Xin chọn tập thể hoặc cá nhân được góp ý."),
            "invalid_choice": _(
                "Tập thể hoặc cá nhân được chọn không có trong đợt lấy ý kiến này."
            ),
        },
    )
    text = forms.CharField(
        label=_("Nội dung ý kiến"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Tối đa 2.000 ký tự."),
        error_messages={
            "required": _("Xin nhập nội dung ý kiến."),
            "max_length": _("Nội dung ý kiến dài quá 2.000 ký tự (hiện có %(show_value)d ký tự)."),
        },
    )
    # Hidden from people by the template; robots that fill every field fill it.
    website = forms.CharField(label=_("Để trống ô này"), required=False)

    def __init__(self, *args, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.candidates = {candidate.pk: candidate for candidate in candidates}
        self.fields["candidate"].choices = [("", "—")] + [
            (candidate.pk, candidate.name) for candidate in self.candidates.values()
        ]

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Xin nhập nội dung ý kiến."))
        return text

    def clean_contact(self):
        contact = self.cleaned_data["contact"].strip()
        if not contact:
            return ""
        if "@" in contact:
            try:
                validate_email(contact)
            except forms.ValidationError:
                raise forms.ValidationError(_("Thư điện tử không hợp lệ.")) from None
            return contact
        if not PHONE.fullmatch(contact):
            raise forms.ValidationError(
                _("Số điện thoại không hợp lệ; ví dụ: 0912 345 678 hoặc ten@example.vn.")
            )
        return contact

    def is_spam(self):
        return bool(self.data.get("website"))

    def chosen_candidate(self):
        return self.candidates[self.cleaned_data["candidate"]]
