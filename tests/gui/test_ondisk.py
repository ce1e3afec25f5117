"""A draft's stamp tells a change made elsewhere from a file only touched."""

import os

from announcer.gui.ondisk import Stamp


def test_touched_is_not_changed_and_other_bytes_are(tmp_path):
    path = tmp_path / "d.json"
    path.write_bytes(b"one")
    stamp = Stamp.of(path)
    assert not stamp.changed(path)
    os.utime(path, ns=(1, 1))  # touched, same bytes
    assert not stamp.changed(path)
    path.write_bytes(b"two")  # same size, other bytes
    assert stamp.changed(path)


def test_a_file_gone_is_not_a_change_and_an_unreadable_one_is_none(tmp_path):
    path = tmp_path / "d.json"
    path.write_bytes(b"one")
    stamp = Stamp.of(path)
    path.unlink()
    assert not stamp.changed(path)
    assert Stamp.of(path) is None
