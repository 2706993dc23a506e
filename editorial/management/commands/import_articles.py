"""``manage.py import_articles FILE --user NAME``: the admin's article import,
on the command line.

Same :class:`editorial.resources.ArticleResource` and the same rules: every
row becomes a new draft version (or a new draft article), as the given user,
with that user's permissions; nothing is approved. ``--dry-run`` reports
what would happen and writes nothing; any invalid row makes the whole import
write nothing.
"""

from __future__ import annotations

from pathlib import Path

import tablib
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from editorial.resources import ArticleResource


class Command(BaseCommand):
    help = "Import articles from CSV, XLSX or JSON as new draft versions."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--user", required=True, help="Username the new versions are created by.")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, file: str, user: str, dry_run: bool, **options):
        path = Path(file)
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in {"csv", "xlsx", "json"}:
            raise CommandError("Give a .csv, .xlsx or .json file.")
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            dataset = tablib.Dataset().load(raw if suffix == "xlsx" else raw.decode("utf-8-sig"), format=suffix)
        except Exception as error:  # tablib raises many types for malformed files
            raise CommandError(f"Cannot read {file} as {suffix.upper()}: {error}") from None
        author = get_user_model().objects.filter(username=user, is_active=True).first()
        if author is None:
            raise CommandError(f"No active user '{user}'.")
        result = ArticleResource().import_data(dataset, dry_run=True, use_transactions=True, user=author)
        problems = self._problems(result)
        if problems:
            for line in problems:
                self.stderr.write(line)
            raise CommandError(f"{len(problems)} row(s) cannot be imported; nothing was written.")
        if not dry_run:
            result = ArticleResource().import_data(dataset, dry_run=False, use_transactions=True, user=author)
            problems = self._problems(result)
            if problems:
                raise CommandError("; ".join(problems))
        totals = result.totals
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            f"{verb}: {totals.get('new', 0)} new article(s), {totals.get('update', 0)} new draft version(s), "
            f"{totals.get('skip', 0)} unchanged row(s)."
        )

    @staticmethod
    def _problems(result) -> list[str]:
        lines = [f"row {number}: {error.error}" for number, errors in result.row_errors() for error in errors]
        for row in result.invalid_rows:
            lines.append(f"row {row.number}: {'; '.join(m for ms in row.error_dict.values() for m in ms)}")
        lines.extend(str(error.error) for error in result.base_errors)
        return lines
