"""The HTTP part shared by web-API engines: one request, typed errors.

Built on requests (see pyproject.toml). Every way a request can fail becomes
a :class:`~.errors.MachineTranslationError`; the engine's own error text is
kept as ``detail``. The timeout applies to connecting and to each wait for
data from the engine.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import requests
from django.utils.translation import gettext_lazy as _

from . import errors
from .base import USABLE, Availability, MachineTranslationEngine

USER_AGENT = "Newsdesk machine translation (python-requests)"
#: Engine error texts are shown after our message; keep them short.
DETAIL_LIMIT = 300


class HttpEngine(MachineTranslationEngine):
    """An engine behind an HTTP API at ``url``."""

    def availability(self) -> Availability:
        parts = urlsplit(self.base_url)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            return Availability(False, _("its URL is not set or is not an http(s) address."))
        return USABLE

    @property
    def base_url(self) -> str:
        return self.url

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Send one request; connection problems and timeouts become typed errors.

        The body is read before this returns (no streaming), so a read that
        stalls is a timeout here too.
        """
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **kwargs.pop("headers", {}),
        }
        if "json" in kwargs:
            # Encoded here, not by requests: it would escape every non-ASCII
            # character (6 bytes for one CJK character), and request-size
            # limits count bytes.
            kwargs["data"] = json.dumps(kwargs.pop("json"), ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json; charset=utf-8"
        try:
            return requests.request(
                method, self.base_url + path, headers=headers, timeout=self.timeout, **kwargs
            )
        except requests.Timeout as exc:  # connecting, or waiting for the answer
            raise self.error(
                errors.EngineTimeout, seconds=f"{self.timeout:g}", detail=str(exc)
            ) from exc
        except requests.RequestException as exc:
            raise self.error(errors.EngineUnreachable, detail=str(exc)) from exc

    def read_json(self, response: requests.Response) -> Any:
        """The answer's JSON, or :class:`~.errors.MalformedResponse`."""
        try:
            return json.loads(response.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self.error(
                errors.MalformedResponse, detail=f"HTTP {response.status_code}: {exc}"
            ) from exc


def error_text(response: requests.Response, *keys: str) -> str:
    """The engine's own explanation of an error answer, shortened.

    Looks for ``keys`` in a JSON object body; otherwise the body's text, or
    the HTTP status line when the body is empty.
    """
    text = ""
    try:
        body = json.loads(response.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if isinstance(body, dict):
        text = " ".join(str(body[key]) for key in keys if body.get(key))
    if not text and body is None:
        text = response.content.decode("utf-8", "replace").strip()
    text = text or f"HTTP {response.status_code} {response.reason or ''}".strip()
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"
