"""Re-export of :mod:`corpus.pipeline.common.lexicon` under its old path (kept so
modules written against the flat layout still import)."""

from .common.lexicon import *  # noqa: F403
from .common.lexicon import __all__  # noqa: F401
