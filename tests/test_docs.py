"""Every command has help text with an example and is documented in the README; doctests run."""

from __future__ import annotations

import doctest
from pathlib import Path

import click
import pytest

import aigraph.ingest
import aigraph.query
import aigraph.vocab
from aigraph.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            yield from commands(command, full + " ")
        else:
            yield full, command


@pytest.mark.parametrize("name, command", list(commands(cli)))
def test_docs_command_has_help_and_readme_entry(name, command):
    assert command.help and "Example:" in command.help, f"{name} has no help with an example"
    assert f"aigraph {name}" in README, f"README does not show `aigraph {name}`"


@pytest.mark.parametrize("module", [aigraph.ingest, aigraph.query, aigraph.vocab])
def test_docs_doctests(module):
    failures, _ = doctest.testmod(module)
    assert failures == 0
