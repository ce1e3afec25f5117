"""Every phrase and every placeholder it may use is named in both languages
(phrase_labels.py), in words, never by the program's keys."""

import re

from announcer import phrase_labels, wording
from announcer.phrase_labels import known_placeholders, phrase_label, placeholder_label

PERSIAN = re.compile("[\u0600-\u06ff]")


def test_every_phrase_and_placeholder_has_a_label_in_both_languages():
    for key in wording.DEFAULTS:
        labels = [phrase_label(key)] + [placeholder_label(key, name) for name in known_placeholders(key)]
        for label in labels:
            assert label.en.strip() and PERSIAN.search(label.fa), (key, label.en)
            assert "_" not in label.en + label.fa and "{" not in label.en + label.fa, (key, label.en)  # no key, no placeholder


def test_no_label_is_left_for_a_phrase_or_placeholder_that_is_not_there():
    assert set(phrase_labels._PHRASES) == set(wording.DEFAULTS)
    used = {name for key in wording.DEFAULTS for name in known_placeholders(key)}
    assert set(phrase_labels._PLACEHOLDERS) == used
    assert all(name in known_placeholders(key) for key, name in phrase_labels._IN)
