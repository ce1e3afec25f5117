"""What the window's own upkeep costs on the large draft (scale.repeated, as run.py's):
the preview zoomed a step, refitted to a pane of another width, and a recovery copy
written (recovery.py writes one a few seconds after typing pauses).

    QT_QPA_PLATFORM=offscreen python benchmarks/window.py [--samples N]

run.py prints the same figures in its table. Figures depend on the machine: quote them
with the command."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("SRC", str(ROOT / "src")))  # SRC: another checkout, as scale.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def opened(draft_path: Path, width: int = 1000):
    """The editor's window in Persian with the draft open, shown `width` pixels wide and
    painted: what each benchmark of the window starts from."""
    from PySide6.QtWidgets import QApplication

    from announcer.gui.app import apply_language, create_app
    from announcer.gui.mainwindow import MainWindow
    from announcer.gui.settings import AppSettings

    app = create_app([])
    apply_language(app, "fa")
    window = MainWindow(AppSettings())
    window.files.open_path(draft_path)
    window.resize(width, 900)
    window.show()
    QApplication.processEvents()
    return window


def _milliseconds(act, samples: int, before=lambda n: None) -> tuple[float, float]:
    """Median and 95th percentile of act's milliseconds, over samples runs (before(n), untimed, first)."""
    times = []
    for n in range(samples):
        before(n)
        start = time.perf_counter()
        act(n)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def zoom_and_fit_ms(draft_path: Path, samples: int) -> dict[str, float]:
    """A zoom step (in, then out, in turns) and a refit to a pane 100 px wider or
    narrower, each with the preview painted again."""
    from PySide6.QtWidgets import QApplication

    window = opened(draft_path)
    view = window.ui.preview

    def zoom(n):
        view.step_zoom(1 if n % 2 == 0 else -1)
        view.viewport().repaint()

    def refit(n):
        window.resize(1000 + 100 * (n % 2), 900)
        QApplication.processEvents()  # the splitter gives the pane its new width
        view.viewport().repaint()
    figures = {}
    figures["zoom_ms_median_large"], figures["zoom_ms_p95_large"] = _milliseconds(zoom, samples)
    view.fit("width")
    figures["refit_ms_median_large"], figures["refit_ms_p95_large"] = _milliseconds(refit, samples)
    window.close()
    return figures


def recovery_write_ms(draft_path: Path, samples: int) -> dict[str, float]:
    """A recovery copy of the large draft written, as the window writes it when typing
    pauses; after an edit each time, untimed (an unchanged draft is not copied)."""
    window = opened(draft_path)

    def edit(n):
        window.document.set("session.city", "برلین" if n % 2 else "پاریس")
    figures = {}
    figures["recovery_write_ms_median_large"], figures["recovery_write_ms_p95_large"] = \
        _milliseconds(lambda n: window.recovery.save_now(), samples, edit)
    window.document.undo_stack.setClean()
    window.close()
    return figures


def measure(draft_path: Path, samples: int) -> dict[str, float]:
    return zoom_and_fit_ms(draft_path, samples) | recovery_write_ms(draft_path, samples)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import large_draft, table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=50, help="runs of each measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = work  # leave the user's settings alone
        print(table(measure(large_draft(Path(work) / "large.announcement.json"), args.samples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
