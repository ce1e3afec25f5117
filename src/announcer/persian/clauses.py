"""What a text the secretary typed is, as a clause: a purpose that already says its own
«برای», a sentence that ends with its verb, or a noun phrase that needs one.

A formal Persian sentence ends with its verb, and a verb's last word is a past stem
(«کرد», «شد», «پرداخت»), a present one with its ending («کند», «شود»), a participle with
«است»/«اند», or any of them with «می‌» or «ن» before and a person's ending after. The
stems are the few dozen that formal announcements use, not all of the language's: a
noun phrase ends with a noun, and the stems here that are nouns too («پرداخت»,
«داد») rarely end one; «نشست» and «نهاد», which often do, are left out."""

import re
from itertools import pairwise

from .letters import ZWNJ, letters

# What a purpose typed with its own preposition starts with.
_PURPOSE_OPENERS = ("برای", "جهت", "به منظور", "به\u200cمنظور", "بمنظور", "با هدف", "به قصد", "در راستای", "به جهت", "تا ")

# Past stems: the verb itself for «he» («کرد»), with «ند» for «they», «یم» for «we».
_PAST = frozenset(
    "کرد نمود داد شد گردید بود داشت گرفت رساند رسید پرداخت آورد خواند راند گفت رفت آمد دانست نوشت "
    "زد افتاد ساخت یافت کشید خواست ماند گذاشت برد دید شنید گذشت پذیرفت گشت گشود فرمود کوشید انجامید "
    "گزید شناخت انداخت فرستاد افزود سپرد شمرد ستود کاست خورد".split())
# Present stems: with «د» for «he», «ند» for «they», «یم» for «we» («کند», «کنند»).
_PRESENT = frozenset(
    "کن نمای ده شو گرد باش دار رس رسان آی گیر یاب خواه بین گوی رو پرداز ساز مان خوان دان گذار "
    "پذیر آور شمار سپار افزای فرمای گشای کوش".split())
_BE = frozenset(("است", "هست", "نیست", "اند", "ست"))
_PERSONS = (("", "ند", "یم"), ("د", "ند", "یم"))  # the endings after a past stem, after a present one
_PREVERBS = ("بر", "در", "باز", "فرا", "وا", "ور", "")
_NOUNS = frozenset(("درآمد", "روند"))  # verbs in form, but nouns wherever a report ends with them
_END = re.compile(r"[\s.!?؟:؛;،,»«\"'()\[\]…]+$")


# Light verbs: the verb of a compound («تلاوت شد», «افتتاح کرد») that coordinated clauses say once.
_LIGHT = frozenset(f"{stem}{person}" for stem in ("شد", "گردید", "کرد", "نمود", "داد", "گرفت", "یافت")
                   for person in ("", "ند"))


# The formal variant of a light verb is the same verb to the one before it: «شروع [شد] و … اتخاذ گردید».
_SAME = {"گردید": "شد", "گردیدند": "شدند", "نمود": "کرد", "نمودند": "کردند"}


def share_verbs(clauses: list[str]) -> list[str]:
    """Coordinated clauses, each without the light verb the next one ends with: formal
    Persian says a repeated verb once, at the end («آیاتی تلاوت [شد] و سپس به حاضران
    خوشامد گفته شد», «… با تلاوت کلام الله مجید شروع [شد] و … اتخاذ گردید»); a different
    verb, or a simple one, stays («X جلسه را افتتاح کرد و سپس Y به حاضران خوشامد گفت»)."""
    kept = []
    for clause, after in pairwise(clauses):
        words = clause.split()
        ends = [_SAME.get(w, w) for w in _END.sub("", after).split()[-1:]]
        if len(words) > 1 and words[-1] in _LIGHT and ends == [_SAME.get(words[-1], words[-1])]:
            clause = " ".join(words[:-1])
        kept.append(clause)
    return kept + clauses[-1:]


def says_purpose(text: str) -> bool:
    """Whether text starts with its own preposition of purpose («برای …», «به منظور …»)."""
    return letters(text.strip()).startswith(_PURPOSE_OPENERS)


def ends_with_verb(text: str) -> bool:
    """Whether the last sentence of text ends with a verb: «… به رشد جنبش پرداخت.» does,
    «وضعیت مالی و بودجهٔ سال آینده» does not."""
    words = _END.sub("", letters(text)).split()
    return bool(words) and _is_verb(words[-1])


def _is_verb(word: str) -> bool:
    if word in _NOUNS:
        return False
    if word in _BE or word.endswith((ZWNJ + "است", ZWNJ + "اند")):
        return True
    for prefix in ("نمی", "می"):  # «می‌کند», «نمی‌شود», «میشود»
        if word.startswith(prefix) and (word[len(prefix):].startswith(ZWNJ) or _inflected(word[len(prefix):])):
            return True
    return _inflected(word)


def _inflected(word: str) -> bool:
    """Whether word is a stem with a person's ending, after a preverb («برگزید») or «ن» («نشد»)."""
    for preverb in _PREVERBS:
        if not word.startswith(preverb):
            continue
        rest = word[len(preverb):]
        for verb in (rest, rest[1:] if rest.startswith("ن") else None):
            if verb and any(verb.endswith(e) and verb[:len(verb) - len(e)] in stems
                            for stems, endings in ((_PAST, _PERSONS[0]), (_PRESENT, _PERSONS[1])) for e in endings):
                return True
    return False
