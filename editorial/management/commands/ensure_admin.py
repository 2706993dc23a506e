"""``manage.py ensure_admin``: make sure someone can log in to the admin.

Creates a superuser with a freshly generated password the first time and
prints the credentials once; no password is ever stored in the repository.
With ``--demo`` it also creates a demo Editor and a demo Reviewer, so a new
user can try the four-eyes workflow with two people straight away.
"""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

DEMO_USERS = {"editor": "Editor", "reviewer": "Reviewer"}


class Command(BaseCommand):
    help = "Create an admin superuser with a generated password if none exists, and say how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")
        parser.add_argument(
            "--demo", action="store_true", help="Also create the demo users 'editor' and 'reviewer' (one role each)."
        )

    def handle(self, *args, username: str, url: str, demo: bool, **options):
        self._ensure(username, url, superuser=True)
        if demo:
            for name, role in DEMO_USERS.items():
                self._ensure(name, url, role=role)
            self.stdout.write(
                "Try the workflow: log in as 'editor', open an article, fix it and 'Submit for review'; "
                "then log in as 'reviewer' (another browser or a private window), open 'Review queue' and "
                "approve it. The editor cannot approve their own work (four eyes). The public site is at "
                f"{url.rsplit('/admin/', 1)[0]}/"
            )

    def _ensure(self, username: str, url: str, *, superuser: bool = False, role: str = "") -> None:
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin: {url} — log in as '{username}' with the password printed when it was "
                f"created, or set a new one with: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        if superuser:
            User.objects.create_superuser(username=username, email="", password=password)
        else:
            group = Group.objects.filter(name=role).first()
            if group is None:
                raise CommandError(f"The role group '{role}' is missing; run 'manage.py migrate' first.")
            user = User.objects.create_user(username=username, password=password, is_staff=True)
            user.groups.add(group)
        label = "superuser" if superuser else role
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {url} — log in as '{username}' ({label}) with password: {password}")
        )
        self.stdout.write(f"This password is shown only once; change it with: python manage.py changepassword {username}")
