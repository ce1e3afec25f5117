"""Problems found in a draft, a model or a file: a field path and a reason in Persian and English."""

from dataclasses import dataclass

FILE = "(file)"  # the path of a problem with the file as a whole


@dataclass(frozen=True)
class Problem:
    """Something wrong with a field (or the file), said in Persian and in English."""

    path: str  # «elections[0].seats», or FILE
    fa: str
    en: str

    def text(self, language: str = "fa") -> str:
        return f"{self.path}: {self.fa if language == 'fa' else self.en}"

    def __str__(self) -> str:
        return f"{self.path}: {self.fa} — {self.en}"


class ProblemError(Exception):
    """An operation that failed; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


class DraftError(ProblemError):
    """A draft that cannot be read or written."""


class ExportError(ProblemError):
    """A Word file that cannot be written."""


def file_problem(error: OSError, writing: bool) -> Problem:
    """Say what went wrong with a file, in words a user can act on."""
    if isinstance(error, FileNotFoundError):
        if writing:
            return Problem(FILE, "پوشهٔ مقصد وجود ندارد", "the folder does not exist")
        return Problem(FILE, "فایل پیدا نشد", "file not found")
    if isinstance(error, IsADirectoryError):
        return Problem(FILE, "این یک پوشه است، نه فایل", "this is a folder, not a file")
    if isinstance(error, PermissionError):
        if writing:
            return Problem(FILE, "اجازهٔ نوشتن نیست، یا فایل در برنامهٔ دیگری باز است",
                           "no permission to write, or the file is open in another program")
        return Problem(FILE, "اجازهٔ خواندن این فایل نیست", "no permission to read this file")
    verb_fa, verb_en = ("نوشته", "write") if writing else ("خوانده", "read")
    return Problem(FILE, f"فایل {verb_fa} نشد: {error.strerror or error}", f"cannot {verb_en} the file: {error.strerror or error}")
