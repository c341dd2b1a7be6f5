"""Physics Assistant: a self-hostable physics tutoring platform."""

__version__ = "0.1.0"
