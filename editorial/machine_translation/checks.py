"""System checks: a malformed NEWSDESK_MACHINE_TRANSLATION is reported by
``manage.py check`` (and at startup), not first as a 500 in the admin; a
configured engine that cannot be used here is a warning saying why."""

from __future__ import annotations

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from .registry import SETTING, configured_engines


@checks.register()
def check_machine_translation(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        engines = configured_engines()
    except ImproperlyConfigured as exc:
        return [checks.Error(str(exc), id="newsdesk.E001", hint=f"See {SETTING} in the README.")]
    problems = []
    for engine in engines:
        availability = engine.availability()
        if not availability.usable:
            problems.append(
                checks.Warning(
                    f"Machine-translation engine {engine.name!r} cannot be used: "
                    f"{availability.reason}",
                    id="newsdesk.W001",
                    hint="It is not offered to translators until this is fixed.",
                )
            )
    return problems
