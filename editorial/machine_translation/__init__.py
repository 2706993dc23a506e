"""Machine-translation engines behind one call.

The editorial services call :func:`machine_translate`; the admin asks
:func:`available_engines` / :func:`engine_choices` what to offer (nothing
when nothing is configured) and :func:`configured_engines` why an engine is
missing. Engines: LibreTranslate-compatible HTTP APIs, DeepL and, when
installed with its models, Argos Translate. Every failure is a
:class:`MachineTranslationError` with a message for the user; an engine
call never returns part of a translation.
"""

from .base import Availability, MachineTranslationEngine
from .errors import (
    EngineAuthenticationFailed,
    EngineFailed,
    EngineQuotaExceeded,
    EngineRateLimited,
    EngineTimeout,
    EngineUnavailable,
    EngineUnreachable,
    MachineTranslationError,
    MalformedResponse,
    NoEngineConfigured,
    PartialResponse,
    RequestTooLarge,
    UnknownEngine,
    UnsupportedLanguagePair,
)
from .registry import available_engines, configured_engines, engine_choices, get_engine
from .service import MachineResult, machine_translate

__all__ = [
    "Availability",
    "EngineAuthenticationFailed",
    "EngineFailed",
    "EngineQuotaExceeded",
    "EngineRateLimited",
    "EngineTimeout",
    "EngineUnavailable",
    "EngineUnreachable",
    "MachineResult",
    "MachineTranslationEngine",
    "MachineTranslationError",
    "MalformedResponse",
    "NoEngineConfigured",
    "PartialResponse",
    "RequestTooLarge",
    "UnknownEngine",
    "UnsupportedLanguagePair",
    "available_engines",
    "configured_engines",
    "engine_choices",
    "get_engine",
    "machine_translate",
]
