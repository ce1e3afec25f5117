"""Number words: cardinals («سه»، «بیست و یک») and ordinals («دوم»، «سی‌ام»).

Ordinals are written here rather than taken from num2fawords or num2words, which
both spell 30th «سیم»; the correct form is «سی‌ام»."""

from .letters import ZWNJ

_ONES = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS = ("ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")
_SCALES = ("", "هزار", "میلیون", "میلیارد", "تریلیون")


def _below_thousand(n: int) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        words += [w for w in (_TENS[tens], _ONES[ones]) if w]
    return words


def cardinal(n: int) -> str:
    """The cardinal in words: 3 → «سه», 1386 → «هزار و سیصد و هشتاد و شش»."""
    if n < 0:
        return "منفی " + cardinal(-n)
    if n == 0:
        return "صفر"
    groups = []
    scale = 0
    while n:
        n, chunk = divmod(n, 1000)
        if chunk:
            words = " و ".join(_below_thousand(chunk))
            if scale:
                # «هزار», not «یک هزار»: Persian drops the one before a thousand.
                words = _SCALES[scale] if (chunk == 1 and scale == 1) else f"{words} {_SCALES[scale]}"
            groups.append(words)
        scale += 1
    return " و ".join(reversed(groups))


def ordinal(n: int) -> str:
    """The ordinal in words: 1 → «یکم», 2 → «دوم», 3 → «سوم», 30 → «سی‌ام», 23 → «بیست و سوم»."""
    if n < 1:
        raise ValueError("ordinals start at 1")
    words = cardinal(n)
    if words.endswith("سه"):
        return words[:-2] + "سوم"
    if words.endswith("ی"):  # سی → سی‌ام: a final «ی» takes «ام» after a half-space
        return words + ZWNJ + "ام"
    return words + "م"


def day_ordinal(n: int) -> str:
    """The ordinal for a day of a meeting: «اول» for the first, then «دوم»، «سوم» …"""
    return "اول" if n == 1 else ordinal(n)
