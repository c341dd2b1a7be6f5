"""How mastery of a concept moves with each attempt: an exponential moving average of success.

mastery' = mastery + RATE * (outcome - mastery), outcome 1 for a success and 0 for a failure,
starting at 0. Recent attempts weigh most, so a student who struggled early and now succeeds
reaches mastery, and a mastered concept that starts failing drops back out. The same rule runs
in SQL (postgres/progress.py) so concurrent recordings update a row atomically.
"""

from __future__ import annotations

from collections.abc import Iterable

RATE = 0.35
MASTERY_THRESHOLD = 0.8
# A lucky streak of one or two is not mastery.
MIN_ATTEMPTS = 3


def update(mastery: float, success: bool) -> float:
    return mastery + RATE * ((1.0 if success else 0.0) - mastery)


def replay(outcomes: Iterable[bool]) -> float:
    mastery = 0.0
    for outcome in outcomes:
        mastery = update(mastery, outcome)
    return mastery


def is_mastered(mastery: float, attempts: int) -> bool:
    return attempts >= MIN_ATTEMPTS and mastery >= MASTERY_THRESHOLD
