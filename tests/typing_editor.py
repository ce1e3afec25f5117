"""An editor that types as a secretary does until it is killed (run by
test_recovery_seconds.py: python typing_editor.py SEED).

The real window (MainWindow, with the recovery copies' own timing) on a new draft; its
event loop types into the free paragraph key by key: keys 60–250 ms apart, and now and
then a pause of half a second to four seconds, as between sentences. It prints its
recovery folder, then, after each key, the number of keys typed and the time
(time.monotonic, which the test's clock shares), so that the test knows what was typed
before it killed the process."""

import random
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from announcer.gui.app import apply_language, create_app
from announcer.gui.mainwindow import MainWindow
from announcer.gui.settings import AppSettings
from gui_helpers import field, key_text

FIELD = "sections[3].paragraph"  # a new draft's free paragraph
KEY = "ب"  # one key, one character: the copy's text length says how many keys it holds


def main(seed: int):
    rng = random.Random(seed)
    app = create_app([])
    apply_language(app, "fa")
    window = MainWindow(AppSettings())
    window.show()
    QApplication.processEvents()
    paragraph = field(window, FIELD)
    paragraph.setFocus()
    print(AppSettings.recovery_folder(), flush=True)
    typed = 0

    def type_a_key():
        nonlocal typed
        key_text(paragraph, KEY)
        typed += 1
        print(typed, time.monotonic(), flush=True)
        pause = rng.uniform(0.5, 4) if rng.random() < 0.08 else rng.uniform(0.06, 0.25)
        QTimer.singleShot(int(pause * 1000), type_a_key)
    QTimer.singleShot(0, type_a_key)
    app.exec()


if __name__ == "__main__":
    main(int(sys.argv[1]))
