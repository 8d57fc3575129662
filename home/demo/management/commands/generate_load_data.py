import time

from django.core.management.base import BaseCommand
from django.db import connection

from home.demo.load_data.generator import Generator, Sizes


class Command(BaseCommand):
    help = (
        "Tạo một trang web lớn, giống thật và lặp lại được (cùng --seed cho cùng dữ liệu) để "
        "đo hiệu năng: văn bản, tin tức, điển hình, đại hội, quyết định khen thưởng với danh "
        "sách và lượt xem hằng ngày. Chạy lại "
        "chỉ thêm phần còn thiếu."
    )

    def add_arguments(self, parser):
        parser.add_argument("--documents", type=int, default=100_000)
        parser.add_argument("--news", type=int, default=20_000)
        parser.add_argument("--profiles", type=int, default=5_000)
        parser.add_argument("--events", type=int, default=500)
        parser.add_argument(
            "--awards",
            type=int,
            default=0,
            help="Số dòng danh sách khen thưởng (cá nhân, tập thể) thêm vào các quyết định "
            "khen thưởng được tạo.",
        )
        parser.add_argument("--days", type=int, default=365)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        started = time.monotonic()
        sizes = Sizes(
            documents=max(0, options["documents"]),
            news=max(0, options["news"]),
            profiles=max(0, options["profiles"]),
            events=max(0, options["events"]),
            awards=max(0, options["awards"]),
        )
        stdout = self.stdout if options["verbosity"] > 1 else None
        generator = Generator(seed=options["seed"], days=max(1, options["days"]), stdout=stdout)
        created = generator.run(sizes)
        # Bulk inserts leave the planner believing the tables are as small as before
        # until an autovacuum analyze comes round (never, where autovacuum is off): at
        # 100,000 documents that estimate turned one pages API request into a
        # 250-second nested loop. Statistics now, for the benchmarks that follow.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        summary = ", ".join(f"{kind}: {count}" for kind, count in created.items())
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo ({summary}) trong {time.monotonic() - started:.1f} giây.")
        )
