from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.database_api import mastery


@given(st.lists(st.booleans(), max_size=60))
def test_mastery_stays_in_unit_interval(outcomes: list[bool]) -> None:
    assert 0.0 <= mastery.replay(outcomes) <= 1.0


@given(st.floats(min_value=0, max_value=1), st.booleans())
def test_success_never_lowers_and_failure_never_raises(m: float, success: bool) -> None:
    after = mastery.update(m, success)
    assert (after >= m) if success else (after <= m)


def test_thresholds() -> None:
    assert not mastery.is_mastered(mastery.replay([True] * 3), 3)
    assert mastery.is_mastered(mastery.replay([True] * 4), 4)
    # Early struggles are forgiven by a run of recent successes...
    assert mastery.is_mastered(mastery.replay([False] * 5 + [True] * 5), 10)
    # ...and a mastered concept that starts failing drops out again.
    assert not mastery.is_mastered(mastery.replay([True] * 8 + [False]), 9)
