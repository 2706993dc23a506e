"""``manage.py ensure_admin``: make sure someone can log in to the admin.

Creates a superuser with a freshly generated password the first time and
prints the credentials once; no password is ever stored in the repository.
"""

from __future__ import annotations

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create an admin superuser with a generated password if none exists, and say how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")

    def handle(self, *args, username: str, url: str, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin: {url} — log in as '{username}' with the password printed when it was "
                f"created, or set a new one with: python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {url} — log in as '{username}' with password: {password}")
        )
        self.stdout.write("This password is shown only once; change it with: "
                          f"python manage.py changepassword {username}")
