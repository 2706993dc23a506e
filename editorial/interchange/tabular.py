"""Translation files as spreadsheets (XLSX) and CSV, through
django-import-export: :class:`TranslationRowResource` defines the columns
and exports the rows; returned files are read with the library's own
formats. One row per unit; the file-level facts (article, source version,
digests) repeat on every row, so rows of several articles and languages can
share one sheet and a sorted or filtered sheet still reads back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from import_export import fields, resources
from import_export.formats.base_formats import CSV, XLSX

from .model import TranslationFile, TranslationFileError, Unit

FORMATS = {"csv": CSV, "xlsx": XLSX}


@dataclass(frozen=True)
class Row:
    article: int
    source_version: int
    source_language: str
    language: str
    source_digest: str
    translation_version: int | str
    id: str
    state: str
    source: str
    translation: str
    src: str
    was: str


class TranslationRowResource(resources.Resource):
    """The columns of a translation sheet. The translator edits
    ``translation`` only; the other columns say what it was made from."""

    article = fields.Field(attribute="article", column_name="article")
    source_version = fields.Field(attribute="source_version", column_name="source_version")
    source_language = fields.Field(attribute="source_language", column_name="source_language")
    language = fields.Field(attribute="language", column_name="language")
    id = fields.Field(attribute="id", column_name="id")
    state = fields.Field(attribute="state", column_name="state")
    source = fields.Field(attribute="source", column_name="source")
    translation = fields.Field(attribute="translation", column_name="translation")
    source_digest = fields.Field(attribute="source_digest", column_name="source_digest")
    translation_version = fields.Field(attribute="translation_version", column_name="translation_version")
    src = fields.Field(attribute="src", column_name="src")
    was = fields.Field(attribute="was", column_name="was")

    class Meta:
        export_order = ["article", "source_version", "source_language", "language", "id", "state", "source",
                        "translation", "source_digest", "translation_version", "src", "was"]

    @classmethod
    def columns(cls) -> list[str]:
        return list(cls.Meta.export_order)


def write_table(files: Sequence[TranslationFile], format: str) -> bytes:
    rows = [
        Row(article=f.article_id, source_version=f.source_version_id, source_language=f.source_language,
            language=f.target_language, source_digest=f.source_digest,
            translation_version=f.translation_version_id or "", id=u.id, state=u.state, source=u.source,
            translation=u.target or "", src=u.src, was=u.was)
        for f in files for u in f.units
    ]
    dataset = TranslationRowResource().export(queryset=rows)
    data = FORMATS[format]().export_data(dataset)
    return data.encode("utf-8") if isinstance(data, str) else data


def read_table(data: bytes, format: str, *, name: str = "") -> list[TranslationFile]:
    """The translation files in a returned sheet (grouped by article,
    source version and language, in first-seen order)."""
    fmt = FORMATS[format]()
    try:
        content = data if fmt.is_binary() else data.decode("utf-8-sig")
        dataset = fmt.create_dataset(content)
    except Exception as error:  # tablib and openpyxl raise many kinds for damaged files
        raise TranslationFileError(
            _("%(name)s cannot be read as %(format)s (%(error)s).")
            % {"name": name, "format": format.upper(), "error": error.__class__.__name__}) from None
    headers = [str(h or "").strip() for h in (dataset.headers or [])]
    missing = [c for c in TranslationRowResource.columns() if c not in headers]
    if missing:
        raise TranslationFileError(
            _("%(name)s is not a translation sheet exported by Newsdesk: columns %(columns)s are missing.")
            % {"name": name, "columns": ", ".join(missing)})
    groups: dict[tuple, dict] = {}
    for number, values in enumerate(dataset, start=2):
        row = {h: values[i] for i, h in enumerate(headers) if h}
        if not any(str(v or "").strip() for v in row.values()):
            continue  # an empty line left by a spreadsheet
        article, version = _int(row["article"]), _int(row["source_version"])
        if article is None or version is None:
            raise TranslationFileError(
                _("%(name)s, row %(row)s: the article or source version column is not a number.")
                % {"name": name, "row": number})
        language = _str(row["language"])
        key = (article, version, language)
        group = groups.setdefault(key, {"row": row, "units": []})
        if (_str(row["source_digest"]), _str(row["translation_version"]), _str(row["source_language"])) != (
                _str(group["row"]["source_digest"]), _str(group["row"]["translation_version"]),
                _str(group["row"]["source_language"])):
            raise TranslationFileError(
                _("%(name)s, row %(row)s: its source digest or versions differ from the other rows of "
                  "article %(article)s; do not mix rows of different exports.")
                % {"name": name, "row": number, "article": article})
        translation = _str(row["translation"], strip=False)
        group["units"].append(Unit(
            id=_str(row["id"]), source=_str(row["source"], strip=False),
            target=translation if translation.strip() else None,
            src=_str(row["src"]), was=_str(row["was"]), state=_str(row["state"]),
        ))
    if not groups:
        raise TranslationFileError(_("%(name)s holds no rows.") % {"name": name})
    return [
        TranslationFile(
            article_id=article, source_version_id=version, source_language=_str(g["row"]["source_language"]),
            target_language=language, source_digest=_str(g["row"]["source_digest"]),
            translation_version_id=_int(g["row"]["translation_version"]), units=tuple(g["units"]), name=name,
        )
        for (article, version, language), g in groups.items()
    ]


def _str(value, *, strip: bool = True) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet turned a number column into floats
    text = str(value)
    return text.strip() if strip else text


def _int(value) -> int | None:
    text = _str(value)
    return int(text) if text.isdigit() else None
