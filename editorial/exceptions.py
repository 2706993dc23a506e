"""Errors raised by editorial services, for callers to show to users."""


class EditorialError(Exception):
    """A requested change is not allowed in the current state."""


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
