"""Write the whole site (database and media) into one .tar.gz archive.

PostgreSQL is dumped with pg_dump (custom format), SQLite with dumpdata; the media
folder goes in as it is. `restore_site` reads the archive back.
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path

import redis
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from home.analytics.counters import get_view_counter
from home.backups import EXCLUDED_FROM_DUMPDATA, FORMAT_VERSION, run_pg_tool


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu và tệp media vào một tệp .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Tệp lưu bản sao (mặc định: var/backups/portal-<thời gian>.tar.gz).",
        )

    def handle(self, *args, **options):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        output = Path(options["output"] or settings.VAR_DIR / "backups" / f"portal-{stamp}.tar.gz")
        output.parent.mkdir(parents=True, exist_ok=True)
        self._flush_view_counts()
        vendor = connection.vendor
        with tempfile.TemporaryDirectory() as workdir:
            if vendor == "postgresql":
                dump = Path(workdir) / "database.dump"
                self._pg_dump(dump)
            else:
                dump = Path(workdir) / "database.json"
                with dump.open("w", encoding="utf-8") as stream:
                    call_command(
                        "dumpdata",
                        exclude=EXCLUDED_FROM_DUMPDATA,
                        stdout=stream,
                    )
            manifest = {
                "format": FORMAT_VERSION,
                "vendor": vendor,
                "database": dump.name,
                "created": timezone.now().isoformat(),
            }
            # Written to a temporary name first, so a failed run never leaves a
            # truncated archive that looks like a backup.
            partial = output.with_name(output.name + ".part")
            with tarfile.open(partial, "w:gz") as archive:
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo("manifest.json")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
                archive.add(dump, arcname=dump.name)
                media = Path(settings.MEDIA_ROOT)
                if media.is_dir():
                    archive.add(media, arcname="media")
            partial.replace(output)
        self.stdout.write(self.style.SUCCESS(_("Đã sao lưu vào %s") % output))

    def _flush_view_counts(self):
        """Views still counted in Redis go into the daily tables first, so the archive
        holds them. An unreachable Redis does not stop the backup: its counts stay
        there for the next flush, and the operator is told."""
        try:
            get_view_counter().flush()
        except redis.RedisError as error:
            self.stderr.write(
                _("Không chuyển được lượt xem đang chờ trong Redis (%(error)s); bản sao "
                  "lưu không có các lượt xem đó.") % {"error": error}
            )

    def _pg_dump(self, target):
        name = connection.settings_dict["NAME"]
        options = ["--format=custom", "--no-owner", "--no-privileges"]
        run_pg_tool("pg_dump", *options, "--file", str(target), name)
