"""Running service calls at the same moment from several threads.

Each thread gets its own database connection (Django's connections are per
thread), so this exercises real row locks, unique constraints and SQLite's
write lock, not Python-level interleaving. Use with
``pytest.mark.django_db(transaction=True)``: the threads must see committed rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import connection


def at_once(*calls: Callable[[], object]) -> list[object]:
    """Run each call in its own thread, released together by a barrier;
    returns each call's result or the exception it raised, in order."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[index] = call()
        except Exception as error:  # noqa: BLE001 - any outcome is returned for the test to assert on
            outcomes[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n, call)) for n, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes
