"""The DeepL API (v2, text translation).

Protocol (developers.deepl.com):

* ``POST /v2/translate`` with header ``Authorization: DeepL-Auth-Key <key>``
  and a JSON body ``{"text": [...], "source_lang": "DE", "target_lang":
  "EN-GB"}`` → ``{"translations": [{"detected_source_language": "DE",
  "text": "..."}, ...]}``, one per text, in order.
* Keys of the free plan end in ``:fx`` and go to ``https://api-free.deepl.com``,
  others to ``https://api.deepl.com``; a URL in the settings overrides both
  (a proxy, or the test servers).
* Errors: 400 (bad request, e.g. a language it does not have), 403 (key
  refused), 404, 413 (request too large), 429 (too many requests), 456
  (quota exceeded), 500/504 and 529 (too many requests, high load); the body
  is ``{"message": "..."}`` when there is one.
* At most 50 texts and 128 KiB per request: requests are cut at
  ``MAX_TEXTS`` = 50 texts and ``MAX_SIZE`` = 120,000 bytes of JSON-encoded
  text, leaving room for the rest of the body.

Language codes: see :mod:`.languages`. OPTIONS ``TARGET_VARIANTS`` (e.g.
``{"en": "EN-US", "pt": "PT-BR"}``) chooses what a bare "en" or "pt" target
means; ``FORMALITY`` ("prefer_more" / "prefer_less") is passed through.
DeepL's list of languages is not consulted before sending: the API's own
documentation notes languages it translates that the list leaves out, so its
400 answer is what says a pair is unsupported.
"""

from __future__ import annotations

import json
from typing import Any

from django.utils.translation import gettext_lazy as _

from . import errors
from .base import Availability
from .web_api import HttpEngine, error_text
from .languages import deepl_source_code, deepl_target_code

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"


class DeepLEngine(HttpEngine):
    default_label = "DeepL"
    default_max_texts = 50
    default_max_size = 120_000
    size_unit = "bytes"

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.target_variants = dict(self.options.get("TARGET_VARIANTS", {}))
        self.formality = self.options.get("FORMALITY", "")

    @property
    def base_url(self) -> str:
        if self.url:
            return self.url
        return FREE_URL if self.api_key.endswith(":fx") else PRO_URL

    def availability(self) -> Availability:
        if not self.api_key:
            return Availability(False, _("no API key is set."))
        return super().availability()

    def text_size(self, text: str) -> int:
        # What the text adds to the JSON body: encoded, quoted, comma.
        return len(json.dumps(text, ensure_ascii=False).encode("utf-8")) + 1

    def resolve_pair(self, source: str, target: str) -> tuple[str, str]:
        return deepl_source_code(source), deepl_target_code(target, self.target_variants)

    def translate_chunk(self, texts: list[str], source: str, target: str) -> list[str]:
        payload: dict[str, Any] = {"text": texts, "source_lang": source, "target_lang": target}
        if self.formality:
            payload["formality"] = self.formality
        response = self.request(
            "POST",
            "/v2/translate",
            json=payload,
            headers={"Authorization": f"DeepL-Auth-Key {self.api_key}"},
        )
        if response.status_code != 200:
            raise self.status_error(response, source=source, target=target)
        body = self.read_json(response)
        translations = body.get("translations") if isinstance(body, dict) else None
        if not isinstance(translations, list):
            raise self.error(errors.MalformedResponse, detail="no translations list in the answer")
        if not all(
            isinstance(item, dict) and isinstance(item.get("text"), str) for item in translations
        ):
            raise self.error(errors.MalformedResponse, detail="a translation has no text")
        return [item["text"] for item in translations]

    def status_error(self, response, *, source: str, target: str) -> errors.MachineTranslationError:
        """The typed error for a non-200 answer."""
        detail = error_text(response, "message", "detail")
        status = response.status_code
        if status in {401, 403}:
            return self.error(errors.EngineAuthenticationFailed, detail=detail)
        if status == 456:
            return self.error(errors.EngineQuotaExceeded, detail=detail)
        if status in {429, 529}:
            return self.error(errors.EngineRateLimited, detail=detail)
        if status in {413, 414}:
            return self.error(errors.RequestTooLarge, detail=detail)
        if status == 400 and ("source_lang" in detail or "target_lang" in detail):
            return self.unsupported(source, target, detail=detail)
        return self.error(errors.EngineFailed, detail=detail)
