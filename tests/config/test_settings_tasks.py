"""config.settings.base.tasks_from_env: the tasks backend is chosen by the environment alone."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.base import tasks_from_env


def test_the_database_backend_is_the_default_and_needs_nothing_more():
    for environ in ({}, {"NEWSDESK_TASKS_BACKEND": ""}, {"NEWSDESK_TASKS_BACKEND": "database"}):
        found = tasks_from_env(environ, redis_url="redis://cache:6379/0")
        assert found["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
        assert found["apps"] == [] and "RQ_QUEUES" not in found


def test_rq_takes_the_redis_of_the_cache_unless_given_its_own():
    found = tasks_from_env({"NEWSDESK_TASKS_BACKEND": "rq"}, redis_url="redis://cache:6379/0")
    assert found["TASKS"]["default"] == {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
    assert found["apps"] == ["django_rq", "django_tasks_rq"]
    assert found["RQ_QUEUES"] == {"default": {"URL": "redis://cache:6379/0", "DEFAULT_TIMEOUT": 3600}}
    assert found["RQ"]["JOB_CLASS"] == "django_tasks_rq.Job"

    own = tasks_from_env(
        {"NEWSDESK_TASKS_BACKEND": "rq", "NEWSDESK_TASKS_REDIS_URL": "redis://queue:6379/1",
         "NEWSDESK_TASKS_TIMEOUT": "600"},
        redis_url="redis://cache:6379/0",
    )
    assert own["RQ_QUEUES"]["default"] == {"URL": "redis://queue:6379/1", "DEFAULT_TIMEOUT": 600}


def test_rq_without_a_redis_is_refused():
    with pytest.raises(ImproperlyConfigured, match="needs REDIS_URL"):
        tasks_from_env({"NEWSDESK_TASKS_BACKEND": "rq"})


def test_any_backend_by_its_dotted_path_but_no_unknown_name():
    path = "django_tasks.backends.immediate.ImmediateBackend"
    assert tasks_from_env({"NEWSDESK_TASKS_BACKEND": path})["TASKS"]["default"]["BACKEND"] == path
    with pytest.raises(ImproperlyConfigured, match="database, rq or a dotted path"):
        tasks_from_env({"NEWSDESK_TASKS_BACKEND": "celery"})
