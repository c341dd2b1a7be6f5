"""Domain errors the routes turn into HTTP answers (never 500)."""

from __future__ import annotations


class NotFound(Exception):
    """404: unknown, or not visible to the caller (we do not reveal which)."""


class Forbidden(Exception):
    """403: the caller is known but their role does not allow this."""


class Conflict(Exception):
    """409: the request clashes with existing data (e.g. a taken username); `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class Invalid(Exception):
    """422 raised after schema validation (e.g. an unknown concept name); `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
