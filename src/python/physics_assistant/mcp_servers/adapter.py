"""ToolSpec -> MCP tool: the one place where tool calls are validated, run, timed and rendered.

Every call ends as a `CallToolResult`:
- success: ``structuredContent`` = the tool's result model (SI values, ``units``, ``steps``) and one
  text block with the worked steps;
- bad input: ``isError`` with text naming each offending parameter
  (``parameter 'mass': must be > 0 kg, got -2``); unknown parameters are refused, not ignored;
  counted as outcome ``invalid_input``;
- a tool that runs past its time limit, fails unexpectedly or returns a non-finite number: ``isError``
  with a short reason (the traceback goes to the server log); counted as outcome ``error``, the one
  the alert watches. The server keeps serving.
"""

from __future__ import annotations

import json
import logging
import math
import time
from typing import Any, cast

import anyio
import anyio.to_thread
from mcp.server.mcpserver.tools import Tool
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, PrivateAttr, ValidationError

from physics_assistant.mcp_servers.metrics import ERROR, INVALID_INPUT, OK, Outcome, record_call, register_tool
from physics_assistant.mcp_servers.settings import DEFAULT_TOOL_TIMEOUT_S
from physics_assistant.mcp_servers.toolkit import ToolInputError, ToolResult, ToolSpec

log = logging.getLogger(__name__)

MAX_ERROR_TEXT = 600

# See PhysicsTool._execute.
FAST_S = 0.001
FAST_STREAK = 20
SLOW_S = 0.02
SMALL_LIST = 100


class _Pace:
    """How fast a tool has been: decides whether its calls may skip the worker thread."""

    def __init__(self) -> None:
        self.enabled = True
        self.streak = 0
        self.inline = False

    def observe(self, seconds: float) -> None:
        self.streak = self.streak + 1 if seconds <= FAST_S else 0
        self.inline = self.enabled and self.streak >= FAST_STREAK

    def reset(self) -> None:
        self.streak = 0
        self.inline = False


def _small(arguments: dict[str, Any]) -> bool:
    return not any(isinstance(v, list | dict) and len(v) > SMALL_LIST for v in arguments.values())


class PhysicsTool(Tool):
    """An MCP tool backed by a ToolSpec (see the module docstring for the result contract)."""

    server_name: str = "physics"
    timeout_s: float = DEFAULT_TOOL_TIMEOUT_S
    bool_params: frozenset[str] = frozenset()  # parameters whose schema accepts true/false
    _pace: _Pace = PrivateAttr(default_factory=lambda: _Pace())

    @classmethod
    def from_spec(
        cls,
        spec: ToolSpec,
        *,
        server_name: str,
        timeout_s: float = DEFAULT_TOOL_TIMEOUT_S,
        inline_fast: bool = True,
    ) -> PhysicsTool:
        """The tool for `spec`: answered with an error after `timeout_s` (MCP_TOOL_TIMEOUT_S); with
        `inline_fast` false (MCP_INLINE_FAST_TOOLS=0) its calls always run in a worker thread."""
        tool = cast(
            PhysicsTool,
            cls.from_function(
                spec.fn,
                name=spec.name,
                title=spec.title,
                description=spec.description,
                structured_output=True,
                annotations=ToolAnnotations(
                    title=spec.title,
                    read_only_hint=True,
                    destructive_hint=False,
                    idempotent_hint=True,
                    open_world_hint=False,
                ),
            ),
        )
        tool.server_name = server_name
        tool._pace.enabled = inline_fast and not spec.blocking
        tool.timeout_s = timeout_s
        properties = tool.parameters.get("properties", {})
        tool.bool_params = frozenset(n for n, schema in properties.items() if '"boolean"' in json.dumps(schema))
        register_tool(server_name, tool.name)
        return tool

    async def run(self, arguments: dict[str, Any], context: Any = None, convert_result: bool = False) -> Any:
        started = time.perf_counter()
        result, outcome = await self._call(arguments)
        record_call(self.server_name, self.name, outcome, time.perf_counter() - started)
        return result

    async def _call(self, arguments: dict[str, Any]) -> tuple[CallToolResult, Outcome]:
        """The result and its outcome for the metrics: the caller's mistake, or ours."""
        properties: dict[str, Any] = self.parameters.get("properties", {})
        unknown = sorted(set(arguments) - set(properties))
        if unknown:
            expected = ", ".join(sorted(properties)) or "none"
            problems = [f"parameter '{name}': unknown parameter (expected: {expected})" for name in unknown]
            return self._error(problems), INVALID_INPUT
        # pydantic would read true/false as 1/0 for a number; a boolean where no boolean is
        # expected is a caller's mistake worth naming.
        booleans = [name for name, value in arguments.items() if name not in self.bool_params and _has_bool(value)]
        if booleans:
            problems = [f"parameter '{name}': expected a number or text, got a boolean" for name in booleans]
            return self._error(problems), INVALID_INPUT
        try:
            kwargs = self.fn_metadata.validate_arguments(arguments)
        except ValidationError as exc:
            return self._error(describe_validation_error(exc)), INVALID_INPUT
        try:
            output = await self._execute(kwargs, _small(arguments))
        except TimeoutError:
            log.warning("tool timed out", extra={"tool": self.name, "timeout_s": self.timeout_s})
            problem = f"the computation did not finish within {self.timeout_s:g} s; simplify the input"
            return self._error([problem]), ERROR
        except ToolInputError as exc:
            return self._error([str(exc)]), INVALID_INPUT
        except (ValueError, ArithmeticError) as exc:
            # A kernel refused a value no tool check caught: say so plainly, but count it as our
            # error (the tool should have named the parameter).
            log.warning("tool raised on its input", extra={"tool": self.name, "error": repr(exc)})
            return self._error([f"cannot compute this input: {exc}"]), ERROR
        except Exception as exc:  # a crash becomes an error result, never a dead server
            log.exception("tool failed", extra={"tool": self.name})
            return self._error([f"internal error ({type(exc).__name__}); it has been logged"]), ERROR
        return self._success(output)

    async def _execute(self, kwargs: dict[str, Any], small: bool) -> Any:
        """Run the tool: inline when it has proven fast, else in a worker thread with a time limit.

        A thread keeps the event loop (and /health) responsive during long work, and on timeout
        the caller gets an answer while the thread is abandoned; but handing a call to a thread
        and back costs 0.1-0.2 ms, 20-40 times what a typical kernel call takes. So a tool runs in
        threads until FAST_STREAK consecutive calls each finished within FAST_S; after that,
        calls with small arguments (no long arrays) run inline. An inline call that takes longer
        than SLOW_S sends the tool back to threads. Tools registered with `blocking=True` (the
        CAS tools, which wait on a worker process with its own hard limit) never run inline.
        """
        if small and self._pace.inline:
            started = time.perf_counter()
            try:
                return self.fn(**kwargs)
            finally:
                if time.perf_counter() - started > SLOW_S:
                    log.warning("tool was slow inline; back to threads", extra={"tool": self.name})
                    self._pace.reset()

        def timed() -> Any:
            started = time.perf_counter()
            result = self.fn(**kwargs)
            self._pace.observe(time.perf_counter() - started)
            return result

        with anyio.fail_after(self.timeout_s):
            return await anyio.to_thread.run_sync(timed, abandon_on_cancel=True)

    def _success(self, output: Any) -> tuple[CallToolResult, Outcome]:
        if not isinstance(output, ToolResult):
            log.error("tool returned a non-ToolResult", extra={"tool": self.name, "type": type(output).__name__})
            problem = f"internal error (the tool returned {type(output).__name__}); it has been logged"
            return self._error([problem]), ERROR
        bad = first_non_finite(output)
        if bad is not None:
            # Tools check their own results and name the parameter; reaching here is a gap in that.
            log.warning("tool produced a non-finite value", extra={"tool": self.name, "field": bad})
            return self._error([f"the result field '{bad}' is not a finite number for this input"]), ERROR
        result = CallToolResult(
            content=[TextContent(type="text", text=render_text(output))],
            structured_content=output.model_dump(mode="json"),
        )
        return result, OK

    def _error(self, problems: list[str]) -> CallToolResult:
        text = f"{self.name}: " + "; ".join(problems)
        if len(text) > MAX_ERROR_TEXT:
            text = text[: MAX_ERROR_TEXT - 3] + "..."
        return CallToolResult(content=[TextContent(type="text", text=text)], is_error=True)


