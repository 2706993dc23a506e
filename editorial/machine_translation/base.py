"""What every engine is: paragraphs in, one translation per paragraph out.

:class:`MachineTranslationEngine` holds the part all engines share, so each
engine only says how to name languages and how to translate one request's
worth of paragraphs:

* blank paragraphs are kept as they are and never sent (nothing to translate,
  no quota spent);
* the rest are cut into requests the engine accepts (at most ``max_texts``
  paragraphs and ``max_size`` units of :meth:`text_size` per request), sent
  one after the other, and the answers checked: exactly one string per
  paragraph sent, or the whole call fails;
* a paragraph that alone is over the size limit fails the call before
  anything is sent.

Nothing is returned until every request has succeeded, so a caller never
sees a half-translated list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise

from . import errors
from .languages import parse_language


@dataclass(frozen=True)
class Availability:
    """Whether an engine can be used here, and if not, why (for the admin)."""

    usable: bool
    reason: str | Promise = ""


USABLE = Availability(True)


def chunked(
    texts: Sequence[str], *, max_texts: int, max_size: int, size: Callable[[str], int]
) -> Iterator[list[str]]:
    """Consecutive runs of ``texts`` within both limits, in order.

    Raises ``ValueError`` naming the index of a text that alone is over
    ``max_size`` (it could never be sent).
    """
    chunk: list[str] = []
    chunk_size = 0
    for index, text in enumerate(texts):
        text_size = size(text)
        if text_size > max_size:
            raise ValueError(index)
        if chunk and (len(chunk) >= max_texts or chunk_size + text_size > max_size):
            yield chunk
            chunk, chunk_size = [], 0
        chunk.append(text)
        chunk_size += text_size
    if chunk:
        yield chunk


class MachineTranslationEngine:
    """Base class of engines; subclasses implement the three hooks below.

    Engines are built by the registry from one entry of the
    ``NEWSDESK_MACHINE_TRANSLATION`` setting and may be shared between
    threads: they keep no per-call state.
    """

    #: Shown to users when the setting gives no LABEL.
    default_label = "Machine translation"
    #: Request limits when OPTIONS gives none (MAX_TEXTS, MAX_SIZE).
    default_max_texts = 50
    default_max_size = 5000
    #: What MAX_SIZE counts, for the error detail.
    size_unit = "characters"

    def __init__(
        self,
        *,
        name: str,
        url: str = "",
        api_key: str = "",
        timeout: float = 30.0,
        label: str = "",
        options: dict[str, Any] | None = None,
    ):
        self.name = name
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = float(timeout)
        self.label = label or self.default_label
        self.options = dict(options or {})
        self.max_texts = int(self.options.get("MAX_TEXTS", self.default_max_texts))
        self.max_size = int(self.options.get("MAX_SIZE", self.default_max_size))
        if self.timeout <= 0 or self.max_texts < 1 or self.max_size < 1:
            raise ValueError("TIMEOUT, MAX_TEXTS and MAX_SIZE must be positive")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    # --- hooks -----------------------------------------------------------

    def availability(self) -> Availability:
        """Whether the engine can be tried at all here (no network call)."""
        return USABLE

    def resolve_pair(self, source: str, target: str) -> tuple[str, str]:
        """The engine's codes for our ``source`` and ``target``.

        Raises :class:`~.errors.UnsupportedLanguagePair` when the engine
        cannot translate between them (as far as it can tell before sending).
        """
        raise NotImplementedError  # abstract hook: each engine names languages its own way

    def translate_chunk(self, texts: list[str], source: str, target: str) -> list[str]:
        """Translate one request's worth of non-blank ``texts`` (engine codes).

        May return a wrong number of items; :meth:`translate` checks.
        """
        raise NotImplementedError  # abstract hook: each engine speaks its own protocol

    def text_size(self, text: str) -> int:
        """How much of MAX_SIZE ``text`` takes (characters unless overridden)."""
        return len(text)

    # --- the call --------------------------------------------------------

    def translate(self, texts: Sequence[str], *, source: str, target: str) -> list[str]:
        """One translation per text, in order, or a :class:`~.errors.MachineTranslationError`.

        ``source`` and ``target`` are our language codes ("de", "pt-br",
        "zh-hant"). Blank texts come back unchanged without being sent.
        """
        texts = list(texts)
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("texts must be strings")
        if not texts:
            return []
        self.check_languages(source, target)
        positions = [index for index, text in enumerate(texts) if text.strip()]
        if not positions:
            return texts
        engine_source, engine_target = self.resolve_pair(source, target)
        to_send = [texts[index] for index in positions]
        try:
            chunks = list(
                chunked(
                    to_send, max_texts=self.max_texts, max_size=self.max_size, size=self.text_size
                )
            )
        except ValueError as exc:
            index = positions[exc.args[0]]
            raise self.error(
                errors.RequestTooLarge,
                detail=(
                    f"paragraph {index + 1} is {self.text_size(texts[index])} {self.size_unit}; "
                    f"at most {self.max_size} per request"
                ),
            ) from None
        translated: list[str] = []
        for chunk in chunks:
            answer = self.translate_chunk(chunk, engine_source, engine_target)
            if not isinstance(answer, list):
                detail = f"not a list: {type(answer).__name__}"
                raise self.error(errors.MalformedResponse, detail=detail)
            if len(answer) != len(chunk):
                raise self.error(errors.PartialResponse, received=len(answer), expected=len(chunk))
            if not all(isinstance(item, str) for item in answer):
                raise self.error(errors.MalformedResponse, detail="a translation is not a string")
            translated.extend(answer)
        result = list(texts)
        for index, text in zip(positions, translated, strict=True):
            result[index] = text
        return result

    def supports(self, source: str, target: str) -> bool:
        """Whether the pair looks translatable (what :meth:`resolve_pair` can tell).

        Engine failures other than an unsupported pair propagate.
        """
        try:
            self.check_languages(source, target)
            self.resolve_pair(source, target)
        except errors.UnsupportedLanguagePair:
            return False
        return True

    # --- helpers for subclasses -----------------------------------------

    def error(
        self, cls: type[errors.MachineTranslationError], **params: Any
    ) -> errors.MachineTranslationError:
        """An error of ``cls`` naming this engine."""
        return cls(engine=self.label, engine_name=self.name, **params)

    def unsupported(
        self, source: str, target: str, detail: str = ""
    ) -> errors.MachineTranslationError:
        return self.error(
            errors.UnsupportedLanguagePair, source=source, target=target, detail=detail
        )

    def check_languages(self, source: str, target: str) -> None:
        try:
            source_tag, target_tag = parse_language(source), parse_language(target)
        except ValueError as exc:
            raise self.unsupported(source, target, detail=str(exc)) from None
        if source_tag == target_tag:
            raise self.unsupported(source, target, detail="source and target are the same language")
