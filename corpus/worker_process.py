"""Start-up of a cleaning worker process: it never outlives the importer.

A worker of a :class:`~concurrent.futures.ProcessPoolExecutor` waits on a
queue whose writing end it holds itself, so when the importer is killed
(SIGKILL, OOM killer) nothing tells the worker, and it would wait forever.
A daemon thread watches the parent process and ends the worker as soon as
the parent is gone (the worker is then re-parented, so ``getppid`` changes).

No Django here: a spawned worker imports only this module and the pure
pipeline.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence

from corpus.pipeline import workers
from corpus.pipeline.types import VocabularyEntry

WATCH_INTERVAL = 0.25  # seconds; how long a worker may outlive its importer


def start(vocabulary: Sequence[VocabularyEntry], parent_pid: int) -> None:
    """Pool initializer: watch the parent, then prepare the pipeline."""
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()
    workers.start(vocabulary)


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(WATCH_INTERVAL)
    # The importer is gone: nobody will ever read what this worker produces.
    os._exit(1)
