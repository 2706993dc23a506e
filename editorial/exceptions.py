"""Errors raised by editorial services, for callers to show to users.

Every refusal is an :class:`EditorialError` with a message written for the
person who asked; the admin shows it with ``messages``, never as a 500.
"""


class EditorialError(Exception):
    """A requested change is not allowed in the current state."""

    @property
    def message(self) -> str:
        return str(self)


class PermissionDenied(EditorialError):
    """The user's role does not allow this action."""


class FourEyesError(PermissionDenied):
    """The user would be deciding on their own work."""


class InvalidTransition(EditorialError):
    """The version or edition is not in a state that allows this change."""


class StaleVersionError(EditorialError):
    """An edit was based on a version that is no longer the latest.

    Raised instead of silently overwriting someone else's newer text; the
    caller shows both texts so nothing is lost.
    """

    def __init__(self, *, based_on_number: int, latest_number: int):
        super().__init__(
            f"This text was edited from version {based_on_number}, but version "
            f"{latest_number} has been saved since. Merge your changes into the latest version."
        )
        self.based_on_number = based_on_number
        self.latest_number = latest_number


class MachineTranslationFailed(EditorialError):
    """A machine-translation engine failed; nothing was created. The engine's
    own error (editorial.machine_translation) is the ``__cause__``."""
