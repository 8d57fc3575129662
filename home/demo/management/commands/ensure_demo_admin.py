import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

USERNAME = "admin"
# Demo accounts for trying the approval workflow: an editor who submits and a
# leader who approves (groups from home migration 0004).
DEMO_USERS = [
    ("bientap", "Biên tập viên"),
    ("lanhdao", "Lãnh đạo Ban"),
]


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
        for username, group_name in DEMO_USERS:
            self._ensure_member(username, group_name)

    def _ensure_member(self, username, group_name):
        user_model = get_user_model()
        password_file = settings.VAR_DIR / f"demo-{username}.txt"
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            self.stdout.write(
                _("Chưa có nhóm “%(group)s”: hãy chạy migrate.") % {"group": group_name}
            )
            return
        if not user_model.objects.filter(username=username).exists():
            password = secrets.token_urlsafe(12)
            user = user_model.objects.create_user(
                username, email=f"{username}@example.invalid", password=password
            )
            user.groups.add(group)
            settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            message = _("Đã tạo tài khoản mẫu (%(group)s): %(user)s / %(password)s")
        elif password_file.exists():
            password = password_file.read_text().strip()
            message = _("Tài khoản mẫu (%(group)s): %(user)s / %(password)s")
        else:
            return
        self.stdout.write(message % {"group": group_name, "user": username, "password": password})
