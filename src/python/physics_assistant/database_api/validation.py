"""Input checks Postgres would otherwise fail on with a 500: NUL characters, lone surrogates,
non-finite numbers and runaway nesting in free-form JSON."""

from __future__ import annotations

import json
import math
from typing import Any

MAX_JSON_DEPTH = 16


def clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (no lone surrogates)") from None
    return value


def json_checker(max_bytes: int) -> Any:
    """A validator for free-form JSON objects: bounded size and depth, finite numbers, clean text."""

    def check(value: Any) -> Any:
        _walk(value, depth=0, path="")
        size = len(json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8"))
        if size > max_bytes:
            raise ValueError(f"must be at most {max_bytes} bytes of JSON, got {size}")
        return value

    return check


def _walk(value: Any, *, depth: int, path: str) -> None:
    where = path or "value"
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"{where}: nested deeper than {MAX_JSON_DEPTH} levels")
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where}: numbers must be finite (no NaN or Infinity)")
    elif isinstance(value, int):
        return
    elif isinstance(value, str):
        _text(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _text(str(key), f"{where} key")
            _walk(item, depth=depth + 1, path=f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, depth=depth + 1, path=f"{path}[{i}]")
    else:
        raise ValueError(f"{where}: unsupported JSON value of type {type(value).__name__}")


def _text(value: str, where: str) -> None:
    try:
        clean_text(value)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
