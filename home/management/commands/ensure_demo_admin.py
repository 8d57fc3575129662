import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Tạo tài khoản quản trị mẫu nếu chưa có tài khoản quản trị nào và in thông tin "
        "đăng nhập. Chỉ dùng cho môi trường phát triển."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_demo_admin chỉ chạy khi DEBUG bật (môi trường thử).")
        # The password is kept beside the SQLite file so `make run` can print it again.
        password_file = settings.VAR_DIR / "demo-admin.txt"
        user_model = get_user_model()
        url = f"http://127.0.0.1:{settings.PORT}/admin/"
        if not user_model.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(
                USERNAME, email="admin@example.invalid", password=password
            )
            settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            self.stdout.write(f"Đã tạo tài khoản quản trị mẫu: {USERNAME} / {password} – {url}")
        elif password_file.exists() and user_model.objects.filter(username=USERNAME).exists():
            password = password_file.read_text().strip()
            self.stdout.write(f"Tài khoản quản trị mẫu: {USERNAME} / {password} – {url}")
        else:
            self.stdout.write(f"Đã có tài khoản quản trị; đăng nhập tại {url}")
