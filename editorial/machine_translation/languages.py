"""Our language codes → each engine's codes.

Editions carry lowercase ISO 639-1 codes ("de", "pt", "zh"), sometimes with a
script or region ("zh-hant", "pt-br", "en-gb"; "_" is accepted for "-"). The
engines each spell languages their own way:

* DeepL: upper case; *source* codes are the bare language ("EN", "PT", "ZH",
  "NB"), *target* codes name the variant where DeepL has several ("EN-GB" /
  "EN-US", "PT-PT" / "PT-BR", "ZH-HANS" / "ZH-HANT", "ES" / "ES-419"); the
  bare "EN", "PT" and "ZH" targets are kept by DeepL only for backward
  compatibility, so a bare code here gets a configurable default variant.
* LibreTranslate and Argos Translate: lowercase codes from the installed
  models, which changed over time ("zh"/"zt"/"pb" in Argos packages and older
  LibreTranslate, "zh-Hans"/"zh-Hant"/"pt-BR" in newer LibreTranslate). Those
  engines list their languages, so we try the known spellings in order and
  take the first the engine has.

Pure functions, no Django.
"""

from __future__ import annotations

from dataclasses import dataclass

# Regions that write Chinese in traditional characters.
_TRADITIONAL_REGIONS = frozenset({"tw", "hk", "mo"})


@dataclass(frozen=True)
class LanguageTag:
    language: str  # "zh"
    script: str = ""  # "hant"
    region: str = ""  # "tw", "419"

    @property
    def code(self) -> str:
        return "-".join(part for part in (self.language, self.script, self.region) if part)

    @property
    def traditional_chinese(self) -> bool:
        return self.language == "zh" and (
            self.script == "hant" or (not self.script and self.region in _TRADITIONAL_REGIONS)
        )


def parse_language(code: str) -> LanguageTag:
    """Split a BCP 47-ish code into language, script and region (lowercase).

    Raises ``ValueError`` for anything that is not a language code, so a
    caller's typo is not sent to a paid API.
    """
    parts = [part for part in code.strip().replace("_", "-").lower().split("-") if part]
    if not parts or not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        raise ValueError(f"not a language code: {code!r}")
    language, script, region = parts[0], "", ""
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and not script and not region:
            script = part
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            if region:
                raise ValueError(f"not a language code: {code!r}")
            region = part
        else:
            raise ValueError(f"not a language code: {code!r}")
    return LanguageTag(language, script, region)


# --- DeepL -------------------------------------------------------------------

# Bare target codes DeepL keeps only for backward compatibility, and the
# variant we send instead unless the settings say otherwise.
DEEPL_DEFAULT_TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}


def deepl_source_code(code: str) -> str:
    """DeepL's source code: the bare language, variants merged ("pt-br" → "PT")."""
    tag = parse_language(code)
    if tag.language in {"no", "nb"}:
        return "NB"  # DeepL has Norwegian Bokmål only, as NB.
    return tag.language.upper()


def deepl_target_code(code: str, variants: dict[str, str] | None = None) -> str:
    """DeepL's target code, naming the variant where DeepL requires one.

    ``variants`` maps a bare language ("en") to the variant a bare code stands
    for ("EN-US"); unset languages use :data:`DEEPL_DEFAULT_TARGET_VARIANTS`.
    """
    tag = parse_language(code)
    chosen = {language.lower(): variant for language, variant in (variants or {}).items()}
    defaults = {**DEEPL_DEFAULT_TARGET_VARIANTS, **chosen}
    if tag.language == "en" and tag.region in {"gb", "us"}:
        return f"EN-{tag.region.upper()}"
    if tag.language == "pt" and tag.region in {"pt", "br"}:
        return f"PT-{tag.region.upper()}"
    if tag.language == "zh":
        if tag.traditional_chinese:
            return "ZH-HANT"
        if tag.script == "hans" or tag.region:
            return "ZH-HANS"
    if tag.language == "es" and tag.region == "419":
        return "ES-419"
    if tag.language in {"no", "nb"}:
        return "NB"
    if tag.language in defaults:
        return defaults[tag.language].upper()
    return tag.language.upper()


# --- LibreTranslate / Argos ---------------------------------------------------


def open_source_candidates(code: str, *, source: bool = False) -> list[str]:
    """Spellings LibreTranslate or Argos may use for ``code``, most specific first.

    The last one is the spelling of Argos packages (and older LibreTranslate),
    used when the engine cannot tell which languages it has. Chinese scripts
    never stand in for each other; a Brazilian Portuguese *target* needs a
    Brazilian model, while any Portuguese model reads Brazilian *source* text.
    """
    tag = parse_language(code)
    if tag.language == "zh":
        if tag.traditional_chinese:
            return ["zh-hant", "zh-tw", "zt"]
        return ["zh-hans", "zh-cn", "zh"]
    if tag.language == "pt" and tag.region == "br":
        return ["pt-br", "pb", "pt"] if source else ["pt-br", "pb"]
    if tag.language in {"no", "nb"}:
        return ["nb", "no"]
    if tag.script or tag.region:
        return [tag.code, tag.language]
    return [tag.language]


def match_code(code: str, available, *, source: bool = False) -> str | None:
    """The engine's own spelling of ``code`` among ``available``, or None."""
    by_lower = {item.lower(): item for item in available}
    for candidate in open_source_candidates(code, source=source):
        if candidate in by_lower:
            return by_lower[candidate]
    return None
