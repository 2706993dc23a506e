"""``manage.py export_translation ARTICLE --language de [--language fr]
--format xliff|xlsx|csv -o FILE``: the admin's translation export, on the
command line (editorial.services.interchange)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from editorial.exceptions import EditorialError
from editorial.models import Article, Version
from editorial.services.interchange import FORMATS, translation_export


class Command(BaseCommand):
    help = "Export an article's paragraphs to translate as XLIFF 2.1, XLSX or CSV."

    def add_arguments(self, parser):
        parser.add_argument("article", type=int, help="Article id.")
        parser.add_argument("--language", "-l", action="append", required=True,
                            help="Target language (repeat for several).")
        parser.add_argument("--format", choices=FORMATS, default="xliff")
        parser.add_argument("--source-version", type=int,
                            help="Version id to translate (default: the original's live version, else its latest).")
        parser.add_argument("--output", "-o", help="File to write (default: standard output; required for binary).")

    def handle(self, *args, article: int, language: list[str], format: str, source_version: int | None,
               output: str | None, **options):
        found = Article.objects.select_related("original_edition").filter(pk=article).first()
        if found is None:
            raise CommandError(f"Article #{article} does not exist.")
        version = None
        if source_version is not None:
            version = Version.objects.select_related("edition").filter(
                pk=source_version, edition__article=found).first()
            if version is None:
                raise CommandError(f"Version {source_version} is not a version of article #{article}.")
        try:
            exported = translation_export(article=found, languages=language, format=format, source_version=version)
        except EditorialError as error:
            raise CommandError(error.message) from None
        binary = not exported.content_type.startswith(("text/", "application/xliff"))
        if output:
            with open(output, "wb") as handle:
                handle.write(exported.data)
            self.stderr.write(f"Exported {exported.name} to {output}.")
        elif binary:
            raise CommandError(f"{exported.name} is binary: give a file with --output.")
        else:
            sys.stdout.flush()
            self.stdout.write(exported.data.decode("utf-8"), ending="")
