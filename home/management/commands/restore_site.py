"""Restore an archive written by backup_site into an empty database."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils.translation import gettext as _

from home.backups import FORMAT_VERSION, run_pg_tool


class Command(BaseCommand):
    help = "Khôi phục bản sao lưu của backup_site vào một cơ sở dữ liệu trống."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Tệp .tar.gz do backup_site tạo ra.")

    def handle(self, *args, **options):
        archive_path = Path(options["archive"])
        if not archive_path.is_file():
            raise CommandError(_("Không tìm thấy tệp sao lưu %s.") % archive_path)
        if connection.introspection.table_names():
            raise CommandError(
                _(
                    "Cơ sở dữ liệu đích không trống. Hãy khôi phục vào một cơ sở dữ liệu "
                    "mới để không ghi đè dữ liệu đang có."
                )
            )
        with tempfile.TemporaryDirectory() as workdir:
            work = Path(workdir)
            try:
                with tarfile.open(archive_path, "r:gz") as archive:
                    # The "data" filter refuses absolute paths, links out of the
                    # folder and device files: an archive cannot write elsewhere.
                    archive.extractall(work, filter="data")
                manifest = json.loads((work / "manifest.json").read_text())
            except (tarfile.TarError, OSError, ValueError) as error:
                message = _("Tệp sao lưu hỏng hoặc không đúng định dạng: %s") % error
                raise CommandError(message) from error
            if manifest.get("format") != FORMAT_VERSION:
                raise CommandError(_("Phiên bản tệp sao lưu không được hỗ trợ."))
            dump = work / manifest["database"]
            if manifest["vendor"] == "postgresql":
                if connection.vendor != "postgresql":
                    raise CommandError(
                        _("Bản sao lưu PostgreSQL chỉ khôi phục được vào PostgreSQL.")
                    )
                self._pg_restore(dump)
            else:
                call_command("migrate", interactive=False, verbosity=0)
                # migrate leaves Wagtail's initial pages and freshly numbered content
                # types behind; the archive holds the real ones, with their keys.
                call_command(
                    "flush", interactive=False, inhibit_post_migrate=True, verbosity=0
                )
                call_command("loaddata", str(dump), verbosity=0)
            self._restore_media(work / "media")
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(_("Đã khôi phục từ %s") % archive_path))

    def _pg_restore(self, dump):
        name = connection.settings_dict["NAME"]
        options = ["--no-owner", "--no-privileges", "--exit-on-error"]
        run_pg_tool("pg_restore", *options, "--dbname", name, str(dump))

    def _restore_media(self, source):
        if not source.is_dir():
            return
        target = Path(settings.MEDIA_ROOT)
        target.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target, dirs_exist_ok=True)
