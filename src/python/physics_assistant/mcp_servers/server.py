"""Build the MCPServer for one topic: every ToolSet tool and every formula sheet."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.resources import TextResource
from mcp.server.mcpserver.tools import Tool

from physics_assistant import __version__
from physics_assistant.mcp_servers.adapter import PhysicsTool
from physics_assistant.mcp_servers.settings import DEFAULT_TOOL_TIMEOUT_S, McpSettings
from physics_assistant.mcp_servers.toolkit import ToolSet
from physics_assistant.mcp_servers.topics import Topic, get_topic, load_toolset
from physics_assistant.physics.maths import sandbox

INSTRUCTIONS = (
    "Physics Assistant {title} tools. Quantities are numbers in SI units or strings with units "
    '("20 km/h", "30 deg"); results come back in SI with a units map and worked steps. '
    "Formula sheets are available as resources."
)


def build_topic_server(topic: Topic, settings: McpSettings) -> tuple[ToolSet, MCPServer]:
    """A topic's tools and server, configured from the settings validated at start-up (the tools'
    time limit and inline calls; the CAS sandbox's limits, which the math topic uses)."""
    sandbox.configure(settings.cas_limits)
    toolset = load_toolset(topic.name)
    server = build_server(
        toolset, tool_timeout_s=settings.mcp_tool_timeout_s, inline_fast_tools=settings.mcp_inline_fast_tools
    )
    return toolset, server


def build_server(
    toolset: ToolSet, *, tool_timeout_s: float = DEFAULT_TOOL_TIMEOUT_S, inline_fast_tools: bool = True
) -> MCPServer:
    topic = get_topic(toolset.topic)
    tools: list[Tool] = [
        PhysicsTool.from_spec(spec, server_name=topic.name, timeout_s=tool_timeout_s, inline_fast=inline_fast_tools)
        for spec in toolset.tools.values()
    ]
    server: MCPServer = MCPServer(
        name=f"physics-assistant-{topic.name}",
        title=f"Physics Assistant: {toolset.title}",
        instructions=INSTRUCTIONS.format(title=toolset.title.lower()),
        version=__version__,
        tools=tools,
        # Nothing for clients to subscribe to: formula sheets never change while a server runs.
        subscriptions=False,
    )
    for sheet in toolset.resources:
        server.add_resource(
            TextResource(
                uri=sheet.uri,
                name=sheet.name,
                title=sheet.name,
                description=sheet.description,
                mime_type=sheet.mime_type,
                text=sheet.text,
            )
        )
    return server
