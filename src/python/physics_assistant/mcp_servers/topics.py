"""The six topic servers: name, tool module and default port.

Kept free of heavy imports: `mcp.pex --help` reads this without loading numba, sympy or pint.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from physics_assistant.mcp_servers.toolkit import ToolSet


@dataclass(frozen=True)
class Topic:
    name: str
    module: str
    default_port: int

    @property
    def service(self) -> str:
        """Service name in logs and metrics, and the Compose service name (`mcp-forces`)."""
        return f"mcp-{self.name}"


_TOOLS_PACKAGE = "physics_assistant.mcp_servers.tools"

TOPICS: dict[str, Topic] = {
    topic.name: topic
    for topic in (
        Topic("forces", f"{_TOOLS_PACKAGE}.forces", 10100),
        Topic("kinematics", f"{_TOOLS_PACKAGE}.kinematics", 10101),
        Topic("math", f"{_TOOLS_PACKAGE}.mathematics", 10102),
        Topic("energy", f"{_TOOLS_PACKAGE}.energy", 10103),
        Topic("momentum", f"{_TOOLS_PACKAGE}.momentum", 10104),
        Topic("angular-motion", f"{_TOOLS_PACKAGE}.angular_motion", 10105),
    )
}


class TopicUnavailable(RuntimeError):
    """The topic's tool module is not part of this build (yet)."""


def get_topic(name: str) -> Topic:
    try:
        return TOPICS[name]
    except KeyError:
        raise TopicUnavailable(f"unknown topic {name!r}; choose one of {', '.join(TOPICS)}") from None


def load_toolset(name: str) -> ToolSet:
    """Import the topic's module and return its `TOOLS`; a clear error when it is missing."""
    from physics_assistant.mcp_servers.toolkit import ToolSet

    topic = get_topic(name)
    try:
        module = importlib.import_module(topic.module)
    except ModuleNotFoundError as exc:
        # Only "this very module is absent" means the topic is unavailable; a missing dependency
        # deeper down is a real bug and must surface as such.
        if exc.name in (topic.module, _TOOLS_PACKAGE):
            raise TopicUnavailable(
                f"topic {name!r} is not available in this build: module {topic.module} does not exist"
            ) from None
        raise
    tools = getattr(module, "TOOLS", None)
    if not isinstance(tools, ToolSet):
        raise TopicUnavailable(f"module {topic.module} defines no `TOOLS = ToolSet(...)`")
    return tools


def topic_available(name: str) -> bool:
    """Whether the topic's tool module exists in this build (without importing it)."""
    return importlib.util.find_spec(get_topic(name).module) is not None


def warm_up(name: str) -> None:
    """Call the topic module's optional `warm_up()` (start CAS workers, load compiled kernels) so the
    first tool call does not pay for it. Failures are logged, never fatal: tools still work cold."""
    import logging

    log = logging.getLogger(__name__)
    topic = get_topic(name)
    try:
        module = importlib.import_module(topic.module)
        hook = getattr(module, "warm_up", None)
        if callable(hook):
            hook()
            log.info("warm-up done", extra={"topic": name})
    except Exception:  # - a cold start is slower, not broken
        log.exception("warm-up failed", extra={"topic": name})


def warm_up_in_background(name: str) -> None:
    import threading

    threading.Thread(target=warm_up, args=(name,), name=f"warm-up-{name}", daemon=True).start()
