"""The command line: compose, check and export drafts without the window.

Exit codes: 0 done, 1 the draft or a file is bad, 2 wrong usage. Messages go to
stderr in Persian and English, never as a traceback, and show what files hold (a key's
name, a file's name) as text: a control character in them is written as its escape.
The composed text on stdout is the product and is written as it is (the composer
leaves no control character in it, docs/bidi-controls.md)."""

import re
import sys
from pathlib import Path

from . import draft, version
from .compose import Composition, compose
from .controls import BIDI_CONTROLS
from .persian.digits import number
from .problems import DraftError, ExportError
from .render import text as text_render
from .render.stylesheet import LARGEST_SIZE, LONGEST_FONT, SMALLEST_SIZE, DocumentStyle, checked_font, checked_size
from .validate import check
from .wording import warnings


# What a terminal obeys rather than shows: C0 and C1 controls (ESC starts the sequences
# that retitle and recolour it), the bidi controls that reorder the line
# (controls.BIDI_CONTROLS), and halves of characters (a file name that is not UTF-8).
_OBEYED = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}\ud800-\udfff]")


def shown(text: str) -> str:
    """text with each character a terminal would obey written as its escape: «\\x1b», «\\u202e»."""
    return _OBEYED.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def _say(text: str) -> None:
    """A line on stderr, which names keys and files the user did not write here."""
    print(shown(text), file=sys.stderr)


def _print_problems(path: str, problems) -> None:
    for p in problems:
        _say(f"{path}: {p}")


def _print_warnings(path: str, warned) -> None:
    for w in warned:
        _say(f"{path}: هشدار — warning: {w}")


def _said(path: str, found) -> list:
    """Print what check found, warnings as warnings; return the problems, which warnings are not."""
    problems = [p for p in found if not p.warning]
    _print_problems(path, problems)
    _print_warnings(path, [p for p in found if p.warning])
    return problems


def _load(path: str):
    try:
        return draft.load(path)
    except DraftError as e:
        _print_problems(path, e.problems)
        return None


def cmd_compose(args) -> int:
    model = _load(args.draft)
    if model is None:
        return 1
    try:
        out = text_render.render(compose(model))
    except DraftError as e:  # phrases that would make the text past its bound
        _print_problems(args.draft, e.problems)
        return 1
    if args.visual:
        out = text_render.visual(out)
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0


def cmd_check(args) -> int:
    model = _load(args.draft)
    if model is None:
        return 1
    composition = Composition()  # once, for its problems and for check's rewritten paragraphs
    composition.update(model)
    problems = _said(args.draft, check(model, composed=composition.composed) + composition.problems)
    _print_warnings(args.draft, warnings(model.phrases))  # allowed, but usually a slip
    if args.spelling:
        _print_warnings(args.draft, _doubtful(model))
    if not problems:
        _say(f"{args.draft}: بدون اشکال — no problems")
    return 1 if problems else 0


def _doubtful(model) -> list:
    """The draft's doubtful words as warnings; none, said, without a dictionary."""
    from . import spellcheck
    from .persian.spelling import dictionary

    found = dictionary()
    if found is None:
        _say("غلط‌یابی ممکن نیست: واژه‌نامه بار نشد — spelling not checked: the dictionary could not be loaded")
        return []
    return spellcheck.warnings(model, spellcheck.speller(found, model))


def cmd_export(args) -> int:
    """Write the file in the format its extension names; the draft's problems are
    warnings (as in the window), or with --strict a reason not to write; its warnings
    (a meeting with no date) are only said."""
    from .export import export  # the renderers are imported only when exporting

    model = _load(args.draft)
    if model is None:
        return 1
    problems = _said(args.draft, check(model))
    if problems and args.strict:
        _say(f"{args.output}: نوشته نشد، چون پیش‌نویس {number(len(problems))} اشکال دارد (--strict) — "
             f"not written: the draft has {len(problems)} problem(s) (--strict)")
        return 1
    try:
        export(model, args.output, DocumentStyle(font=args.font, size=args.size), source=args.draft)
    except (ExportError, DraftError) as e:  # not written, or too long to compose
        _print_problems(args.output, e.problems)
        return 1
    if problems:
        _say(f"{args.output}: نوشته شد، با {number(len(problems))} اشکال در پیش‌نویس — "
             f"written, with {len(problems)} problem(s) in the draft")
    return 0


