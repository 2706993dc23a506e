"""XLIFF 2.1 (OASIS): one ``<file>`` per article and source version, one
``<unit>`` per paragraph with its stable id, the title and summary as units
with reserved ids. What Newsdesk needs to check a returned file (article,
source version, digests) travels in the Metadata module (``mda:``), which
CAT tools keep untouched.

Written with the standard library's ElementTree (texts are escaped by the
serializer; ``<b>`` in a paragraph stays text); files coming back are
parsed with defusedxml, which refuses DTDs, entities and external
references, so an untrusted upload cannot expand or fetch anything.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from .model import TranslationFile, TranslationFileError, Unit

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
CATEGORY = "newsdesk"
ET.register_namespace("", XLIFF_NS)
ET.register_namespace("mda", MDA_NS)

# A row that needs work goes out as "initial"; a row the translator sets to
# reviewed or final is confirmed even when its text did not change.
DONE_STATES = {"reviewed", "final"}


def _q(tag: str, ns: str = XLIFF_NS) -> str:
    return f"{{{ns}}}{tag}"


def _metadata(parent: ET.Element, values: dict[str, str]) -> None:
    metadata = ET.SubElement(parent, _q("metadata", MDA_NS))
    group = ET.SubElement(metadata, _q("metaGroup", MDA_NS), {"category": CATEGORY})
    for key, value in values.items():
        ET.SubElement(group, _q("meta", MDA_NS), {"type": key}).text = value


def write_xliff(files: Sequence[TranslationFile]) -> bytes:
    """One XLIFF 2.1 document for ``files`` (all in one language pair)."""
    if not files:
        raise ValueError("nothing to write")
    first = files[0]
    root = ET.Element(_q("xliff"), {"version": "2.1", "srcLang": first.source_language,
                                     "trgLang": first.target_language})
    for tfile in files:
        if (tfile.source_language, tfile.target_language) != (first.source_language, first.target_language):
            raise ValueError("one XLIFF document holds one language pair")
        element = ET.SubElement(root, _q("file"), {
            "id": f"a{tfile.article_id}-v{tfile.source_version_id}",
            "original": f"newsdesk:article/{tfile.article_id}/version/{tfile.source_version_id}",
        })
        _metadata(element, {
            "article": str(tfile.article_id),
            "source-version": str(tfile.source_version_id),
            "source-digest": tfile.source_digest,
            "translation-version": str(tfile.translation_version_id or ""),
        })
        for unit in tfile.units:
            unit_element = ET.SubElement(element, _q("unit"), {"id": unit.id})
            _metadata(unit_element, {"src": unit.src, "was": unit.was, "state": unit.state})
            needs_work = unit.state != "current" or unit.target is None
            segment = ET.SubElement(unit_element, _q("segment"), {"state": "initial" if needs_work else "translated"})
            source = ET.SubElement(segment, _q("source"), {f"{{{XML_NS}}}space": "preserve"})
            source.text = unit.source
            if unit.target is not None:
                target = ET.SubElement(segment, _q("target"), {f"{{{XML_NS}}}space": "preserve"})
                target.text = unit.target
    ET.indent(root, space="  ")  # indents between elements only; texts are preserve-spaced
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def read_xliff(data: bytes, *, name: str = "") -> list[TranslationFile]:
    """The translation files in an XLIFF 2.x document, or
    :class:`TranslationFileError` saying why it is not one we made."""
    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise TranslationFileError(
            _("%(name)s declares a DTD or entities, which translation files never need: refused.") % {"name": name}
        ) from None
    except ET.ParseError as error:
        raise TranslationFileError(
            _("%(name)s is not well-formed XML (%(error)s).") % {"name": name, "error": error}) from None
    if root.tag != _q("xliff") or not (root.get("version") or "").startswith("2."):
        raise TranslationFileError(_("%(name)s is not an XLIFF 2 document.") % {"name": name})
    source_language = (root.get("srcLang") or "").strip()
    target_language = (root.get("trgLang") or "").strip()
    if not target_language:
        raise TranslationFileError(_("%(name)s names no target language (trgLang).") % {"name": name})
    files = [_read_file(element, source_language, target_language, name) for element in root.findall(_q("file"))]
    if not files:
        raise TranslationFileError(_("%(name)s holds no file to translate.") % {"name": name})
    return files


def _meta(element: ET.Element) -> dict[str, str]:
    found = {}
    for group in element.findall(f"{_q('metadata', MDA_NS)}/{_q('metaGroup', MDA_NS)}"):
        if group.get("category") == CATEGORY:
            for meta in group.findall(_q("meta", MDA_NS)):
                found[meta.get("type", "")] = (meta.text or "").strip()
    return found


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _read_file(element: ET.Element, source_language: str, target_language: str, name: str) -> TranslationFile:
    meta = _meta(element)
    article_id, version_id = _int(meta.get("article")), _int(meta.get("source-version"))
    if article_id is None or version_id is None:
        raise TranslationFileError(
            _("%(name)s: file '%(file)s' was not exported by Newsdesk (its article and source version are missing).")
            % {"name": name, "file": element.get("id", "")})
    units = []
    for unit in element.iter(_q("unit")):
        segments = unit.findall(_q("segment"))
        if len(segments) != 1:
            raise TranslationFileError(
                _("%(name)s: unit '%(unit)s' must hold exactly one segment (it holds %(count)s); "
                  "do not split or join paragraphs.") % {"name": name, "unit": unit.get("id", ""),
                                                         "count": len(segments)})
        segment = segments[0]
        target = segment.find(_q("target"))
        if target is not None:
            lang = target.get(f"{{{XML_NS}}}lang")
            if lang and lang.lower() != target_language.lower():
                raise TranslationFileError(
                    _("%(name)s: unit '%(unit)s' is in '%(lang)s', the document in '%(target)s'.")
                    % {"name": name, "unit": unit.get("id", ""), "lang": lang, "target": target_language})
        unit_meta = _meta(unit)
        units.append(Unit(
            id=unit.get("id", ""),
            source=_text(segment.find(_q("source"))) or "",
            target=_text(target),
            src=unit_meta.get("src", ""),
            was=unit_meta.get("was", ""),
            state=unit_meta.get("state", ""),
            final=segment.get("state") in DONE_STATES,
        ))
    return TranslationFile(
        article_id=article_id, source_version_id=version_id, source_language=source_language,
        target_language=target_language, source_digest=meta.get("source-digest", ""),
        translation_version_id=_int(meta.get("translation-version")), units=tuple(units), name=name,
    )


def _text(element: ET.Element | None) -> str | None:
    """The text of a source or target; inline markup a tool may have added
    (``<ph>``, ``<pc>``...) is read as its text content."""
    if element is None:
        return None
    return "".join(element.itertext())
