"""Guards against a Qt binding that would crash the editor after enough edits."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_signal_emit_keeps_the_reference_count_of_true(qapp):
    # PySide6 6.12.0 returns True from Signal.emit() without a reference: every emit
    # lowers True's count until the interpreter aborts («bool_dealloc»). pyproject.toml
    # keeps below 6.12 until a release passes this test.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before - 10
