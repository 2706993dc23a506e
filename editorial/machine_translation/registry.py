"""The configured engines, from the ``NEWSDESK_MACHINE_TRANSLATION`` setting.

The setting is a dict of engines by name, in the order the admin offers
them::

    NEWSDESK_MACHINE_TRANSLATION = {
        "libretranslate": {
            "ENGINE": "editorial.machine_translation.libretranslate.LibreTranslateEngine",
            "URL": "https://translate.example.org",
            "API_KEY": "...",            # optional for LibreTranslate
            "TIMEOUT": 30,               # seconds, per connection and per wait for data
            "LABEL": "LibreTranslate",   # optional: what users see
            "OPTIONS": {"MAX_TEXTS": 50, "MAX_SIZE": 5000},
        },
    }

An empty dict (the default) means no machine translation: the admin says so
and translators work by hand. A malformed entry is a configuration mistake
and raises ``ImproperlyConfigured`` when engines are first read.
"""

from __future__ import annotations

import threading

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from . import errors
from .base import MachineTranslationEngine

SETTING = "NEWSDESK_MACHINE_TRANSLATION"
KEYS = {"ENGINE", "URL", "API_KEY", "TIMEOUT", "LABEL", "OPTIONS"}

_engines: dict[str, MachineTranslationEngine] | None = None
_lock = threading.Lock()


def _build_engines() -> dict[str, MachineTranslationEngine]:
    config = getattr(settings, SETTING, None) or {}
    if not isinstance(config, dict):
        raise ImproperlyConfigured(f"{SETTING} must be a dict of engines by name.")
    engines = {}
    for name, entry in config.items():
        if not isinstance(entry, dict) or "ENGINE" not in entry:
            raise ImproperlyConfigured(f"{SETTING}[{name!r}] must be a dict with an ENGINE.")
        unknown = set(entry) - KEYS
        if unknown:
            raise ImproperlyConfigured(
                f"{SETTING}[{name!r}] has unknown keys {sorted(unknown)}; allowed: {sorted(KEYS)}."
            )
        try:
            engine_class = import_string(entry["ENGINE"])
        except ImportError as exc:
            raise ImproperlyConfigured(f"{SETTING}[{name!r}]['ENGINE']: {exc}") from exc
        is_engine = isinstance(engine_class, type) and issubclass(
            engine_class, MachineTranslationEngine
        )
        if not is_engine:
            raise ImproperlyConfigured(
                f"{SETTING}[{name!r}]['ENGINE'] is not a MachineTranslationEngine subclass."
            )
        try:
            engines[name] = engine_class(
                name=name,
                url=entry.get("URL") or "",
                api_key=entry.get("API_KEY") or "",
                timeout=entry.get("TIMEOUT", 30),
                label=entry.get("LABEL") or "",
                options=entry.get("OPTIONS") or {},
            )
        except (TypeError, ValueError) as exc:
            raise ImproperlyConfigured(f"{SETTING}[{name!r}]: {exc}") from exc
    return engines


def _all() -> dict[str, MachineTranslationEngine]:
    # Built once per process (engines cache what they learn, e.g. languages).
    global _engines
    with _lock:
        if _engines is None:
            _engines = _build_engines()
        return _engines


@receiver(setting_changed)
def _reset(*, setting: str, **kwargs) -> None:
    global _engines
    if setting == SETTING:
        with _lock:
            _engines = None


def configured_engines() -> list[MachineTranslationEngine]:
    """Every configured engine, usable or not, in settings order (for the admin's notes)."""
    return list(_all().values())


def available_engines() -> list[MachineTranslationEngine]:
    """The configured engines that can be used here, in settings order.

    Empty when none is configured (or none is usable): the admin then offers
    no machine translation.
    """
    return [engine for engine in _all().values() if engine.availability().usable]


def engine_choices() -> list[tuple[str, str]]:
    """``(name, label)`` of the available engines, for a form's choices."""
    return [(engine.name, engine.label) for engine in available_engines()]


def get_engine(name: str) -> MachineTranslationEngine:
    """The usable engine configured as ``name``.

    Raises :class:`~.errors.NoEngineConfigured` when nothing is configured,
    :class:`~.errors.UnknownEngine` for a name not in the setting and
    :class:`~.errors.EngineUnavailable` (with the reason) for an engine that
    cannot be used here.
    """
    engines = _all()
    if not engines:
        raise errors.NoEngineConfigured()
    if name not in engines:
        raise errors.UnknownEngine(engine=name, engine_name=name)
    engine = engines[name]
    availability = engine.availability()
    if not availability.usable:
        raise engine.error(errors.EngineUnavailable, reason=availability.reason)
    return engine
