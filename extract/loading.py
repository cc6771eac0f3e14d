"""Turn a file into text: plain text in any common Chinese encoding, .docx, .html, .pdf.

Every offset in the project points into the string returned here, so this module never
rewrites text it can read as-is (line endings, spaces and page chrome stay). Formats that
need conversion are flattened the way the bundled corpus is laid out, so the same structure
rules apply: one paragraph per line, and table cells one per tab-indented line with a blank
line between rows.

Encodings are detected, not assumed: a BOM decides first, then strict UTF-8, then
charset-normalizer, cross-checked against GB18030 (short Chinese texts fool statistical
detectors into Big5 or a Cyrillic code page).
"""

from __future__ import annotations

import codecs
import stat
from dataclasses import dataclass
from pathlib import Path

from extract import limits
from extract.errors import LoadError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
ROW_BREAK = "\ue000"  # marks the end of a table row while HTML is flattened (private use)
CJK_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "cp936", "utf_8", "utf-8")


@dataclass(frozen=True, slots=True)
class Loaded:
    text: str
    encoding: str | None  # None for formats that are not plain text
    format: str  # txt | docx | html | pdf


def read_limited(p: Path) -> bytes:
    """The bytes of a regular file no larger than the input limit (:mod:`extract.limits`)."""
    limit = limits.max_input_bytes()
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise LoadError(p, "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise LoadError(p, "is not a regular file (a device, pipe or socket); only files are read")
        if st.st_size > limit:
            over = f"over the {limits.mb(limit)} input limit (POLICYKG_MAX_INPUT_MB)"
            raise LoadError(p, f"is {limits.mb(st.st_size)}, {over}")
        with p.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise LoadError(p, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > limit:  # it grew while being read
        raise LoadError(p, f"is over the {limits.mb(limit)} input limit (POLICYKG_MAX_INPUT_MB)")
    return data


def load(path: str | Path) -> Loaded:
    """Read ``path`` into text, or raise one :class:`LoadError` naming the file and the reason."""
    p = Path(path)
    data = read_limited(p)
    if not data.strip():
        raise LoadError(p, "is empty")
    suffix = p.suffix.lower()
    if suffix == ".docx":
        loaded = Loaded(_docx_text(p, data), None, "docx")
    elif suffix == ".pdf":
        loaded = Loaded(_pdf_text(p, data), None, "pdf")
    elif suffix in HTML_SUFFIXES:
        text, enc = decode(p, data)
        loaded = Loaded(html_text(text), enc, "html")
    else:
        text, enc = decode(p, data)
        loaded = Loaded(text, enc, "txt")
    if not loaded.text.strip():
        raise LoadError(p, f"contains no text ({loaded.format})")
    if len(loaded.text) > limits.max_text_chars():
        raise LoadError(
            p,
            f"yields {len(loaded.text):,} characters of text, over the {limits.max_text_chars():,} "
            "limit (POLICYKG_MAX_TEXT_CHARS)",
        )
    return loaded


def decode(path: str | Path, data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; binary data or undecidable bytes raise LoadError."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"has a {enc} byte-order mark but invalid {enc} bytes") from exc
    if b"\x00" in data:
        raise LoadError(path, "looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append(best.encoding)
    except ImportError:  # pragma: no cover - a declared dependency
        pass
    candidates.append("gb18030")
    scored = []
    for enc in dict.fromkeys(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_plausibility(text, enc), enc, text))
    if not scored:
        raise LoadError(path, "has an unknown text encoding (not UTF-8, GB18030/GBK or any detected one)")
    score, enc, text = max(scored, key=lambda t: t[0])
    if score < 0.5:
        raise LoadError(path, f"has an unknown text encoding (best guess {enc} gives unreadable text)")
    return text, enc


def _plausibility(text: str, enc: str) -> float:
    """Share of characters that are CJK, ASCII printable or common punctuation; CJK codecs win ties."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            0x4E00 <= o <= 0x9FFF
            or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF
            or (ch.isascii() and (ch.isprintable() or ch in "\r\n\t"))
            or 0x2000 <= o <= 0x206F
        ):
            good += 1
    bonus = 0.01 if enc.lower().replace("-", "_") in CJK_ENCODINGS else 0.0
    return good / len(text) + bonus


def _docx_text(path: Path, data: bytes) -> str:
    import io
    import zipfile

    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise LoadError(path, "needs python-docx: pip install python-docx") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unzipped = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise LoadError(path, f"is not a readable .docx file ({exc})") from exc
    if unzipped > limits.max_unzipped_bytes():
        raise LoadError(
            path,
            f"unzips to {limits.mb(unzipped)}, over the {limits.mb(limits.max_unzipped_bytes())} "
            "limit for a .docx (POLICYKG_MAX_UNZIPPED_MB)",
        )
    from docx.opc.exceptions import OpcError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    # lxml's XMLSyntaxError is a SyntaxError: a valid zip with malformed XML parts lands here
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                lines.append("")
                for row in Table(child, document).rows:
                    for cell in row.cells:
                        lines.append("\t" + cell.text.replace("\n", " "))
                    lines.append("")
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError, OpcError, AttributeError) as exc:
        raise LoadError(path, f"is not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    return "\n".join(lines)


def _pdf_text(path: Path, data: bytes) -> str:
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise LoadError(path, "needs pypdf: pip install pypdf") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(path, f"is not a readable PDF ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(path, "is a PDF without a text layer (scanned images need OCR first)")
    return text


def html_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line (chrome is handled later).

    Tables become the corpus's flattened layout (a tab-indented line per cell, an empty line
    between rows) so the same table rules rebuild them.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for table in soup.find_all("table"):
        if table.find_parent("table") is not None:
            continue
        rows = []
        for tr in table.find_all("tr"):
            cells = [c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])]
            if cells:
                rows.append("\n".join("\t" + c for c in cells))
        table.replace_with(f"\n{ROW_BREAK}\n" + f"\n{ROW_BREAK}\n".join(rows) + f"\n{ROW_BREAK}\n")
    lines: list[str] = []
    for line in soup.get_text("\n").splitlines():
        stripped = line.strip()
        if stripped == ROW_BREAK:
            if lines and lines[-1] != "":
                lines.append("")
        elif line.startswith("\t"):
            lines.append("\t" + stripped)
        elif stripped:
            lines.append(stripped)
    return "\n".join(lines)
