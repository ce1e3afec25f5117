"""The command line: compose, check and export drafts without the window.

Exit codes: 0 done, 1 the draft or a file is bad, 2 wrong usage. Messages go to
stderr in Persian and English, never as a traceback."""

import argparse
import sys

from . import draft
from .compose import compose
from .problems import DraftError, ExportError
from .render import text as text_render
from .render.stylesheet import DocumentStyle
from .validate import check


def _print_problems(path: str, problems) -> None:
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)


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
    out = text_render.render(compose(model))
    if args.visual:
        out = text_render.visual(out)
    sys.stdout.buffer.write(out.encode("utf-8"))
    return 0


def cmd_check(args) -> int:
    model = _load(args.draft)
    if model is None:
        return 1
    problems = check(model)
    _print_problems(args.draft, problems)
    if not problems:
        print(f"{args.draft}: بدون اشکال — no problems", file=sys.stderr)
    return 1 if problems else 0


def cmd_export(args) -> int:
    from .export import export_docx  # python-docx is imported only when exporting

    model = _load(args.draft)
    if model is None:
        return 1
    try:
        warnings = export_docx(model, args.output, DocumentStyle(font=args.font, size=args.size))
    except ExportError as e:
        _print_problems(args.output, e.problems)
        return 1
    _print_problems(args.draft, warnings)
    return 0


def _size(text: str) -> float:
    size = float(text)
    if not 6 <= size <= 72:
        raise argparse.ArgumentTypeError("the font size must be between 6 and 72 points")
    return size


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="main.py", description="Compose formal Persian announcements from a draft.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("compose", help="print the composed announcement, one paragraph per line")
    c.add_argument("draft", metavar="DRAFT")
    c.add_argument("--visual", action="store_true",
                   help="shape and reorder for terminals without right-to-left support")
    c.set_defaults(run=cmd_compose)
    k = sub.add_parser("check", help="validate a draft and list its problems")
    k.add_argument("draft", metavar="DRAFT")
    k.set_defaults(run=cmd_check)
    e = sub.add_parser("export", help="write the announcement as a Word file")
    e.add_argument("draft", metavar="DRAFT")
    e.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    e.add_argument("--font", default=DocumentStyle.font, help=f"Persian font (default: {DocumentStyle.font})")
    e.add_argument("--size", type=_size, default=DocumentStyle.size,
                   help=f"body text size in points (default: {DocumentStyle.size:g})")
    e.set_defaults(run=cmd_export)
    return p


def main(argv=None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "run", None):
        p.print_help(sys.stderr)
        return 2
    return args.run(args)
