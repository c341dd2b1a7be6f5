"""Pure graph algorithms over prerequisite edges (concept -> its prerequisites)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class CycleError(ValueError):
    def __init__(self, cycle: list[str]) -> None:
        super().__init__("prerequisite cycle: " + " -> ".join(cycle))
        self.cycle = cycle


def find_cycle(requires: Mapping[str, Iterable[str]]) -> list[str] | None:
    """A cycle (first node repeated at the end) if the prerequisite relation has one, else None."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(requires, white)
    for start in sorted(requires):
        if colour[start] != white:
            continue
        # Iterative DFS: (node, iterator over its prerequisites); the stack is the current path.
        stack = [(start, iter(sorted(requires[start])))]
        colour[start] = grey
        while stack:
            node, children = stack[-1]
            for child in children:
                state = colour.get(child, black)
                if state == grey:
                    path = [n for n, _ in stack]
                    return [*path[path.index(child) :], child]
                if state == white:
                    colour[child] = grey
                    stack.append((child, iter(sorted(requires[child]))))
                    break
            else:
                colour[node] = black
                stack.pop()
    return None


def topological_order(requires: Mapping[str, Iterable[str]], rank: Mapping[str, object] | None = None) -> list[str]:
    """Every node after all its prerequisites. Among nodes ready at the same time, lower `rank`
    (then name) first, so the order is deterministic. Raises CycleError on a cycle."""
    pending = {node: set(prereqs) & set(requires) for node, prereqs in requires.items()}
    dependents: dict[str, list[str]] = {node: [] for node in requires}
    for node, prereqs in pending.items():
        for p in prereqs:
            dependents[p].append(node)

    def key(node: str) -> tuple[str, str]:
        return (str(rank.get(node, "")) if rank else "", node)

    ready = sorted((n for n, p in pending.items() if not p), key=key)
    order: list[str] = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for dependent in dependents[node]:
            pending[dependent].discard(node)
            if not pending[dependent]:
                ready.append(dependent)
        ready.sort(key=key)
    if len(order) != len(requires):
        cycle = find_cycle({n: p for n, p in pending.items() if p})
        raise CycleError(cycle or sorted(set(requires) - set(order)))
    return order


def ancestors(requires: Mapping[str, Iterable[str]], node: str) -> set[str]:
    """Every direct or indirect prerequisite of `node` (not including it)."""
    seen: set[str] = set()
    stack = list(requires.get(node, ()))
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(requires.get(current, ()))
    return seen


def roots(requires: Mapping[str, Iterable[str]]) -> set[str]:
    return {node for node, prereqs in requires.items() if not list(prereqs)}


def depths(requires: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """Length of the longest prerequisite chain below each node (roots are 0)."""
    result: dict[str, int] = {}
    for node in topological_order(requires):
        result[node] = max((result[p] + 1 for p in requires[node]), default=0)
    return result


def weakly_connected_components(requires: Mapping[str, Iterable[str]]) -> list[set[str]]:
    neighbours: dict[str, set[str]] = {n: set() for n in requires}
    for node, prereqs in requires.items():
        for p in prereqs:
            neighbours[node].add(p)
            neighbours.setdefault(p, set()).add(node)
    components: list[set[str]] = []
    seen: set[str] = set()
    for start in sorted(neighbours):
        if start in seen:
            continue
        component = {start}
        stack = [start]
        while stack:
            for n in neighbours[stack.pop()]:
                if n not in component:
                    component.add(n)
                    stack.append(n)
        seen |= component
        components.append(component)
    return components
