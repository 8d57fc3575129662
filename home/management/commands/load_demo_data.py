from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from documents import demo as documents_demo
from home import demo as home_demo
from home.analytics import demo as analytics_demo


class Command(BaseCommand):
    help = "Tạo trang web mẫu bằng tiếng Việt (chạy lại nhiều lần vẫn cho cùng nội dung)."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = home_demo.build()
            documents_demo.build(home)
            analytics_demo.ensure_most_viewed_page(home)
            # Last, so that every page built above gets its year of view counts.
            analytics_demo.build_view_counts()
        # Pages were saved outside a request, so make sure search and references
        # reflect them.
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
