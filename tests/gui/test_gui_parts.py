"""The window's parts use of it only what they are given: the parts that work across its
forms (the spell check, the rewritten paragraphs, find and replace) only what the
`Editor` protocol names (gui/editor.py); the parts with one job take no window at all."""

import ast
import inspect
from pathlib import Path

import pytest

from announcer.gui import checking, draftfiles, editor, outputs, statusline, wordingpage

GUI = Path(editor.__file__).parent
# The module, and the name its class keeps the window under.
ACROSS = {"spelling.py": "window", "rewriting.py": "window", "find.py": "editor"}


def _protocol_names() -> set[str]:
    tree = ast.parse(inspect.getsource(editor.Editor))
    body = tree.body[0].body
    return ({n.target.id for n in body if isinstance(n, ast.AnnAssign)}
            | {n.name for n in body if isinstance(n, ast.FunctionDef)})


def _used(source: str, name: str) -> set[str]:
    """The attributes read of self.<name> and of a parameter <name> typed Editor."""
    used = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute):
            continue
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr == name and isinstance(value.value, ast.Name) \
                and value.value.id == "self":
            used.add(node.attr)
    for function in (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef)):
        typed = {a.arg for a in function.args.args if isinstance(a.annotation, ast.Constant) and a.annotation.value == "Editor"}
        for node in ast.walk(function):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in typed:
                used.add(node.attr)
    return used


@pytest.mark.parametrize("module", sorted(ACROSS))
def test_a_part_across_the_forms_uses_only_what_the_editor_protocol_names(module):
    used = _used((GUI / module).read_text(encoding="utf-8"), ACROSS[module])
    assert used, "the walk found nothing: it reads the wrong name"
    assert used <= _protocol_names(), f"{module} reaches into the window for {sorted(used - _protocol_names())}"


def test_the_walk_finds_a_part_reaching_past_the_protocol():
    source = "class P:\n    def f(self):\n        return self.window.outputs.export()\n"
    assert _used(source, "window") - _protocol_names() == {"outputs"}


@pytest.mark.parametrize("part", [checking.Checking, draftfiles.DraftFiles, outputs.Outputs, statusline.StatusLine,
                                  wordingpage.WordingPage])
def test_a_part_with_one_job_is_given_what_it_needs_not_the_window(part):
    source = inspect.getsource(part)
    parameters = list(inspect.signature(part.__init__).parameters)
    assert "window" not in parameters and "editor" not in parameters
    assert "self.window" not in source
    assert not _used(source, "parent_widget"), "the window it is given is the parent of its dialogs, nothing more"
