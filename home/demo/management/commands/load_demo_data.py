from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from home.demo import (
    archive,
    awards,
    awards_lookup,
    consultations,
    identity,
    inventory,
    menu,
    pages,
    translations,
    view_counts,
)

# The exit status of a refusal, so `make run` can serve a database it must not fill
# and still stop on any other failure.
REFUSED = 3


def _both_languages(message):
    """The message in Vietnamese and, below, in English."""
    texts = []
    for language in ("vi", "en"):
        with translation.override(language):
            texts.append(message())
    return "\n".join(dict.fromkeys(texts))


class Command(BaseCommand):
    help = (
        "Tạo trang web mẫu bằng tiếng Việt (chạy lại nhiều lần vẫn cho cùng nội dung). Từ chối "
        "cơ sở dữ liệu đã có nội dung không do dữ liệu mẫu tạo ra, trừ khi có --force."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Vẫn nạp khi cơ sở dữ liệu đã có nội dung khác (không bao giờ thêm lượt xem "
            "mẫu nơi đã có lượt xem thật).",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            found = inventory.foreign_content()
            if found and not options["force"]:
                raise CommandError(
                    _both_languages(lambda: self._refusal(found)), returncode=REFUSED
                )
            home = pages.build()
            identity.build(home.get_site())
            archive_page = archive.build(home)
            awards.build(archive_page)
            awards_lookup.build(home, archive_page)
            consultations.build(home)
            translations.build()
            view_counts.ensure_most_viewed_page(home)
            menu.arrange(home)
            # Last, so that every page built above gets its year of view counts.
            written = view_counts.build_view_counts()
        if written is None:
            self.stdout.write(
                _both_languages(
                    lambda: _(
                        "Đã có lượt xem thật: thống kê lượt xem được giữ nguyên, không thêm số "
                        "liệu mẫu."
                    )
                )
            )
        # Pages were saved outside a request, so make sure search and references
        # reflect them.
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))

    def _refusal(self, found):
        return _(
            "Cơ sở dữ liệu đã có nội dung không do dữ liệu mẫu tạo ra (%(found)s): không ghi "
            "gì. Dùng --force để vẫn nạp dữ liệu mẫu bên cạnh nội dung đó."
        ) % {"found": ", ".join(str(label) for label in found)}
