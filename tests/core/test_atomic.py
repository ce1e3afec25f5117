"""The one writer and reader of the user's files: only the regular file named is ever
replaced, links stay links, names that fit keep fitting, nothing blocks or floods memory."""

import os
import stat
import time

import pytest

from announcer import atomic, draft
from announcer.atomic import NotRegularFile, SameAsSource, read_limited, write_atomically
from announcer.cli import main
from announcer.problems import DraftError, file_problem
from conftest import EXAMPLE


def test_a_symlink_stays_a_link_and_its_target_is_written(tmp_path):
    real = tmp_path / "drafts" / "real.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"


def test_the_targets_permissions_are_kept(tmp_path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_never_replaced(device):
    before = os.stat(device)
    with pytest.raises(NotRegularFile):
        write_atomically(device, b"data")
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_a_folder_or_a_fifo_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path):
        with pytest.raises(NotRegularFile):
            write_atomically(target, b"data")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_the_draft_being_exported_is_never_replaced_even_through_a_link(tmp_path, example):
    source = tmp_path / "d.announcement.json"
    draft.save(source, example)
    saved = source.read_bytes()
    link = tmp_path / "alias.docx"
    link.symlink_to(source)
    for target in (source, link, tmp_path / "." / source.name):
        with pytest.raises(SameAsSource):
            write_atomically(target, b"PK", keep=(source,))
    assert source.read_bytes() == saved


def test_a_name_of_250_bytes_can_be_written(tmp_path):
    name = "ا" * 120 + ".docx"  # 245 bytes of UTF-8 + 5
    assert len(name.encode()) == 245
    write_atomically(tmp_path / name, b"data")
    longest = "b" * 250 + ".json"  # 255 bytes: the most ext4 allows
    write_atomically(tmp_path / longest, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, longest])


def test_a_temporary_name_is_never_longer_than_the_final_one_or_a_short_name():
    for name in ("a", "x.docx", "ا" * 127, "b" * 255):
        tmp = atomic.temporary_name(name)
        assert len(tmp.encode()) <= max(len(name.encode()), 64)
        tmp.encode("utf-8")  # never half a character
        assert atomic._OURS.fullmatch(tmp)


def _ours(name: str, pid: int, random: str, host: str | None = None, boot: str | None = None) -> str:
    """A temporary name as temporary_name makes it, on this machine unless told otherwise."""
    here_host, here_boot = atomic._machine()
    return f".{name}.~announcer-{host or here_host}{boot or here_boot}-{pid}-{random}.tmp"


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path):
    dead = _a_dead_pid()
    stale_dead = tmp_path / _ours("d.json", dead, "abcdef")
    stale_old = tmp_path / _ours("d.json", os.getpid(), "123456")
    live = tmp_path / _ours("d.json", os.getpid(), "fedcba")  # a write of ours under way
    other = tmp_path / ".d.json.tmp"  # not a name of ours
    for path in (stale_dead, stale_old, live, other):
        path.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale_old, (old, old))
    write_atomically(tmp_path / "d.json", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["d.json", live.name, other.name])


def test_only_this_machines_temporary_files_are_ever_removed(tmp_path):
    """A shared folder: another program's and another computer's writes under way look
    like a killed write of ours (their pids run nowhere here) and are left alone."""
    from announcer.export import export

    dead = _a_dead_pid()
    host, boot = atomic._machine()
    another_host = f"{(int(host, 16) + 1) % 2**32:08x}"
    another_boot = f"{(int(boot, 16) + 1) % 2**16:04x}"
    theirs = [tmp_path / f".x.docx.{dead}-abcdef.tmp",  # another program's, or ours before the marks
              tmp_path / _ours("x.docx", dead, "abcdef", host=another_host),  # another computer's
              tmp_path / _ours("x.docx", dead, "123456", host=another_host, boot=another_boot)]
    mine = [tmp_path / _ours("x.docx", dead, "fedcba"),  # a killed export of this machine's
            tmp_path / _ours("x.docx", os.getpid(), "654321", boot=another_boot)]  # from before a restart
    old = time.time() - 3600
    for path in theirs + mine:
        path.write_bytes(b"half")
        os.utime(path, (old, old))
    export(draft.load(EXAMPLE), tmp_path / "x.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["x.docx"] + [p.name for p in theirs])


def _a_dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_reading_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "d.json"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile):
        read_limited(fifo, 100)


