"""The kinds of section of an announcement, one record each: what of the model it edits,
the form that edits it, the composer that writes it, its name in both languages, the
names its fields offer for completion and what «New from this announcement» may keep.

The composer (`compose.Composition`), the window (`gui/mainwindow.py`, `gui/parts.py`),
the names index (`names.py`) and New-from (`newfrom.py`, `gui/newfromdialog.py`) all read these
records, so a kind of section is added here and in the files of its own (model.Part's
field, phrases, form, composer method), not in a list of each reader. CONTRIBUTING.md says how; `tests/core/test_sections.py`
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

    __slots__ = ("at_first", "key", "label", "paths")

    def __init__(self, key: str, paths: tuple[str, ...], label: Label, at_first: bool = True):
        self.key, self.paths, self.label = key, paths, label
        self.at_first = at_first  # ticked until the secretary says otherwise


class Section:
    """One kind of section. The fixed ones (FIXED) are parts of the announcement that every
    draft has once, in place; the kinds of the body (KINDS) are what `Announcement.sections`
    holds, any number of each in the secretary's order, each a field of `model.Part`.
    (Plain classes, not dataclasses: making a dataclass runs generated code, and these
    cost the start 11 M instructions as frozen dataclasses.)"""

    __slots__ = ("borrows", "composer", "form", "keep", "key", "label", "names", "reads")

    def __init__(self, key: str, form: str | None, label: Label, *, composer: str | None = None,
                 reads: frozenset[str] = frozenset(), names: dict[str, str] | None = None, keep: tuple[Keep, ...] = (),
                 borrows: frozenset[str] = frozenset()):
        self.key = key  # the part of the model (fixed), or the kind's field of model.Part («agenda»)
        self.form = form  # its Designer form in ui/; None: edited elsewhere (the Wording page)
        self.label = label  # the form's title, and the first name of its fields in messages
        self.composer = composer  # the method of compose._Composer that writes it; None: no text of its own
        self.reads = reads  # the fixed parts (or their fields) the composer reads besides its own: an edit there composes it again
        self.names = names or {}  # field pattern → the kind of name it completes (names.py)
        self.keep = keep  # what New-from may keep of it, in the dialog's order
        self.borrows = borrows  # fields of other parts its form shows, where the secretary needs them first

    def __repr__(self) -> str:
        return f"Section({self.key!r})"


def _kind(key: str, form: str, label: Label, reads: frozenset[str] = frozenset(), names: dict[str, str] | None = None):
    """A kind of the body's sections: its form's fields are paths within the section's
    value (bound at «sections[3].agenda»), its composer is named for it, and its name
    patterns are given within it too."""
    return Section(key, form, label, composer=key, reads=reads,
                   names={f"sections[].{key}" + ("." if p[:1] != "[" else "") + p: kind for p, kind in (names or {}).items()})


FIXED: tuple[Section, ...] = (
    # The body's masthead, above everything on the first page: kept from draft to draft.
    Section("letterhead", "letterhead.ui", Label("Letterhead", "سربرگ"),
            composer="letterhead", reads=frozenset({"letterhead"}), names={"letterhead.lines[]": "body"},
            keep=(Keep("letterhead", ("letterhead",), Label("The letterhead (image and lines)", "سربرگ (تصویر و سطرها)")),)),
    # The calendar is a document setting, chosen beside the first date typed (the publication's).
    Section("publication", "publication.ui", Label("Publication", "انتشار"),
            composer="header", reads=frozenset({"publication"}), borrows=frozenset({"settings.calendar"}),
            keep=(Keep("publication", ("publication.bulletin", "publication.issue", "publication.credit"),
                       Label("The bulletin, with the next issue number", "نشریه، با شمارهٔ بعدی")),)),
    Section("title", "title.ui", Label("Title", "عنوان"),
            composer="title", reads=frozenset({"title"}),
            names={"title.body": "body", "title.organisation": "body", "title.short_name": "body"},
            keep=(Keep("title", ("title",), Label("The title and the short name", "عنوان و نام کوتاه")),)),
    Section("session", "session.ui", Label("Session", "جلسه"),
            composer="session", reads=frozenset({"session", "title", "publication"}),
            names={"session.guests[].name": "name", "session.guests[].role": "role", "session.city": "city",
                   "session.chair": "name", "session.chair_role": "role"},
            keep=(Keep("city", ("session.city",), Label("The city", "شهر")),
                  Keep("attendance", ("session.attendance",),
                       Label("The attendance («with the presence of …»)", "حاضران («با حضور …»)")))),
    # The body's sections come here (KINDS); the window lists them in a form of their own.
    Section("sections", "sections.ui", Label("Sections", "بخش‌ها"),
            keep=(Keep("sections", (),  # newfrom.py keeps their kinds, not their text
                       Label("The sections, in their order, empty", "بخش‌ها، به همین ترتیب و خالی")),)),
    # How every section is written, and its wording: no text of their own, and a change
    # to either composes every section again (compose.Composition).
    Section("settings", "document_settings.ui", Label("Document settings", "تنظیمات سند"),
            keep=(Keep("settings", ("settings",),
                       Label("The settings (calendar, digits, agenda layout)", "تنظیمات (تقویم، رقم‌ها، شکل دستور جلسه)")),)),
    Section("phrases", None, Label("Wording", "عبارت‌ها"),
            keep=(Keep("phrases", ("phrases",), Label("The wording", "عبارت‌ها")),)),
    # Paragraphs rewritten by hand: edited from the page (the preview), not from a form.
    Section("rewritten", None, Label("Rewritten paragraphs", "بندهای بازنویسی‌شده"),
            keep=(Keep("rewritten", ("rewritten",),
                       Label("The paragraphs rewritten by hand", "بندهایی که دستی بازنویسی شده‌اند"),
                       at_first=False),)),  # most say this meeting's facts: kept, they would all be stale
    # Words the spell check passes by in this draft: said from a field's context menu.
    Section("ignored_words", None, Label("Words ignored by the spell check", "واژه‌هایی که غلط‌یاب نادیده می‌گیرد"),
            keep=(Keep("ignored_words", ("ignored_words",),
                       Label("The words the spell check ignores", "واژه‌هایی که غلط‌یاب نادیده می‌گیرد")),)),
)

# In the order the «Add section» menu offers them.
KINDS: tuple[Section, ...] = (
    _kind("paragraph", "paragraph.ui", Label("Free paragraph", "بند آزاد")),
    _kind("opening", "opening.ui", Label("Opening of the meeting", "گشایش جلسه"), names={"opened_by": "name"}),
    _kind("procedure", "procedure.ui", Label("Procedure (credentials, presiding board)", "آیین کار (اعتبارنامه‌ها، هیئت رئیسه)"),
          names={"presiding[]": "name", "rules_by": "name"}),
    _kind("agenda", "agenda.ui", Label("Agenda", "دستور جلسه")),
    _kind("documents", "documents.ui", Label("Documents", "اسناد"), reads=frozenset({"session.days", "title"})),
    _kind("reports", "reports.ui", Label("Reports", "گزارش‌ها"), names={"items[].speaker": "name"}),
    _kind("speech", "speech.ui", Label("Speech, report or message", "سخنرانی، گزارش یا پیام"),
          names={"speaker": "name", "role": "role"}),
    _kind("resolutions", "resolutions.ui", Label("Resolutions", "مصوبات"), reads=frozenset({"title"}),
          names={"[].body": "body"}),
    _kind("decisions", "decisions.ui", Label("Numbered decisions", "مصوبات شماره‌دار"), reads=frozenset({"title"})),
    _kind("positions", "positions.ui", Label("Positions and demands", "مواضع و خواسته‌ها"), reads=frozenset({"title"}),
          names={"who": "body"}),
    _kind("discussion", "other_discussion.ui", Label("Discussion of topics", "بحث در مورد موضوعات"),
          reads=frozenset({"session.days", "title"})),
    _kind("election", "election.ui", Label("Election", "انتخابات"), reads=frozenset({"title"}),
          names={"people[].name": "name", "alternates[].name": "name", "candidates[].name": "name", "people[].role": "role",
                 "member_role": "role", "body": "body", "full_name": "body"}),
    _kind("next_meeting", "next_meeting.ui", Label("Next meeting", "جلسه بعدی"), reads=frozenset({"publication"})),
    _kind("signature", "signature.ui", Label("Signature", "امضا"), names={"lines[]": "body"}),
)

SECTIONS: tuple[Section, ...] = FIXED + KINDS
BY_KIND: dict[str, Section] = {kind.key: kind for kind in KINDS}
HEAD: tuple[Section, ...] = tuple(s for s in FIXED if s.composer)  # composed before the body, in this order
