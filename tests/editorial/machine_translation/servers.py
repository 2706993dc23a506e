"""Small HTTP servers on 127.0.0.1 that speak the engines' protocols.

They run the real client code (requests, sockets, JSON) end to end. Each
"translates" deterministically — ``[<target>] <text>`` — so a test can tell
which paragraph came back where; the point is the protocol, not the
language. They enforce what the real services enforce (LibreTranslate's
``--char-limit`` / ``--batch-limit`` and API keys, DeepL's auth header, 50
texts and 128 KiB per request, its target codes), and a test can script the
next answers to play each error: a status with the engine's error body, a
sleep longer than the client's timeout, broken JSON, a wrong shape, fewer
translations than paragraphs.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # bytes are sent as they are, anything else as JSON
    delay: float = 0.0
    content_type: str = "application/json"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


class FakeServer:
    """Serves ``app(request) -> Answer`` on a free port of 127.0.0.1."""

    def __init__(self, app: Callable[[Request], Answer]):
        self.app = app
        self.requests: list[Request] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                split = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                request = Request(
                    self.command,
                    split.path,
                    parse_qs(split.query),
                    {key.lower(): value for key, value in self.headers.items()},
                    self.rfile.read(length),
                )
                outer.requests.append(request)
                answer = outer.app(request)
                if answer.delay:
                    time.sleep(answer.delay)
                body = answer.body if isinstance(answer.body, bytes) else json.dumps(answer.body).encode()
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            do_GET = do_POST = _handle

            def log_message(self, format, *args):  # keep test output clean
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        # A short poll keeps shutdown() (once per test) from waiting half a second.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def posts(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.method == "POST" and r.path == path]


def refused_url() -> str:
    """A 127.0.0.1 URL where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def fake_translation(text: str, target: str) -> str:
    return f"[{target}] {text}"


@dataclass
class LibreTranslateApp:
    """LibreTranslate's /languages and /translate, with its limits and errors."""

    languages: list[dict] = field(
        default_factory=lambda: [
            {"code": "en", "name": "English", "targets": ["ar", "de", "en", "fr", "zh-Hans", "zh-Hant"]},
            {"code": "de", "name": "German", "targets": ["ar", "de", "en", "fr"]},
            {"code": "fr", "name": "French", "targets": ["de", "en", "fr"]},
            {"code": "ar", "name": "Arabic", "targets": ["ar", "en"]},
            {"code": "zh-Hans", "name": "Chinese", "targets": ["en", "zh-Hans"]},
            {"code": "zh-Hant", "name": "Chinese (traditional)", "targets": ["en", "zh-Hant"]},
        ]
    )
    char_limit: int = -1
    batch_limit: int = -1
    api_key: str | None = None
    #: Answers to give to the next POST /translate requests, in order
    #: (None: answer normally).
    script: list[Answer | None] = field(default_factory=list)

    def __call__(self, request: Request) -> Answer:
        if request.method == "GET" and request.path == "/languages":
            return Answer(body=self.languages)
        if request.method != "POST" or request.path != "/translate":
            return Answer(404, {"error": "Not Found"})
        if self.script:
            scripted = self.script.pop(0)
            if scripted is not None:
                return scripted
        data = request.json
        if self.api_key is not None and data.get("api_key") != self.api_key:
            return Answer(403, {"error": "Invalid API key"})
        q, source, target = data.get("q"), data.get("source"), data.get("target")
        if not q:
            return Answer(400, {"error": "Invalid request: missing q parameter"})
        batch = isinstance(q, list)
        if batch and self.batch_limit != -1 and len(q) > self.batch_limit:
            return Answer(400, {"error": f"Invalid request: request ({len(q)}) exceeds text limit ({self.batch_limit})"})
        chars = sum(len(text) for text in q) if batch else len(q)
        if self.char_limit != -1 and chars > self.char_limit:
            return Answer(400, {"error": f"Invalid request: request ({chars}) exceeds text limit ({self.char_limit})"})
        codes = {item["code"]: item for item in self.languages}
        if source not in codes:
            return Answer(400, {"error": f"{source} is not supported"})
        if target not in codes:
            return Answer(400, {"error": f"{target} is not supported"})
        if target not in codes[source].get("targets", codes):
            return Answer(400, {"error": f"{target} is not available as a target language from {source}"})
        if data.get("format", "text") != "text":
            return Answer(400, {"error": "format is not supported"})
        if batch:
            return Answer(body={"translatedText": [fake_translation(text, target) for text in q]})
        return Answer(body={"translatedText": fake_translation(q, target)})


DEEPL_TARGETS = {
    "AR", "BG", "CS", "DA", "DE", "EL", "EN", "EN-GB", "EN-US", "ES", "ES-419", "ET", "FI", "FR",
    "HE", "HU", "ID", "IT", "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT", "PT-BR", "PT-PT",
    "RO", "RU", "SK", "SL", "SV", "TR", "UK", "ZH", "ZH-HANS", "ZH-HANT",
}
DEEPL_SOURCES = {code for code in DEEPL_TARGETS if "-" not in code}


@dataclass
class DeepLApp:
    """DeepL's POST /v2/translate with its auth header, limits and error codes."""

    auth_key: str = "test-key:fx"
    script: list[Answer | None] = field(default_factory=list)

    def __call__(self, request: Request) -> Answer:
        if request.method != "POST" or request.path != "/v2/translate":
            return Answer(404, {"message": "Not found"})
        if request.headers.get("authorization") != f"DeepL-Auth-Key {self.auth_key}":
            return Answer(403, {"message": "Authorization failure, check auth_key"})
        if self.script:
            scripted = self.script.pop(0)
            if scripted is not None:
                return scripted
        if len(request.body) > 128 * 1024:
            return Answer(413, {"message": "Request Entity Too Large"})
        data = request.json
        texts, target = data.get("text"), data.get("target_lang")
        if not isinstance(texts, list) or not texts or len(texts) > 50:
            return Answer(400, {"message": "Bad request", "detail": "Parameter 'text' not specified or too many texts."})
        if target not in DEEPL_TARGETS:
            return Answer(400, {"message": "Value for 'target_lang' not supported."})
        source = data.get("source_lang")
        if source is not None and source not in DEEPL_SOURCES:
            return Answer(400, {"message": "Value for 'source_lang' not supported."})
        return Answer(
            body={
                "translations": [
                    {"detected_source_language": source or "EN", "text": fake_translation(text, target)}
                    for text in texts
                ]
            }
        )
