"""Fonts that travel with the Word file, so that a reader without them sees the page the
secretary saw (ECMA-376 Part 1, §17.8.1 «Font Embedding»).

Each face is stored as an obfuscated part (word/fonts/fontN.odttf): its first 32 bytes
XORed with the 16 bytes of a GUID key, taken from the key's last hex pair to its first.
fontTable.xml relates each part with w:embedRegular / w:embedBold and its key, and
w:embedTrueTypeFonts in the settings tells Word to keep them when it saves.

A font is embedded only when its licence allows it (the OS/2 table's fsType: not
«restricted»); the bundled Vazirmatn (OFL, fsType 0) always is. The files of another
font are found with fontconfig."""

import logging
import shutil
import struct
import subprocess
import uuid
from pathlib import Path

from ..locations import BUNDLED_FONTS as BUNDLED

log = logging.getLogger(__name__)

PAGE_NUMBERS = "Vazirmatn FD"  # Vazirmatn with Persian shapes for the Latin digits a PAGE field writes
_RESTRICTED = 0x0002  # fsType bit 1: the licence forbids embedding
_BITMAP_ONLY = 0x0200


def faces(family: str) -> dict[str, Path]:
    """The font files of family's regular and bold faces ({} when none is found)."""
    if family in BUNDLED:
        return BUNDLED[family]
    found = {}
    for face, style in (("regular", "Regular"), ("bold", "Bold")):
        path = _fontconfig_file(family, style)
        if path is not None:
            found[face] = path
    return found


def _fontconfig_file(family: str, style: str) -> Path | None:
    """The file fontconfig has for family in style, if it is that family (fc-match
    answers with its nearest font otherwise)."""
    if not shutil.which("fc-match"):
        return None
    try:
        answer = subprocess.run(["fc-match", "-f", "%{family}\n%{file}", f"{family}:style={style}"],
                                capture_output=True, text=True, timeout=10, check=True).stdout.split("\n")
    except (OSError, subprocess.SubprocessError) as e:
        log.warning("fontconfig could not find %s %s: %s", family, style, e)
        return None
    families = [name.strip().casefold() for name in answer[0].split(",")]
    return Path(answer[1]) if len(answer) > 1 and family.casefold() in families and answer[1].endswith((".ttf", ".otf")) else None


def embeddable(path: Path) -> bool:
    """Whether the font's licence lets a document carry it (OS/2 fsType)."""
    data = path.read_bytes()
    tables = struct.unpack_from(">H", data, 4)[0]
    for n in range(tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * n)
        if tag == b"OS/2":
            fs_type = struct.unpack_from(">H", data, offset + 8)[0]
            return not fs_type & (_RESTRICTED | _BITMAP_ONLY)
    return False


def carried(family: str) -> dict[str, Path]:
    """The faces the Word file will carry for family: its files when they are found and
    their licence allows embedding, else {}."""
    found = faces(family)
    return found if all(embeddable(path) for path in found.values()) else {}


def travels(family: str) -> bool:
    """Whether the Word file will carry family."""
    return bool(carried(family))


def new_key() -> str:
    return "{" + str(uuid.uuid4()).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """The font as an .odttf part (the same operation undoes it)."""
    digits = key.strip("{}").replace("-", "")
    xor = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ xor[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]