def describe_validation_error(exc: ValidationError) -> list[str]:
    """One line per parameter, e.g. "parameter 'mass': must be > 0 kg, got -2"."""
    by_param: dict[str, list[str]] = {}
    for error in exc.errors(include_url=False, include_input=False):
        loc = [str(part) for part in error.get("loc", ())]
        param = loc[0] if loc else "arguments"
        message = error.get("msg", "invalid value")
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if error.get("type") == "missing":
            message = "required"
        # Union members (number | string) and list items add their own loc parts; keep item
        # indices (they help) and drop the type names of union arms.
        detail = [part for part in loc[1:] if part.isdigit()]
        if detail:
            message = f"item {detail[0]}: {message}"
        messages = by_param.setdefault(param, [])
        if message not in messages:
            messages.append(message)
    lines = []
    for param, msgs in by_param.items():
        # A quantity is "number | string"; pydantic reports each arm. Say it once, plainly.
        arms = [m for m in msgs if m.split(", ")[0] in _UNION_ARMS]
        if len(arms) >= 2:
            msgs = [m for m in msgs if m not in arms] + ['expected a number (SI) or a string with units such as "2 kg"']
        lines.append(f"parameter '{param}': {' or '.join(msgs)}")
    return lines


def _has_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return True
    if isinstance(value, list):
        return any(_has_bool(v) for v in value)
    if isinstance(value, dict):
        return any(_has_bool(v) for v in value.values())
    return False


_UNION_ARMS = {"Input should be a valid number", "Input should be a valid string"}


def render_text(result: ToolResult) -> str:
    """The text fallback: the worked steps (or, for a tool without steps, its numbers with units)."""
    if result.steps:
        return "\n".join(result.steps)
    units = result.units
    lines = []
    for name, value in result.model_dump(exclude={"units", "steps"}).items():
        unit = units.get(name, "")
        lines.append(f"{name} = {value}{' ' + unit if unit else ''}")
    return "\n".join(lines)


def first_non_finite(model: BaseModel, prefix: str = "") -> str | None:
    """Dotted path of the first NaN/inf in a result (JSON has no NaN; clients would reject it)."""
    return _scan(model.model_dump(), prefix)


def _scan(value: Any, path: str) -> str | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path or "result")
    if isinstance(value, dict):
        for key, item in value.items():
            found = _scan(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            found = _scan(item, f"{path}[{i}]")
            if found:
                return found
    return None
