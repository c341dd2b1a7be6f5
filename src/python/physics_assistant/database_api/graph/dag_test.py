import itertools

from hypothesis import given
from hypothesis import strategies as st

from physics_assistant.database_api.graph import dag


@st.composite
def random_dags(draw: st.DrawFn) -> dict[str, list[str]]:
    """Edges only from a higher index to a lower one: acyclic by construction."""
    n = draw(st.integers(min_value=1, max_value=25))
    names = [f"n{i}" for i in range(n)]
    return {names[i]: sorted(draw(st.sets(st.sampled_from(names[:i]), max_size=4)) if i else set()) for i in range(n)}


@given(random_dags())
def test_topological_order_puts_prerequisites_first(requires: dict[str, list[str]]) -> None:
    order = dag.topological_order(requires)
    assert sorted(order) == sorted(requires)
    position = {n: i for i, n in enumerate(order)}
    for node, prereqs in requires.items():
        assert all(position[p] < position[node] for p in prereqs)
    assert dag.find_cycle(requires) is None


@given(random_dags(), st.data())
def test_a_back_edge_creates_a_cycle_that_is_found(requires: dict[str, list[str]], data: st.DataObject) -> None:
    candidates = [(node, p) for node, prereqs in requires.items() for p in prereqs]
    if not candidates:
        return
    node, prereq = data.draw(st.sampled_from(candidates))
    requires = {k: list(v) for k, v in requires.items()}
    requires[prereq].append(node)  # now node -> prereq -> node
    cycle = dag.find_cycle(requires)
    assert cycle is not None and cycle[0] == cycle[-1]
    for a, b in itertools.pairwise(cycle):
        assert b in requires[a], f"{a} -> {b} is not an edge"
    try:
        dag.topological_order(requires)
    except dag.CycleError:
        pass
    else:
        raise AssertionError("a cyclic graph has no topological order")


@given(random_dags())
def test_depth_is_longest_chain_and_ancestors_are_closed(requires: dict[str, list[str]]) -> None:
    depth = dag.depths(requires)
    for node, prereqs in requires.items():
        assert depth[node] == max((depth[p] + 1 for p in prereqs), default=0)
        above = dag.ancestors(requires, node)
        for p in above:
            assert dag.ancestors(requires, p) <= above


def test_rank_breaks_ties_deterministically() -> None:
    requires = {"a": [], "b": [], "c": ["a", "b"]}
    assert dag.topological_order(requires, rank={"a": "2", "b": "1", "c": "0"}) == ["b", "a", "c"]
