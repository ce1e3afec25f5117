"""Measure the spell check: what it costs and how often it is wrong about right words.

    QT_QPA_PLATFORM=offscreen python benchmarks/spelling.py

- load: the dictionary read in a fresh process (chunspell and Lilak's files), 5 times;
- check: words checked per second, cold (a dictionary and speller just made, nothing
  remembered) and warm (the same text again), on the real announcements and the reference;
- around an edit: Speller.redoubt against a full check, on that text repeated to 200,000
  characters, 200 random edits;
- keystroke: a character typed into a lone paragraph field of 200,000 characters, with
  the highlighter and without, 40 keystrokes; and a key pressed in a free paragraph of
  the large draft in the window, the spell check on and off, 100 keys;
- count: the doubtful words of the large draft (the example with each section repeated 20
  times, scale.repeated), which the status bar's count runs at a pause in typing;
- false alarms per 100 right words, and the words, as tests/spelling_measure.py counts them.

Figures depend on the machine: quote them with this command."""

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(Path(__file__).resolve().parent), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import scale  # noqa: E402  (benchmarks/ is no package)
import spelling_measure  # noqa: E402
import window  # noqa: E402
from announcer import spellcheck  # noqa: E402
from announcer.persian.spelling import DICTIONARY, Speller, dictionary, words  # noqa: E402
from real_measure import REFERENCE, drafts, original_of  # noqa: E402

LONG = 200_000
_LOAD = f"""
import sys, time
sys.path.insert(0, {str(ROOT / "src")!r})
t = time.perf_counter()
from announcer.persian.spelling import dictionary
assert dictionary() is not None
print(time.perf_counter() - t)
"""


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def corpus() -> str:
    """The reference and the real announcements, as one paragraph."""
    parts = [REFERENCE[2].read_text(encoding="utf-8")]
    parts += [spelling_measure.text_of(original_of(p)) for p in drafts()]
    return " ".join(parts).replace("\n", " ")


def repeated(body: str, length: int) -> str:
    return ((body + " ") * (length // len(body) + 1))[:length]


def load() -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True,
                                 text=True).stdout) for _ in range(5)]


def check(text: str) -> tuple[float, float]:
    """Words per second, cold and warm."""
    n = sum(1 for _ in words(text))
    spell = Speller(dictionary.__wrapped__(DICTIONARY))
    t = time.perf_counter()
    spell.doubts(text)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    spell.doubts(text)
    warm = time.perf_counter() - t
    return n / cold, n / warm


def around_an_edit(text: str) -> tuple[list[float], list[float]]:
    spell, rng = Speller(dictionary()), random.Random(7)
    found = spell.doubts(text)
    partial, full = [], []
    for _ in range(200):
        at = rng.randrange(len(text))
        edited = text[:at] + rng.choice(["ا", " ", "گسترس ", ""]) + text[at + rng.choice([0, 1]):]
        t = time.perf_counter()
        spell.redoubt(text, found, edited)
        partial.append(time.perf_counter() - t)
        t = time.perf_counter()
        found = spell.doubts(edited)
        full.append(time.perf_counter() - t)
        text = edited
    return partial, full


def keystrokes(text: str, highlighted: bool) -> list[float]:
    """Seconds from a character typed into a lone paragraph field holding text to the
    field done with it, its highlighter included."""
    from PySide6.QtWidgets import QApplication

    from announcer.gui.spelling import Highlighter
    from announcer.gui.widgets import ParagraphEdit

    class Check:  # what Highlighter asks of SpellCheck, with the check on
        speller = Speller(dictionary())
        doubts = speller.doubts
        redoubt = speller.redoubt

    app = QApplication.instance() or QApplication([])
    editor = ParagraphEdit()
    editor.resize(500, 400)
    editor.show()
    if highlighted:
        editor.highlighter = Highlighter(editor, Check())
    editor.setPlainText(text)
    app.processEvents()
    cursor = editor.textCursor()
    cursor.setPosition(len(text) // 2)
    editor.setTextCursor(cursor)
    return [_typed(app, lambda i: editor.insertPlainText("س" if i % 5 else " "), i) for i in range(40)]


def _typed(app, type_one, i: int) -> float:
    t = time.perf_counter()
    type_one(i)
    app.processEvents()
    return time.perf_counter() - t


def in_the_window(on: bool) -> tuple[str, list[float]]:
    """Seconds from a key pressed in a free paragraph's field of the large draft, in the
    window, to the window done with it (the preview's debounced update left out, as
    benchmarks/run.py times it apart), with the spell check on or off."""
    from PySide6.QtWidgets import QApplication

    from gui_helpers import field, key_text

    with tempfile.TemporaryDirectory() as folder:
        shown = window.opened(scale.repeated_draft(Path(folder) / "large.announcement.json", 20), 1400)
        shown.spell_check().toggle.setChecked(on)  # made now, as after the first paint
        path = next(f"sections[{n}].paragraph" for n, s in enumerate(shown.document.model.sections) if s.kind == "paragraph")
        editor = field(shown, path)
        editor.setFocus()
        app = QApplication.instance()
        app.processEvents()
        seconds = [_typed(app, lambda i: key_text(editor, "سب "[i % 3]), i) for i in range(100)]
        shown.document.undo_stack.setClean()
        shown.close()
    return path, seconds


def count() -> tuple[int, float, float]:
    doc = scale.repeated(20)
    found, times = [], []
    for _ in range(5):
        spell = spellcheck.speller(dictionary(), doc)
        t = time.perf_counter()
        found = spellcheck.doubts(doc, spell)
        times.append(time.perf_counter() - t)
    return len(found), times[0], statistics.median(times[1:])


def main() -> None:
    seconds = load()
    print(f"load in a fresh process: median {ms(statistics.median(seconds))}, "
          f"min {ms(min(seconds))}, max {ms(max(seconds))}")
    body = corpus()
    cold, warm = check(body)
    print(f"check the {len(body):,} characters of the real announcements and the reference: "
          f"{cold:,.0f} words/s cold, {warm:,.0f} words/s warm")
    text = repeated(body, LONG)
    partial, full = around_an_edit(text)
    print(f"around an edit of {len(text):,} characters: median {ms(statistics.median(partial))}, "
          f"p95 {ms(sorted(partial)[189])}; a full check: median {ms(statistics.median(full))}")
    on, off = keystrokes(text, True), keystrokes(text, False)
    print(f"keystroke in a {len(text):,}-character paragraph field: median {ms(statistics.median(on))} checked, "
          f"{ms(statistics.median(off))} unchecked; max {ms(max(on))} checked")
    (path, on), (_, off) = in_the_window(True), in_the_window(False)
    print(f"keystroke in the window, large draft, {path}: median {ms(statistics.median(on))} "
          f"(p95 {ms(sorted(on)[94])}) checked, {ms(statistics.median(off))} (p95 {ms(sorted(off)[94])}) unchecked")
    n, first, again = count()
    print(f"status bar count, large draft: {n} doubtful words, {ms(first)} first, {ms(again)} again")
    for c in (spelling_measure.reference(), spelling_measure.real()):
        print(f"false alarms, {c.name}: {c.per_100:.2f} per 100 right words ({c.words:,} words): "
              + ", ".join(d.word for d in c.false))


if __name__ == "__main__":
    main()
