"""Calling one topic's MCP tools in-process from unit tests, the way a client's JSON arrives
(numbers, strings with units, limits checked), and the usual checks on the answer::

    from physics_assistant.testing.tool_calls import ToolCalls, json_round_trip

    call = ToolCalls(TOOLS)
    rejects = call.rejects

    def test_weight():
        assert call("weight", mass="500 g").weight == pytest.approx(4.905)
        rejects("weight", "mass", mass=-1)      # refused, naming the parameter
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from physics_assistant.mcp_servers.toolkit import ToolInputError, ToolResult, ToolSet, invoke


class ToolCalls:
    """`call(tool, **arguments)` runs a tool of `toolset` with validated JSON-style arguments."""

    def __init__(self, toolset: ToolSet) -> None:
        self.toolset = toolset

    def __call__(self, tool: str, /, **arguments: Any) -> Any:
        return invoke(self.toolset.tools[tool], arguments)

    def rejects(self, tool: str, parameter: str, /, **arguments: Any) -> str:
        """The call fails with an error naming `parameter` (first); returns the message."""
        with pytest.raises((ValidationError, ToolInputError)) as caught:
            self(tool, **arguments)
        error = caught.value
        if isinstance(error, ToolInputError):
            assert error.parameter == parameter, str(error)
        else:
            assert isinstance(error, ValidationError)
            assert error.errors()[0]["loc"][0] == parameter, str(error)
        return str(error)

    def refused_by_validation(self, tool: str, parameter: str, /, **arguments: Any) -> ValidationError:
        """The arguments are refused before the tool runs, one of the errors naming `parameter`."""
        with pytest.raises(ValidationError) as caught:
            self(tool, **arguments)
        assert parameter in {str(err["loc"][0]) for err in caught.value.errors()}, str(caught.value)
        return caught.value

    def refused_by_tool(self, tool: str, parameter: str, /, **arguments: Any) -> ToolInputError:
        """The tool itself refuses the input (impossible physics), naming `parameter`."""
        with pytest.raises(ToolInputError) as caught:
            self(tool, **arguments)
        assert caught.value.parameter == parameter
        assert f"parameter '{parameter}'" in str(caught.value)
        return caught.value


def json_round_trip(result: ToolResult) -> dict[str, Any]:
    """The result as a client receives it (JSON has no NaN/inf: every number must be finite),
    checked for a unit per named field and for worked steps."""
    data: dict[str, Any] = json.loads(result.model_dump_json())
    for field in data["units"]:
        assert field in data, f"units names unknown field {field!r}"
    assert data["steps"], "every tool shows its working"
    return data
