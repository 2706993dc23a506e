"""The plain-Django baseline of bench/public_bench.py: production settings
(same middleware, database, templates engine) with a urlconf holding only
the tutorial-style detail view. Bench only: never part of the product."""

import copy

from config.settings.prod import *  # noqa: F401,F403
from config.settings.prod import BASE_DIR, TEMPLATES

ROOT_URLCONF = "bench.plain_urls"
TEMPLATES = copy.deepcopy(TEMPLATES)
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]
