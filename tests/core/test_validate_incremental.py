"""The window's checks and spell check walk again only the part of the draft an edit changed, and find
exactly what checking the whole draft finds."""

from hypothesis import given, settings, strategies as st

from announcer import spellcheck
from announcer.model import Vote
from announcer.validate import Walked, _every_value, check
from strategies import text
from edits import apply, edits, fresh

# text past its limits and invisible characters, so that the walk has problems to find
hostile = st.tuples(st.sampled_from(["title.body", "session.city", "sections[3].paragraph", "sections[2].reports.topic"]),
                    st.sampled_from(["\u200e", "\u202e", "x" * 5000, ""]).flatmap(lambda odd: text.map(lambda t: t + odd)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(edits, hostile), min_size=1, max_size=8))
def test_the_walk_kept_part_by_part_finds_what_the_whole_walk_finds(steps):
    doc = fresh()
    walked = Walked()
    walked.values(doc)
    for path, value in steps:
        if apply(doc, path, value):
            walked.edited(path)
            assert walked.values(doc) == _every_value(doc)
            assert check(doc, walked=walked) == check(doc)  # each section's checks too


def test_an_edit_in_one_section_walks_that_section_alone():
    doc = fresh()
    walked = Walked()
    walked.values(doc)
    kept = dict(walked.parts)
    assert apply(doc, "sections[3].paragraph", "متن تازه\u200e")
    walked.edited("sections[3].paragraph")
    invisible = walked.values(doc)[1]
    assert [p.path for p in invisible] == ["sections[3].paragraph"]
    assert {k for k in walked.parts if walked.parts[k] is not kept.get(k)} == {3}  # the rest are the same objects


def test_a_sections_checks_are_kept_until_it_or_what_they_read_changes():
    """Votes more than the members present: a problem of the resolution's section, which
    an edit of the session's present count (not of the section) brings and takes away."""
    doc = fresh()
    walked = Walked()
    assert apply(doc, "sections[4].resolutions[0].vote", Vote.COUNTED)
    assert apply(doc, "sections[4].resolutions[0].votes_for", 30)
    walked.edited("sections[4].resolutions[0]")
    assert not [p for p in check(doc, walked=walked) if p.path.startswith("sections[4]")]
    kept = walked.sections[4]
    assert apply(doc, "session.present", 20)
    walked.edited("session.present")
    assert [p.path for p in check(doc, walked=walked) if p.path.startswith("sections[4]")] == ["sections[4].resolutions[0].votes_for"]
    assert walked.sections[4] is not kept and walked.sections[3][1] == (20, 2)
    assert apply(doc, "session.present", 40)
    walked.edited("session.present")
    assert not [p for p in check(doc, walked=walked) if p.path.startswith("sections[4]")]


@settings(max_examples=40, deadline=None)
@given(st.lists(edits, min_size=1, max_size=8))
def test_the_spell_checks_texts_kept_part_by_part_are_the_whole_walks(steps):
    """The spell check's texts and names (spellcheck.Texts, on partwalks.py as the
    checks' walk): after each edit what reading the whole draft gives, in its order."""
    doc = fresh()
    texts = spellcheck.Texts()
    texts.read(doc)
    for path, value in steps:
        if apply(doc, path, value):
            texts.edited(path)
            assert texts.read(doc) == (spellcheck.checked(doc), spellcheck.names(doc))