def _font(text: str) -> str:
    """--font, checked as the Word file and the web page need it (a usage error otherwise)."""
    import argparse

    try:
        return checked_font(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"{text.strip()[:LONGEST_FONT]!r}: نام قلم پذیرفته نیست — {e}") from None


def _size(text: str) -> float:
    import argparse

    try:
        return checked_size(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"اندازهٔ قلم باید عددی از {number(int(SMALLEST_SIZE))} تا {number(int(LARGEST_SIZE))} باشد — the font "
            f"size must be a number from {SMALLEST_SIZE:g} to {LARGEST_SIZE:g} points") from None


def _target(text: str) -> str:
    """-o's file name, whose extension picks the format (a usage error otherwise)."""
    import argparse

    from .export import FORMATS, UnknownFormat, format_of

    try:
        format_of(text)
    except UnknownFormat:
        raise argparse.ArgumentTypeError(
            f"«{text}»: پسوند باید یکی از {'، '.join(FORMATS)} باشد — the extension must be one of "
            f"{', '.join(FORMATS)} (Word, PDF, text, web page)") from None
    return text


COMMANDS = ("compose", "check", "export")


def parser():
    import argparse  # here: the editor's start (main.py) reads wants_window alone

    class Parser(argparse.ArgumentParser):  # its subcommands' parsers are of its class too
        def error(self, message):
            super().error(shown(message))  # an argument it names may be a file's name

    p = Parser(prog="main.py", description="Compose formal Persian announcements from a draft.")
    p.add_argument("--version", action="version", version=f"announcer {version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("compose", help="print the composed announcement, one paragraph per line")
    c.add_argument("draft", metavar="DRAFT")
    c.add_argument("--visual", action="store_true",
                   help="shape and reorder for terminals without right-to-left support")
    c.set_defaults(run=cmd_compose)
    k = sub.add_parser("check", help="validate a draft and list its problems")
    k.add_argument("draft", metavar="DRAFT")
    k.add_argument("--no-spelling", dest="spelling", action="store_false",
                   help="leave out the doubtful words of the spell check (warnings)")
    k.set_defaults(run=cmd_check)
    e = sub.add_parser("export", help="write the announcement as a Word file, a PDF, text or a web page")
    e.add_argument("draft", metavar="DRAFT")
    e.add_argument("-o", "--output", required=True, type=_target, metavar="FILE.docx|.pdf|.txt|.html",
                   help="the extension picks the format")
    e.add_argument("--font", type=_font, default=DocumentStyle.font, help=f"Persian font (default: {DocumentStyle.font})")
    e.add_argument("--size", type=_size, default=DocumentStyle.size,
                   help=f"body text size in points (default: {DocumentStyle.size:g})")
    e.add_argument("--strict", action="store_true", help="write nothing when the draft has problems (exit 1)")
    e.set_defaults(run=cmd_export)
    return p


def wants_window(argv: list[str]) -> bool:
    """Whether `main.py ARGS` starts the editor: with no arguments, or with one that names
    a draft. A mistyped command («exprot») is a usage error, not a draft to open."""
    if not argv:
        return True
    first = argv[0]
    if first in COMMANDS or first.startswith("-") or len(argv) > 1:
        return False
    return first.endswith(".json") or Path(first).exists()


def main(argv=None) -> int:
    p = parser()
    args = p.parse_args(argv)  # a usage error exits with 2 and the usage on stderr
    if not getattr(args, "run", None):
        p.print_help(sys.stderr)
        return 2
    return args.run(args)
