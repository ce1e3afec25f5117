"""Problems found in a draft or a model: a field path and a reason in Persian and English."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str  # «elections[0].seats», or «(file)» for the file as a whole
    fa: str
    en: str

    def text(self, language: str = "fa") -> str:
        return f"{self.path}: {self.fa if language == 'fa' else self.en}"

    def __str__(self) -> str:
        return f"{self.path}: {self.fa} — {self.en}"


class DraftError(Exception):
    """A draft that cannot be read; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
