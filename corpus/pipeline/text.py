"""Re-export of :mod:`corpus.pipeline.common.text` under its old path (kept so
modules written against the flat layout still import)."""

from .common.text import *  # noqa: F403
from .common.text import __all__  # noqa: F401
