"""Build the MCPServer for one topic: every ToolSet tool and every formula sheet."""

from __future__ import annotations

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.resources import TextResource
from mcp.server.mcpserver.tools import Tool

from physics_assistant import __version__
from physics_assistant.mcp_servers.adapter import PhysicsTool
from physics_assistant.mcp_servers.toolkit import ToolSet
from physics_assistant.mcp_servers.topics import get_topic

INSTRUCTIONS = (
    "Physics Assistant {title} tools. Quantities are numbers in SI units or strings with units "
    '("20 km/h", "30 deg"); results come back in SI with a units map and worked steps. '
    "Formula sheets are available as resources."
)


def build_server(toolset: ToolSet) -> MCPServer:
    topic = get_topic(toolset.topic)
    tools: list[Tool] = [PhysicsTool.from_spec(spec, server_name=topic.name) for spec in toolset.tools.values()]
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
