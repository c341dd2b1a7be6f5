from __future__ import annotations

from pathlib import Path

import pytest

from physics_assistant.mcp_servers.catalogue import END, START, render, replace_block

DOC = Path("docs/mcp.md")


def test_docs_catalogue_is_current() -> None:
    if not DOC.is_file():
        pytest.fail(f"{DOC} is missing from the test sandbox (BUILD dependency //docs:mcp-doc)")
    current = DOC.read_text()
    assert replace_block(current, render()) == current, (
        "docs/mcp.md's tool catalogue is out of date: run "
        "PYTHONPATH=src/python python -m physics_assistant.mcp_servers.catalogue --write docs/mcp.md"
    )


def test_block_replacement_keeps_the_prose() -> None:
    doc = f"intro\n{START}\nold\n{END}\noutro\n"
    assert replace_block(doc, f"{START}\nnew\n{END}") == f"intro\n{START}\nnew\n{END}\noutro\n"
    with pytest.raises(ValueError):
        replace_block("no markers", "x")
