"""Make a PDF's text extract as written: fix the characters its ToUnicode CMaps name.

Noto CJK draws several code points with one glyph: 人 and the Kangxi radical ⼈ (U+2F08), 青
and ⻘ (U+2ED8), 户 and 戶. Qt's PDF writer names the lowest code point of a glyph in the
font's ToUnicode map, so the page looks right but search, copy and pdftotext give ⼈, ⻘, 戶
(14 % of a handover's characters); a Latin font's ligature gives ﬀ for "ff", which breaks a
copied journal head. After Qt has written the file, every destination that is
not in the document's own text (`keep`) is replaced by its `twin` in the text (a character
the font draws with the same glyph, found by the Qt side), else, for a radical or stroke, by
its Unicode-equivalent ideograph (`radicals.EQUIVALENT`, EquivalentUnifiedIdeograph.txt).
pypdf: pure Python, so it installs wherever the desk runs (麒麟/UOS on ARM64 or LoongArch too).
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from .radicals import EQUIVALENT

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_SECTION = re.compile(rb"(begin(bfchar|bfrange))(.*?)(end\2)", re.S)
_CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>(\s*)(\[[^\]]*\]|<[0-9A-Fa-f]+>)")


def _decode(hexs: bytes) -> str:
    return bytes.fromhex(hexs.decode()).decode("utf-16-be", errors="surrogatepass")


def _encode(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode() + b">"


Twin = Callable[[str], "str | None"]


class _Rewriter:
    def __init__(self, keep: frozenset[str], twin: Twin | None) -> None:
        self.keep, self.twin = keep, twin
        self.changed = 0

    def char(self, c: str) -> str:
        if c in self.keep:
            return c
        if 0xFB00 <= ord(c) <= 0xFB06:  # a Latin ligature (ﬀ in a hash): its letters
            return unicodedata.normalize("NFKC", c)
        if ord(c) < 0x2E80:  # not CJK: nothing to fix
            return c
        t = self.twin(c) if self.twin else None
        return t or EQUIVALENT.get(ord(c), c)

    def text(self, hexs: bytes) -> bytes:
        old = _decode(hexs)
        new = "".join(self.char(c) for c in old)
        if new == old:
            return b"<" + hexs + b">"
        self.changed += 1
        return _encode(new)

    def bfchar(self, m: re.Match) -> bytes:
        return m.group(1) + self.text(m.group(2))

    def bfrange(self, m: re.Match) -> bytes:
        lo, sp1, hi, sp2, dst = m.groups()
        if dst.startswith(b"["):
            return m.group(0)[: -len(dst)] + _HEX.sub(lambda d: self.text(d.group(1)), dst)
        # `<lo> <hi> <dst>`: the destination counts up over the range; spell it out as an
        # array when any code in it changes
        first, count = _decode(dst[1:-1]), int(hi, 16) - int(lo, 16) + 1
        if len(first) != 1 or count < 1:
            return m.group(0)
        before = self.changed
        codes = [self.text(_encode(chr(ord(first) + i))[1:-1]) for i in range(count)]
        if self.changed == before:
            return m.group(0)
        return b"<" + lo + b">" + sp1 + b"<" + hi + b">" + sp2 + b"[" + b" ".join(codes) + b"]"

    def section(self, m: re.Match) -> bytes:
        pattern, fn = (_CHAR, self.bfchar) if m.group(2) == b"bfchar" else (_RANGE, self.bfrange)
        return m.group(1) + pattern.sub(fn, m.group(3)) + m.group(4)


def rewrite_cmap(
    data: bytes, keep: frozenset[str] = frozenset(), twin: Twin | None = None
) -> tuple[bytes, int]:
    """A ToUnicode CMap with wrong destinations fixed; (new data, entries changed)."""
    r = _Rewriter(keep, twin)
    out = _SECTION.sub(r.section, data)
    return out, r.changed


def fix_pdf_text(path: str | os.PathLike, keep: str = "", twin: Twin | None = None) -> int:
    """Rewrite the ToUnicode maps of the PDF at `path` in place; returns entries changed.

    `keep`: the text the document shows; `twin(c)`: the character of that text the font
    draws with the same glyph as `c`, or None."""
    from pypdf import PdfWriter

    keep_set = frozenset(keep)
    writer = PdfWriter(clone_from=str(path))
    changed, seen = 0, set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            tu = font.get("/ToUnicode")
            if tu is None:
                continue
            key = getattr(tu, "idnum", id(tu))
            if key in seen:
                continue
            seen.add(key)
            stream = tu.get_object()
            data, n = rewrite_cmap(stream.get_data(), keep_set, twin)
            if n:
                stream.set_data(data)  # re-encoded with the stream's own filter (Flate)
                changed += n
    if changed:
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            writer.write(f)
        os.replace(tmp, target)
    return changed
