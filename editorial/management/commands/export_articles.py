"""``manage.py export_articles``: the admin's article export, on the command line.

Writes every article (its original-language latest version and tags) as
CSV, XLSX or JSON through the same :class:`editorial.resources.ArticleResource`.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from editorial.resources import ArticleResource

FORMATS = ("csv", "xlsx", "json")


class Command(BaseCommand):
    help = "Export articles (latest original-language versions and tags) to CSV, XLSX or JSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument("--output", "-o", help="File to write (default: standard output; required for xlsx).")

    def handle(self, *args, format: str, output: str | None, **options):
        dataset = ArticleResource().export()
        data = dataset.export(format)
        if format == "xlsx" and not output:
            raise CommandError("XLSX is binary: give a file with --output.")
        if output:
            mode = "wb" if isinstance(data, bytes) else "w"
            with open(output, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as handle:
                handle.write(data)
            self.stderr.write(f"Exported {len(dataset)} articles to {output}.")
        else:
            self.stdout.write(data if isinstance(data, str) else data.decode("utf-8"), ending="")
            sys.stdout.flush()
