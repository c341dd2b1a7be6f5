"""Six MCP servers (forces, kinematics, math, energy, momentum, angular-motion) over the physics kernels."""
