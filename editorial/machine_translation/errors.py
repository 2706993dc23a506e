"""Errors of machine translation, for callers to show to users.

Every failure of an engine call is a :class:`MachineTranslationError` whose
``message`` is written for the translator who pressed the button, in the
language active when it is read (the templates are ``gettext_lazy``). The
engine's own words, if any, are kept apart in ``detail`` for logs and for
the admin to show after the message; they are never needed to understand it.

An engine call either returns one translation per paragraph or raises one of
these: nothing is ever returned half-done.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class MachineTranslationError(Exception):
    """Machine translation was refused or failed; nothing was translated."""

    template: Promise = _("Machine translation failed. Nothing was translated.")

    def __init__(
        self, *, engine: str = "", engine_name: str = "", detail: str = "", **params: object
    ):
        # ``engine`` is the label people know ("DeepL"); ``engine_name`` the
        # settings key ("deepl") callers chose it by.
        self.engine = engine
        self.engine_name = engine_name
        self.detail = detail
        self.params = {"engine": engine, **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The user-readable message in the currently active language."""
        return str(self.template) % self.params

    def __str__(self) -> str:
        return self.message


class NoEngineConfigured(MachineTranslationError):
    """No engine is configured at all: translators work by hand."""

    template = _(
        "No machine-translation engine is configured. Translations are made by hand."
    )


class UnknownEngine(MachineTranslationError):
    """The engine asked for is not among the configured ones."""

    template = _("There is no machine-translation engine called “%(engine)s”.")


class EngineUnavailable(MachineTranslationError):
    """The engine is configured but cannot be used here (``reason`` says why)."""

    template = _("%(engine)s cannot be used: %(reason)s")


class EngineTimeout(MachineTranslationError):
    template = _(
        "%(engine)s did not answer within %(seconds)s seconds. Nothing was translated; "
        "try again later."
    )


class EngineRateLimited(MachineTranslationError):
    template = _(
        "%(engine)s is receiving too many requests. Nothing was translated; wait a moment "
        "and try again."
    )


class EngineQuotaExceeded(MachineTranslationError):
    template = _(
        "The translation quota of %(engine)s is used up. Nothing was translated; ask an "
        "administrator to raise the quota or choose another engine."
    )


class EngineAuthenticationFailed(MachineTranslationError):
    template = _(
        "%(engine)s refused the API key. Nothing was translated; ask an administrator to "
        "check the engine's configuration."
    )


class UnsupportedLanguagePair(MachineTranslationError):
    template = _("%(engine)s cannot translate from %(source)s into %(target)s.")


class RequestTooLarge(MachineTranslationError):
    template = _(
        "The text is too long for %(engine)s to translate in one request. Nothing was "
        "translated; split long paragraphs, or ask an administrator to check the engine's "
        "request limits."
    )


class MalformedResponse(MachineTranslationError):
    template = _(
        "%(engine)s sent an answer that could not be read. Nothing was translated."
    )


class PartialResponse(MachineTranslationError):
    template = _(
        "%(engine)s returned %(received)s translations for %(expected)s paragraphs. "
        "Nothing was translated."
    )


class EngineUnreachable(MachineTranslationError):
    template = _(
        "%(engine)s could not be reached. Nothing was translated; try again later or ask "
        "an administrator."
    )


class EngineFailed(MachineTranslationError):
    """The engine answered with an error it did not explain in a way we know."""

    template = _("%(engine)s could not translate the text. Nothing was translated.")
