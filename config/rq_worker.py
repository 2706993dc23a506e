"""The RQ worker class `manage.py rqworker` uses when NEWSDESK_TASKS_BACKEND=rq.

RQ's default worker forks a fresh process per job, which then loads the
import's language models and word lists again: ~2.5 s of CPU per chunk,
measured (bench/RESULTS.md, session 6), as much as importing 100 files. This
worker runs jobs in its own process, as ``db_worker`` does, so they stay
loaded from one chunk to the next. Like ``db_worker`` it treats each job as
Django treats a request: database connections that broke or outlived
CONN_MAX_AGE are closed before and after it, so a database restart costs
one reconnection, not every later job.
"""

from __future__ import annotations

from django.db import close_old_connections
from rq.worker import SimpleWorker as RQSimpleWorker


class SimpleWorker(RQSimpleWorker):
    def execute_job(self, job, queue):
        close_old_connections()
        try:
            return super().execute_job(job, queue)
        finally:
            close_old_connections()
