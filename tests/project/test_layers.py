"""The layers hold: the core and the renderers that write files import no Qt and no
window, and work where PySide6 is not installed; the renderers that paint with Qt
import no window; no module outside the window imports, by any path, a module that
imports it back.

No module, the window's included, imports a module that imports it back: the binder is
given the body's sections' binding (parts.py, which builds on the binder) by the window.
An import under `if TYPE_CHECKING:` is not followed: it names a type for the reader and
the type checker, and never runs (the Editor protocol, gui/editor.py, names the parts
that use it)."""

import ast
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE, ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "announcer"


def _name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}
QT_PAINTERS = {m for m in MODULES if m.startswith("announcer.render.qt")}  # the renderers that paint with Qt live there
CORE = {m for m in MODULES if not m.startswith("announcer.gui") and m not in QT_PAINTERS}


def _imported(module: str) -> set[str]:
    """Every module `module` imports, at its top or inside a function (names as written)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in _run(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            source = ".".join(base + ([node.module] if node.module else []))
            found |= {source, *(f"{source}.{a.name}" for a in node.names)}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def _run(tree: ast.AST):
    """Every node of tree, but those under `if TYPE_CHECKING:`, which never run."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            continue
        yield node
        yield from _run(node)


def _circles(modules: set[str]) -> list[list[str]]:
    """The groups of modules that import each other, through any path (Tarjan's strongly
    connected components of the import graph)."""
    graph = {m: {t for t in _imported(m) if t in modules and t != m} for m in modules}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(v: str) -> None:
        order[v] = low[v] = len(order)
        stack.append(v)
        for w in graph[v]:
            if w not in order:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            group = stack[stack.index(v):]
            del stack[stack.index(v):]
            if len(group) > 1:
                circles.append(sorted(group))

    for v in sorted(graph):
        if v not in order:
            visit(v)
    return circles


def test_no_module_outside_the_window_imports_itself_back():
    assert _circles(CORE | QT_PAINTERS) == []


def test_the_renderers_that_paint_with_qt_never_import_the_window():
    assert {m: sorted(t for t in _imported(m) if t.startswith("announcer.gui")) for m in QT_PAINTERS} == \
        {m: [] for m in QT_PAINTERS}


def test_the_window_has_no_circle_either():
    assert _circles(set(MODULES)) == []


def test_the_circle_finder_finds_one(monkeypatch):
    # not blind: a module importing back the one that imports it is found
    imported = _imported
    monkeypatch.setitem(globals(), "_imported",
                        lambda m: imported(m) | ({"announcer.gui.parts"} if m == "announcer.gui.binder" else set()))
    assert _circles(set(MODULES)) == [["announcer.gui.binder", "announcer.gui.parts"]]


def test_the_core_imports_neither_qt_nor_the_window():
    offending = {m: sorted(t for t in _imported(m) if t.startswith(("PySide6", "announcer.gui")) or t in QT_PAINTERS)
                 for m in CORE}
    # export.py writes a PDF through the painters, imported only when a PDF is asked for;
    # digitforms asks Qt how a font not bundled draws Persian digits, when Qt is there
    # (the test below writes a Word file in such a font without it)
    assert {m: t for m, t in offending.items() if t and m not in ("announcer.export", "announcer.render.digitforms")} == {}
    assert not any(t.startswith("PySide6") for t in _imported("announcer.export"))


_WITHOUT_QT = f"""
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "PySide6":
            raise ImportError("PySide6 is not installed here")
sys.meta_path.insert(0, NoQt())
sys.path.insert(0, {str(SRC)!r})
from pathlib import Path
from announcer import cli, draft, validate
from announcer.export import export
doc = draft.load(Path({str(EXAMPLE)!r}))
assert validate.check(doc) == []
for suffix in ("docx", "txt", "html"):
    export(doc, Path(sys.argv[1]) / f"a.{{suffix}}")
from announcer.render.stylesheet import DocumentStyle
export(doc, Path(sys.argv[1]) / "noto.docx", DocumentStyle(font="Noto Naskh Arabic"))  # a font not bundled
print(sorted(m for m in sys.modules if m.startswith("PySide6")))
"""


def test_the_command_line_exports_word_text_and_html_where_pyside6_is_not_installed(tmp_path):
    done = subprocess.run([sys.executable, "-c", _WITHOUT_QT, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "a.html", "a.txt", "noto.docx"]
    assert "اطلاعیه برگزاری جلسه" in (tmp_path / "a.txt").read_text(encoding="utf-8")
