from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.database_api.redis_store.rate_limit import WINDOW_S, current_window


@given(st.floats(min_value=0, max_value=4e9, allow_nan=False))
def test_window_contains_now_and_retry_after_reaches_its_end(now: float) -> None:
    window = current_window(now)
    assert window.start <= now < window.start + WINDOW_S + 1
    assert window.start % WINDOW_S == 0
    assert 1 <= window.retry_after_s <= WINDOW_S
    assert int(now) + window.retry_after_s >= window.start + WINDOW_S
