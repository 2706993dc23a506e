"""The one call the editorial services make: ``machine_translate``."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from .errors import MachineTranslationError
from .registry import get_engine

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MachineResult:
    """A complete machine translation of a list of paragraphs.

    ``translations[i]`` translates ``texts[i]``; ``engine`` is the settings
    name chosen, ``engine_label`` what users call it; ``translated_at`` is
    when the engine's last answer arrived, ``seconds`` how long it all took.
    """

    engine: str
    engine_label: str
    source: str
    target: str
    translations: tuple[str, ...]
    translated_at: datetime
    seconds: float


def machine_translate(
    *, engine: str, texts: Sequence[str], source: str, target: str
) -> MachineResult:
    """Translate ``texts`` from ``source`` to ``target`` with the engine named ``engine``.

    Guarantees one translation per text, in order, or an exception: never a
    partial list. Makes no database writes; the caller creates the draft.
    Blank texts come back unchanged.

    Raises a :class:`~.errors.MachineTranslationError` subclass whose
    ``message`` is for the user: no engine configured, unknown or unavailable
    engine, unsupported language pair, timeout, rate limit, quota, refused
    key, text too long, malformed or partial answer, unreachable engine, or
    another engine failure. Raises ``TypeError`` if a text is not a string.
    """
    chosen = get_engine(engine)
    started = time.monotonic()
    try:
        translations = chosen.translate(texts, source=source, target=target)
    except MachineTranslationError as exc:
        logger.warning(
            "Machine translation %s→%s with %r failed: %s (%s)",
            source, target, engine, type(exc).__name__, exc.detail or "-",
        )
        raise
    return MachineResult(
        engine=chosen.name,
        engine_label=chosen.label,
        source=source,
        target=target,
        translations=tuple(translations),
        translated_at=timezone.now(),
        seconds=round(time.monotonic() - started, 3),
    )
