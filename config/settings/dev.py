"""Local development: DEBUG on, a throwaway key, localhost only."""

from .base import *  # noqa: F401,F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
# Templates change under a developer's hands: render every request unless asked.
NEWSDESK_PAGE_CACHE = env_bool("NEWSDESK_PAGE_CACHE", False)
