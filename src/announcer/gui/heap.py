"""Python's collector kept off the objects a draft brings, which live as long as it is
open: a full collection walks every object tracked, and with a draft of 200× the example
open one came every few seconds of typing and held the window 37 ms. Frozen
(`gc.freeze`, as Instagram's servers do after their start), they are left out of every
collection; reference counting still frees them, and a cycle among them waits for the
next draft's open."""

import gc


def collector_back() -> None:
    """The collector running again after the start (app.main pauses it while the window
    is built): what the start made, all of it alive, frozen first."""
    gc.freeze()
    gc.enable()


def draft_opened() -> None:
    """A draft was opened: the last one's frozen objects collected if they are garbage,
    and the new one's frozen. At the start (the collector paused) collector_back does it."""
    if gc.isenabled():
        gc.unfreeze()
        gc.collect()
        gc.freeze()
