"""The kinds of section of an announcement, one record each: what of the model it edits,
the form that edits it, the composer that writes it, its name in both languages, the
names its fields offer for completion and what «New from this announcement» may keep.

The composer (`compose.Composition`), the window (`gui/mainwindow.py`), the names index
(`names.py`) and New-from (`newfrom.py`, `gui/newfrom.py`) all read SECTIONS, so a kind
of section is added here and in the files of its own (model, phrases, form, composer
method), not in a list of each reader. CONTRIBUTING.md says how; `tests/test_sections.py`
fails when a record names what does not exist or a field of the model has no widget.

Plain data, no Qt and nothing heavy: the window imports it before its first paint
(docs/performance.md)."""


class Label:
    """A name the user reads, in the interface's two languages."""

    __slots__ = ("en", "fa")

    def __init__(self, en: str, fa: str):
        self.en, self.fa = en, fa

    def text(self, language: str) -> str:
        return self.fa if language == "fa" else self.en


class Keep:
    """What «New from this announcement» may carry into the next draft: the fields it
    copies, and how its dialog names it. `key` is also what the settings file remembers."""

    __slots__ = ("key", "label", "paths")

    def __init__(self, key: str, paths: tuple[str, ...], label: Label):
        self.key, self.paths, self.label = key, paths, label


class Section:
    """One kind of section, in the order the form shows it and the announcement reads.
    (Plain classes, not dataclasses: making a dataclass runs generated code, and these
    three cost the start 11 M instructions as frozen dataclasses.)"""

    __slots__ = ("composer", "form", "keep", "key", "label", "names", "parts", "reads")

    def __init__(self, key: str, parts: tuple[str, ...], form: str | None, label: Label, *,
                 composer: str | None = None, reads: frozenset[str] = frozenset(),
                 names: dict[str, str] | None = None, keep: tuple[Keep, ...] = ()):
        self.key = key  # how a problem or a paragraph of the preview names the section («session»)
        self.parts = parts  # the top-level parts of the model its form edits
        self.form = form  # its Designer form in ui/; None: edited elsewhere (the Wording page)
        self.label = label  # the form's title, and the first name of its fields in messages
        self.composer = composer  # the method of compose._Composer that writes it; None: no text of its own
        self.reads = reads  # the parts the composer reads: a change to one composes it again
        self.names = names or {}  # field pattern → the kind of name it completes (names.py)
        self.keep = keep  # what New-from may keep of it, in the dialog's order

    def __repr__(self) -> str:
        return f"Section({self.key!r})"


SECTIONS: tuple[Section, ...] = (
    Section("publication", ("publication",), "publication.ui", Label("Publication", "انتشار"),
            composer="header", reads=frozenset({"publication"}),
            keep=(Keep("publication", ("publication.bulletin", "publication.issue"),
                       Label("The bulletin, with the next issue number", "نشریه، با شمارهٔ بعدی")),)),
    Section("title", ("title",), "title.ui", Label("Title", "عنوان"),
            composer="title", reads=frozenset({"title"}),
            names={"title.body": "body", "title.organisation": "body", "title.short_name": "body"},
            keep=(Keep("title", ("title",), Label("The title and the short name", "عنوان و نام کوتاه")),)),
    Section("session", ("session",), "session.ui", Label("Session", "جلسه"),
            composer="session", reads=frozenset({"session", "title", "publication"}),
            names={"session.guests[].name": "name", "session.guests[].role": "role", "session.city": "city"},
            keep=(Keep("city", ("session.city",), Label("The city", "شهر")),
                  Keep("attendance", ("session.attendance",),
                       Label("The attendance («with the presence of …»)", "حاضران («با حضور …»)")))),
    Section("agenda", ("agenda",), "agenda.ui", Label("Agenda", "دستور جلسه"),
            composer="agenda", reads=frozenset({"agenda"})),
    Section("documents", ("documents",), "documents.ui", Label("Documents", "اسناد"),
            composer="documents", reads=frozenset({"documents", "session"})),
    Section("reports", ("reports",), "reports.ui", Label("Reports", "گزارش‌ها"),
            composer="reports", reads=frozenset({"reports"}),
            names={"reports.items[].speaker": "name"}),
    Section("discussion", ("discussion",), "discussion.ui", Label("Discussion", "بحث"),
            composer="discussion", reads=frozenset({"discussion"})),
    Section("resolutions", ("resolutions",), "resolutions.ui", Label("Resolutions", "مصوبات"),
            composer="resolutions", reads=frozenset({"resolutions", "title"}),
            names={"resolutions[].body": "body"}),
    Section("other_discussions", ("other_discussions",), "other_discussions.ui",
            Label("Other discussions", "بحث‌های دیگر"),
            composer="other_discussions", reads=frozenset({"other_discussions", "session"})),
    Section("elections", ("elections",), "elections.ui", Label("Elections", "انتخابات"),
            composer="elections", reads=frozenset({"elections", "title"}),
            names={"elections[].people[].name": "name", "elections[].alternates[].name": "name",
                   "elections[].people[].role": "role", "elections[].member_role": "role",
                   "elections[].body": "body", "elections[].full_name": "body"}),
    Section("closing", ("closing",), "closing.ui", Label("Closing paragraphs", "بندهای پایانی"),
            composer="closing", reads=frozenset({"closing"})),
    # How every section is written, and its wording: no text of their own, and a change
    # to either composes every section again (compose.Composition).
    Section("settings", ("settings",), "document_settings.ui", Label("Document settings", "تنظیمات سند"),
            keep=(Keep("settings", ("settings",),
                       Label("The settings (calendar, digits, agenda layout)", "تنظیمات (تقویم، رقم‌ها، شکل دستور جلسه)")),)),
    Section("phrases", ("phrases",), None, Label("Wording", "عبارت‌ها"),
            keep=(Keep("phrases", ("phrases",), Label("The wording", "عبارت‌ها")),)),
)

COMPOSED: tuple[Section, ...] = tuple(s for s in SECTIONS if s.composer)  # in reading order
