"""``manage.py import_translation FILE... --user NAME [--dry-run]``: the
admin's translation import, on the command line.

Same service and rules (editorial.services.interchange): every file is
checked before anything is written, all files are imported in one
transaction or none, each as a new draft translation version by ``--user``.
``--dry-run`` prints what would change and writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from editorial.exceptions import EditorialError
from editorial.services.interchange import InterchangeError, translation_import


class Command(BaseCommand):
    help = "Import translated XLIFF, XLSX or CSV files as new draft translation versions."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--user", required=True, help="Username the new versions are created by.")
        parser.add_argument("--language", help="Refuse files that translate into another language.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; write nothing.")

    def handle(self, *args, files: list[str], user: str, language: str | None, dry_run: bool, **options):
        author = get_user_model().objects.filter(username=user, is_active=True).first()
        if author is None:
            raise CommandError(f"No active user '{user}'.")
        uploads = []
        for file in files:
            path = Path(file)
            try:
                if path.stat().st_size > settings.NEWSDESK_MAX_IMPORT_BYTES:
                    raise CommandError(f"{file} is larger than NEWSDESK_MAX_IMPORT_BYTES; nothing was imported.")
                uploads.append((path.name, path.read_bytes()))
            except OSError as error:
                raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            plans = translation_import(files=uploads, user=author, dry_run=dry_run, language=language)
        except InterchangeError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(f"{len(error.problems)} problem(s); nothing was imported.") from None
        except EditorialError as error:
            raise CommandError(f"{error.message} Nothing was imported.") from None
        for plan in plans:
            changed = [row for row in plan.rows if row.action in ("translated", "updated", "confirmed")]
            outdated = [row.id for row in plan.rows if row.action == "still outdated"]
            if plan.version is not None:
                head = f"article #{plan.article_id} [{plan.language}]: version {plan.version.number} created"
            elif plan.is_empty:
                head = f"article #{plan.article_id} [{plan.language}]: nothing changed, nothing created"
            else:
                head = f"article #{plan.article_id} [{plan.language}]: would create a new draft"
            self.stdout.write(f"{plan.name}: {head}, {len(changed)} row(s) changed")
            for row in changed:
                self.stdout.write(f"  {row.action:10} {row.id}: {row.after[:70]}")
            if outdated:
                self.stdout.write(f"  still outdated: {', '.join(outdated)}")
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was written."))