def test_reading_refuses_a_folder_and_keeps_no_descriptor_open(tmp_path):
    open_before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):  # the settings are read at every window's start, a folder in their place too
        with pytest.raises(OSError):
            read_limited(tmp_path, 100)
    assert len(os.listdir("/proc/self/fd")) == open_before


def test_reading_refuses_a_device_and_a_file_over_the_limit(tmp_path):
    with pytest.raises(NotRegularFile):
        read_limited("/dev/zero", 100)
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(draft.MAX_BYTES + 1)  # sparse: no disk used
    with pytest.raises(DraftError) as e:
        draft.load(big)
    assert e.value.problems[0].en == "the file is larger than 16 MB; it is not an announcement draft"
    assert e.value.problems[0].fa == "فایل بزرگ‌تر از ۱۶ مگابایت است و پیش‌نویس اطلاعیه نیست"


@pytest.mark.parametrize("error, fa, en", [
    (OSError(28, "No space left on device"), "جا روی دیسک نمانده است", "there is no space left on the disk"),
    (OSError(30, "Read-only file system"), "این دیسک یا پوشه فقط‌خواندنی است", "the disk or folder is read-only"),
    (OSError(36, "File name too long"), "نام فایل یا مسیر آن بیش از حد بلند است", "the file name or its path is too long"),
    (PermissionError(13, "Permission denied"), "اجازهٔ نوشتن در این فایل یا پوشه نیست، یا فایل در برنامهٔ دیگری باز است",
     "no permission to write this file or in this folder, or the file is open in another program"),
    (NotRegularFile("/dev/full"), "این یک فایل معمولی نیست (دستگاه، پوشه یا لوله)",
     "this is not a regular file (a device, folder or pipe)"),
    (OSError(71, "Protocol error"), "فایل نوشته نشد (کد خطا ۷۱)", "the file could not be written: Protocol error"),
])
def test_file_errors_are_told_in_persian_words_and_digits(error, fa, en):
    problem = file_problem(error, writing=True)
    assert (problem.fa, problem.en) == (fa, en)
    assert not any("a" <= c.lower() <= "z" or "0" <= c <= "9" for c in problem.fa)


def test_export_over_its_own_draft_is_refused_and_the_draft_kept(tmp_path, example, capsys):
    source = tmp_path / "d.txt"  # a draft named like a text export
    draft.save(source, example)
    saved = source.read_bytes()
    assert main(["export", str(source), "-o", str(source)]) == 1
    assert "این همان پیش‌نویسی است که خروجی از آن ساخته می‌شود" in capsys.readouterr().err
    assert source.read_bytes() == saved


def test_export_to_a_device_or_through_a_link(tmp_path, example, capsys):
    source = tmp_path / "d.json"
    draft.save(source, example)
    device = tmp_path / "null.docx"  # a name with an export's extension (/dev/null has none: a usage error)
    device.symlink_to("/dev/null")
    assert main(["export", str(source), "-o", str(device)]) == 1
    assert "این یک فایل معمولی نیست" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    real = tmp_path / "published" / "223.docx"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.docx"
    link.symlink_to(real)
    assert main(["export", str(source), "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_bytes()[:2] == b"PK"


def test_a_fifo_or_a_device_as_a_draft_is_refused(tmp_path, capsys):
    fifo = tmp_path / "d.json"
    os.mkfifo(fifo)
    for source in (fifo, "/dev/zero"):
        assert main(["check", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.count("این یک فایل معمولی نیست (دستگاه، پوشه یا لوله) — this is not a regular file") == 2


def test_the_machines_name_is_the_one_socket_gives():
    """os.uname's node name stands for socket.gethostname (not imported at the start):
    temporary files an earlier version left on this machine are still known as its own."""
    import socket

    assert atomic._host_name() == socket.gethostname()
