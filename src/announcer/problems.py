"""Problems found in a draft, a model or a file: a field path and a reason in Persian and English."""

import errno
from dataclasses import dataclass

from .atomic import NotRegularFile, ReadOnlyFile, SameAsSource, TooLarge
from .persian.digits import number

FILE = "(file)"  # the path of a problem with the file as a whole


@dataclass(frozen=True)
class Problem:
    """Something wrong with a field (or the file), said in Persian and in English.

    A warning is said and marked at its field, but is no reason to refuse: `export
    --strict` writes, and the window exports without asking (a meeting with no date)."""

    path: str  # «elections[0].seats», or FILE
    fa: str
    en: str
    warning: bool = False

    def text(self, language: str = "fa") -> str:
        return self._at(self.fa if language == "fa" else self.en)

    def __str__(self) -> str:
        return self._at(f"{self.fa} — {self.en}")

    def _at(self, reason: str) -> str:
        return reason if self.path == FILE else f"{self.path}: {reason}"


class ProblemError(Exception):
    """An operation that failed; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


class DraftError(ProblemError):
    """A draft that cannot be read or written."""


class ExportError(ProblemError):
    """A Word file that cannot be written."""


# What the operating system said, as a user can act on it: (Persian, English).
_BY_ERRNO = {
    errno.ENOSPC: ("جا روی دیسک نمانده است", "there is no space left on the disk"),
    errno.EDQUOT: ("سهمیهٔ دیسک شما پر شده است", "your disk quota is full"),
    errno.EROFS: ("این دیسک یا پوشه فقط‌خواندنی است", "the disk or folder is read-only"),
    errno.ENAMETOOLONG: ("نام فایل یا مسیر آن بیش از حد بلند است", "the file name or its path is too long"),
    errno.EISDIR: ("این یک پوشه است، نه فایل", "this is a folder, not a file"),
    errno.ENOTDIR: ("یکی از پوشه‌های مسیر در واقع فایل است", "a file stands where a folder of the path should be"),
    errno.EEXIST: ("فایل یا پوشه‌ای به همین نام از پیش وجود دارد", "a file or folder of that name is already there"),
    errno.ELOOP: ("مسیر پیوندهای نمادین تودرتوی بی‌پایان دارد", "the path has a loop of symbolic links"),
    errno.EMFILE: ("برنامه فایل‌های باز بیش از حد دارد", "the program has too many files open"),
    errno.EIO: ("خطای ورودی و خروجی دیسک", "the disk reported an input/output error"),
}


def file_problem(error: OSError, writing: bool) -> Problem:
    """Say what went wrong with a file, in words a user can act on: the Persian half
    wholly Persian, whatever language the operating system speaks."""
    if isinstance(error, SameAsSource):
        fa, en = ("این همان پیش‌نویسی است که خروجی از آن ساخته می‌شود؛ نام دیگری برگزینید",
                  "this is the draft being exported; choose another name")
    elif isinstance(error, NotRegularFile):
        fa, en = "این یک فایل معمولی نیست (دستگاه، پوشه یا لوله)", "this is not a regular file (a device, folder or pipe)"
    elif isinstance(error, ReadOnlyFile):
        fa, en = "فایل فقط‌خواندنی است", "the file is read-only"
    elif isinstance(error, TooLarge):
        fa = f"فایل بزرگ‌تر از {number(error.limit // 2**20)} مگابایت است و پیش‌نویس اطلاعیه نیست"
        en = f"the file is larger than {error.limit // 2**20} MB; it is not an announcement draft"
    elif error.errno == errno.ENOENT:
        fa, en = ("پوشهٔ مقصد وجود ندارد", "the folder does not exist") if writing else ("فایل پیدا نشد", "file not found")
    elif error.errno in (errno.EACCES, errno.EPERM):
        fa, en = (("اجازهٔ نوشتن در این فایل یا پوشه نیست، یا فایل در برنامهٔ دیگری باز است",
                   "no permission to write this file or in this folder, or the file is open in another program")
                  if writing else ("اجازهٔ خواندن این فایل نیست", "no permission to read this file"))
    elif error.errno in _BY_ERRNO:
        fa, en = _BY_ERRNO[error.errno]
    else:
        verb_fa, verb_en = ("نوشته", "written") if writing else ("خوانده", "read")
        code = f" (کد خطا {number(error.errno)})" if error.errno else ""
        fa, en = f"فایل {verb_fa} نشد{code}", f"the file could not be {verb_en}: {error.strerror or error}"
    return Problem(FILE, fa, en)
