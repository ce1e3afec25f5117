"""Python's collector and the draft's objects (heap.py): a full collection, which came
every few seconds of typing in a large draft, walks none of the objects an open brought;
a draft opened after another leaves the other's garbage collected."""

import gc
import weakref

from conftest import EXAMPLE


def _walked(obj) -> bool:
    """Whether the collector's generations hold obj (a frozen object is in none)."""
    return any(o is obj for o in gc.get_objects())


def test_an_opened_drafts_objects_are_left_out_of_collections(window):
    window.files.open_path(EXAMPLE)
    model = window.document.model
    assert not _walked(model) and not _walked(model.sections[0])
    assert gc.isenabled()


def test_garbage_frozen_at_one_open_is_collected_at_the_next(window):
    from announcer.gui import heap

    class Cycle:
        pass

    cycle = Cycle()
    cycle.itself = cycle  # freed by a collection only
    window.files.open_path(EXAMPLE)
    assert not _walked(cycle)  # frozen with the draft
    gone = weakref.ref(cycle)
    del cycle
    heap.draft_opened()  # as the next open does
    assert gone() is None


def test_the_start_freezes_what_it_made_and_runs_the_collector_again(app, qtbot):
    from announcer.gui import heap

    gc.disable()
    try:
        made = object.__new__(type("Made", (), {}))
        heap.draft_opened()  # the start's open: the collector paused, nothing frozen yet
        assert _walked(made)
    finally:
        heap.collector_back()
    assert gc.isenabled() and not _walked(made)
