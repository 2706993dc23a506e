"""LibreTranslate and compatible HTTP APIs (what self-hosted newsrooms run).

Protocol (LibreTranslate's ``app.py`` and API docs):

* ``GET /languages`` → ``[{"code": "en", "name": "English", "targets": ["de", ...]}]``;
  we read it to spell languages the server's way and to refuse a pair it
  lacks before sending anything (cached for ``LANGUAGES_CACHE_SECONDS``).
* ``POST /translate`` with JSON ``{"q": [...], "source", "target",
  "format": "text", "api_key"}`` → ``{"translatedText": [...]}`` (a string
  in, a string out; we send a string when MAX_TEXTS is 1, for servers that
  cannot batch).
* Errors are ``{"error": "..."}`` with 400 (bad request, unsupported
  language, over the server's ``--char-limit`` / ``--batch-limit``, missing
  API key), 403 (invalid API key, or banned after too many limit
  violations), 429 (slow down) and 500 (translation failed).

Request limits default to 50 paragraphs and 5,000 characters (a server's
``--char-limit`` counts characters of all texts together); set OPTIONS
``MAX_TEXTS`` / ``MAX_SIZE`` to the server's limits.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from . import errors
from .web_api import HttpEngine, error_text
from .languages import match_code, open_source_candidates


class LibreTranslateEngine(HttpEngine):
    default_label = "LibreTranslate"

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.languages_cache_seconds = float(self.options.get("LANGUAGES_CACHE_SECONDS", 3600))
        self._languages: dict[str, set[str] | None] | None = None
        self._languages_at = 0.0
        self._lock = threading.Lock()

    # --- languages -------------------------------------------------------

    def server_languages(self) -> dict[str, set[str] | None] | None:
        """Source code → target codes (None: the server lists no targets).

        None when the server has no ``/languages`` (404/405): then codes are
        sent in Argos spelling and the server's answer decides.
        """
        with self._lock:
            age = time.monotonic() - self._languages_at
            if self._languages is not None and age < self.languages_cache_seconds:
                return self._languages
        response = self.request("GET", "/languages")
        if response.status_code in {404, 405}:
            return None
        if response.status_code != 200:
            raise self.status_error(response)
        body = self.read_json(response)
        if not isinstance(body, list) or not all(
            isinstance(item, dict) and isinstance(item.get("code"), str) for item in body
        ):
            detail = "/languages is not a list of languages"
            raise self.error(errors.MalformedResponse, detail=detail)
        languages: dict[str, set[str] | None] = {}
        for item in body:
            targets = item.get("targets")
            languages[item["code"]] = (
                {code for code in targets if isinstance(code, str)}
                if isinstance(targets, list)
                else None
            )
        with self._lock:
            self._languages, self._languages_at = languages, time.monotonic()
        return languages

    def resolve_pair(self, source: str, target: str) -> tuple[str, str]:
        languages = self.server_languages()
        if languages is None:
            return (
                open_source_candidates(source, source=True)[-1],
                open_source_candidates(target)[-1],
            )
        engine_source = match_code(source, languages, source=True)
        targets = languages.get(engine_source) if engine_source else None
        # Servers before "targets" was added translate between all they list.
        engine_target = match_code(target, languages if targets is None else targets)
        if engine_source is None or engine_target is None:
            raise self.unsupported(source, target)
        return engine_source, engine_target

    # --- translation -----------------------------------------------------

    def translate_chunk(self, texts: list[str], source: str, target: str) -> list[str]:
        single = self.max_texts == 1
        payload = {
            "q": texts[0] if single else texts,
            "source": source,
            "target": target,
            "format": "text",
            "api_key": self.api_key,
        }
        response = self.request("POST", "/translate", json=payload)
        if response.status_code != 200:
            raise self.status_error(response, source=source, target=target)
        body = self.read_json(response)
        if not isinstance(body, dict) or "translatedText" not in body:
            raise self.error(errors.MalformedResponse, detail="no translatedText in the answer")
        translated = body["translatedText"]
        if single and isinstance(translated, str):
            return [translated]
        if not isinstance(translated, list):
            raise self.error(errors.MalformedResponse, detail="translatedText is not a list")
        return translated

    def status_error(
        self, response, *, source: str = "", target: str = ""
    ) -> errors.MachineTranslationError:
        """The typed error for a non-200 answer."""
        detail = error_text(response, "error")
        lowered = detail.lower()
        status = response.status_code
        if status == 429:
            return self.error(errors.EngineRateLimited, detail=detail)
        if status == 403:
            # LibreTranslate bans a client that keeps hitting its limits with 403.
            if "limit" in lowered:
                return self.error(errors.EngineRateLimited, detail=detail)
            return self.error(errors.EngineAuthenticationFailed, detail=detail)
        if status == 400:
            if "api key" in lowered or "api_key" in lowered:
                return self.error(errors.EngineAuthenticationFailed, detail=detail)
            if "not supported" in lowered or "not available as a target" in lowered:
                return self.unsupported(source, target, detail=detail)
            if "exceeds text limit" in lowered:
                return self.error(errors.RequestTooLarge, detail=detail)
        if status == 401:
            return self.error(errors.EngineAuthenticationFailed, detail=detail)
        return self.error(errors.EngineFailed, detail=detail)
