from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from home.blocks import LinkGroupBlock
from portal.prepared_queries import Parameter, PreparedQuery


def _settings_of_site_queryset(model):
    return model.base_queryset().filter(site_id=Parameter("site_id", models.IntegerField()))


_SETTINGS_OF_SITE = PreparedQuery(_settings_of_site_queryset)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Site-wide facts editors keep up to date under Settings → "Thông tin cổng".

    The header (emblem, parent body, board name, hotline), the favicon, the admin's
    branding, the footer and the "Liên kết website" box render from it.
    """

    organisation_name = models.CharField(
        _("tên cơ quan chủ quản"),
        max_length=255,
        default="Sở Nội vụ",
        help_text=_("Hiện ở đầu trang và chân trang, ví dụ: Sở Nội vụ tỉnh Lạng Sơn."),
    )
    organisation_name_en = models.CharField(
        _("tên cơ quan chủ quản (tiếng Anh)"), max_length=255, blank=True
    )
    board_name = models.CharField(
        _("tên Ban"),
        max_length=255,
        default="Ban Thi đua – Khen thưởng",
        help_text=_("Tên đơn vị quản lý cổng thông tin."),
    )
    board_name_en = models.CharField(_("tên Ban (tiếng Anh)"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Biểu trưng (logo) của Ban, ảnh PNG hoặc WebP vuông, nền trong suốt. Hiện ở đầu "
            "trang, làm biểu tượng trên thẻ trình duyệt và trong trang quản trị. Để trống thì "
            "dùng biểu trưng mẫu đi kèm cổng."
        ),
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    address_en = models.CharField(_("địa chỉ (tiếng Anh)"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=64, blank=True)
    hotline = models.CharField(
        _("đường dây nóng"),
        max_length=64,
        blank=True,
        help_text=_("Số điện thoại đường dây nóng, hiện ở đầu trang, ví dụ: 0205 3 812 399."),
    )
    fax = models.CharField(_("fax"), max_length=64, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    editorial_head = models.CharField(
        _("trưởng ban biên tập"),
        max_length=255,
        blank=True,
        help_text=_("Họ tên và chức vụ người chịu trách nhiệm nội dung cổng."),
    )
    editorial_head_en = models.CharField(
        _("trưởng ban biên tập (tiếng Anh)"), max_length=255, blank=True
    )
    links = StreamField(
        [("group", LinkGroupBlock())],
        verbose_name=_("liên kết website"),
        blank=True,
        help_text=_("Các nhóm liên kết tới trang web của sở, ngành và địa phương."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_name_en"),
                FieldPanel("board_name"),
                FieldPanel("board_name_en"),
                FieldPanel("logo"),
                FieldPanel("editorial_head"),
                FieldPanel("editorial_head_en"),
            ],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("hotline"),
                FieldPanel("fax"),
                FieldPanel("email"),
            ],
            heading=_("Liên hệ"),
        ),
        FieldPanel("links"),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")

    @classmethod
    def for_site(cls, site):
        """Wagtail's, with the settings that exist read by a query compiled once per
        process (every cold page reads them); Wagtail creates missing ones."""
        if site is not None:
            found = _SETTINGS_OF_SITE.objects((cls,), site_id=site.pk)
            if found:
                return found[0]
        return super().for_site(site)

    def _localized(self, field):
        # English fields are optional: an empty one falls back to the Vietnamese text.
        if get_language() == "en":
            return getattr(self, f"{field}_en") or getattr(self, field)
        return getattr(self, field)

    @property
    def organisation_name_local(self):
        return self._localized("organisation_name")

    @property
    def board_name_local(self):
        return self._localized("board_name")

    @property
    def editorial_head_local(self):
        return self._localized("editorial_head")

    @property
    def address_local(self):
        return self._localized("address")

    @property
    def hotline_dial(self):
        """The hotline as a tel: link wants it: digits and a leading plus only."""
        return "".join(char for char in self.hotline if char in "0123456789+")
