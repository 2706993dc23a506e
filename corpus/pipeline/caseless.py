"""Re-export of :mod:`corpus.pipeline.common.caseless` under its old path (kept so
modules written against the flat layout still import)."""

from .common.caseless import *  # noqa: F403
from .common.caseless import __all__  # noqa: F401
