"""Argos Translate, offline, when the package and its language models are installed.

Argos is optional and never installed or downloaded by Newsdesk: a server
that wants it runs ``pip install argostranslate`` and installs the language
packages it needs with Argos's own tools. Until both are there, the engine
says it is unavailable and why, and nothing else changes.

It uses Argos's documented API: ``argostranslate.translate
.get_installed_languages()`` gives languages with ``code`` and
``get_translation(other)`` (None when no installed model, direct or through
a pivot language, connects them), whose ``translate(text)`` returns the
translation. Argos codes follow its packages ("zh", "zt", "pb"; see
:mod:`.languages`).

Translation runs in this process on the CPU: TIMEOUT does not apply (a
thread cannot be stopped half-way through a model), so the admin should
offer Argos for articles of reasonable length.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from django.utils.translation import gettext_lazy as _

from . import errors
from .base import USABLE, Availability, MachineTranslationEngine
from .languages import match_code


class ArgosEngine(MachineTranslationEngine):
    default_label = "Argos Translate"
    # Argos translates one text at a time; chunks only bound each call's work.
    default_max_texts = 1
    default_max_size = 20_000

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self._loaded: tuple[Availability, dict[str, Any], str] | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Availability, dict[str, Any], str]:
        """(availability, Argos code → language, why not), worked out once.

        Once, because each ``get_installed_languages()`` call builds new
        language objects and Argos keeps a loaded model only on those: asking
        again per request would reload the models every time. Models
        installed later are seen after a restart.

        ``argostranslate`` is imported here, not at the top, because it is
        optional: importing it also loads its neural-network runtime, which
        only a server that configured Argos should pay for.
        """
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load_uncached()
            return self._loaded

    def _load_uncached(self) -> tuple[Availability, dict[str, Any], str]:
        try:
            module = importlib.import_module("argostranslate.translate")
        except ImportError as exc:
            reason = _("the argostranslate package is not installed.")
            return Availability(False, reason), {}, str(exc)
        try:
            languages = {language.code: language for language in module.get_installed_languages()}
        except Exception as exc:  # Argos reading its package folder: any failure means unusable
            reason = _("Argos Translate could not read its installed language models.")
            return Availability(False, reason), {}, f"{type(exc).__name__}: {exc}"
        if not languages:
            reason = _("no Argos Translate language models are installed.")
            return Availability(False, reason), {}, ""
        return USABLE, languages, ""

    def availability(self) -> Availability:
        return self._load()[0]

    def installed_languages(self) -> dict[str, Any]:
        """Argos code → Argos language object, or :class:`~.errors.EngineUnavailable`."""
        availability, languages, detail = self._load()
        if not availability.usable:
            raise self.error(errors.EngineUnavailable, reason=availability.reason, detail=detail)
        return languages

    def resolve_pair(self, source: str, target: str) -> tuple[str, str]:
        languages = self.installed_languages()
        engine_source = match_code(source, languages, source=True)
        engine_target = match_code(target, languages)
        if (
            engine_source is None
            or engine_target is None
            or languages[engine_source].get_translation(languages[engine_target]) is None
        ):
            raise self.unsupported(source, target)
        return engine_source, engine_target

    def translate_chunk(self, texts: list[str], source: str, target: str) -> list[str]:
        languages = self.installed_languages()
        # resolve_pair checked the pair on these same (cached) language objects.
        translation = languages[source].get_translation(languages[target])
        translated = []
        for text in texts:
            try:
                translated.append(translation.translate(text))
            except Exception as exc:  # a model failing on one text fails the call
                detail = f"{type(exc).__name__}: {exc}"
                raise self.error(errors.EngineFailed, detail=detail) from exc
        return translated
