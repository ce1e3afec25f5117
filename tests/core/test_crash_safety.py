"""Kill a process at random moments while it saves: the file on disk is always the
whole old version or the whole new one (200 trials each for the draft and the DOCX)."""

import os
import random
import signal
import time
import zipfile

import pytest

from announcer import draft
from announcer.atomic import write_atomically
from announcer.export import export_docx
from announcer.model import Report
from parts import first

TRIALS = 200


def _versions(example):
    old = example
    new = draft.loads(draft.to_json(example))
    new.session.city = "برلین"
    first(new, "reports").items += [Report(f"گوینده {n}", "", "متن گزارش " * 200) for n in range(30)]  # a longer write
    return old, new


def _duration(write) -> float:
    start = time.perf_counter()
    write()
    return time.perf_counter() - start


def _kill_while_writing(write, check, rng: random.Random, span: float):
    """Fork a child that writes in a loop; kill it after a random delay up to span; check the file."""
    pid = os.fork()
    if pid == 0:  # the child: write again and again until killed
        try:
            while True:
                write()
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0, span))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    check()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_killed_draft_save_leaves_the_old_or_the_new_draft(tmp_path, example):
    old, new = _versions(example)
    path = tmp_path / "d.announcement.json"
    draft.save(path, old)
    rng = random.Random(223)
    seen = set()

    def check():
        loaded = draft.load(path)  # raises if the file were cut short
        assert loaded in (old, new)
        seen.add(loaded == new)

    # Kills before, during and after the child's first saves (a forked child is slower to start).
    span = max(10 * _duration(lambda: draft.save(tmp_path / "timing.json", new)), 0.01)
    (tmp_path / "timing.json").unlink()
    for n in range(TRIALS):
        target = new if n % 2 else old
        _kill_while_writing(lambda target=target: draft.save(path, target), check, rng, span)
    assert seen == {True, False}  # both outcomes happened: the kills landed mid-way
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != path.name]
    assert all(p.endswith(".tmp") for p in leftovers)  # a killed writer's temporary file, never the draft


def _document_xml(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None  # every member whole (CRC checked)
        return z.read("word/document.xml")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_killed_export_leaves_the_old_or_the_new_word_file(tmp_path, example):
    old, new = _versions(example)
    path = tmp_path / "a.docx"
    export_docx(old, path)
    old_file = path.read_bytes()
    export_docx(new, tmp_path / "new.docx")
    old_xml, new_xml = _document_xml(path), _document_xml(tmp_path / "new.docx")
    rng = random.Random(2007)
    seen = set()

    def check():
        xml = _document_xml(path)  # raises if the zip were cut short
        assert xml in (old_xml, new_xml)
        seen.add(xml == new_xml)

    span = 4 * _duration(lambda: export_docx(new, tmp_path / "new.docx"))
    for _ in range(TRIALS):
        _kill_while_writing(lambda: export_docx(new, path), check, rng, span)
        write_atomically(path, old_file)  # back to the old file for the next trial
    assert seen == {True, False}
