"""Which MCP tools compute what about a concept: concept name -> (server, tool) pairs.

Servers are the MCP topics (forces, kinematics, math, energy, momentum, angular-motion); tool names
are keys of ``physics_assistant.mcp_servers.tools.<topic>.TOOLS.tools`` (a test checks each exists).
"""

TOOL_LINKS: dict[str, list[tuple[str, str]]] = {}
