"""The RQ connection helper against a real Redis: a job is enqueued and a worker runs it."""

from __future__ import annotations

from rq import SimpleWorker

from physics_assistant.database_api.redis_store.jobs import queue


def double(x: int) -> int:
    return 2 * x


def test_enqueue_and_run(redis_url: str) -> None:
    q = queue(redis_url, "pa-test")
    job = q.enqueue(double, 21)
    assert q.count == 1
    SimpleWorker([q], connection=q.connection).work(burst=True)
    job.refresh()
    assert job.is_finished and job.return_value() == 42
