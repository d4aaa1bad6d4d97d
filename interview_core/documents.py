"""CV and job description intake: PDF, DOCX, TXT and MD, with size and length limits.

Every refusal is a `ValidationFailed` (or `TooLarge` for oversized files) carrying one
sentence the user can act on. Parser libraries see hostile input here, so none of their
exceptions are allowed to escape: each call into them is wrapped and turned into a refusal.
"""

from __future__ import annotations

import io
import logging
import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from lxml import etree
from pypdf import PdfReader

from interview_core import document_sandbox
from interview_core.errors import TooLarge, ValidationFailed

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PDF_PAGES = 30
CV_MIN_CHARS = 50
CV_MAX_CHARS = 20_000
JD_MIN_CHARS = 50
JD_MAX_CHARS = 10_000
ALLOWED_EXTENSIONS = (".pdf", ".docx", ".txt", ".md")

# A real CV unpacks to a few MB at most, even with photos; anything past this is a zip bomb
# or at least nothing we want to hold in memory.
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024
# Word XML compresses roughly 5-20x; a large member far beyond that is built to explode.
MAX_DOCX_COMPRESSION_RATIO = 100
DOCX_RATIO_CHECK_MIN_BYTES = 5 * 1024 * 1024
# Share of control characters above which decoded "text" is really binary data.
MAX_CONTROL_CHAR_SHARE = 0.05

_ACCEPTED = "upload a PDF, DOCX, TXT or MD file"

MSG_EMPTY = "The file is empty; choose a file that has your text in it."
MSG_NO_EXTENSION = f"The file name has no extension; {_ACCEPTED}."
MSG_PDF_DAMAGED = (
    "This PDF is damaged and can't be read; export it to PDF again or upload a DOCX or TXT file."
)
MSG_PDF_ENCRYPTED = (
    "This PDF is password-protected; remove the password (for example by printing it to a "
    "new PDF) and upload it again."
)
MSG_PDF_SCANNED = (
    "This PDF has no selectable text — it looks scanned; upload a text-based PDF, "
    "a DOCX or a TXT file instead."
)
MSG_NOT_PDF = (
    "This file is named .pdf but is not a PDF; export it to PDF again or upload a DOCX or TXT file."
)
MSG_DOCX_INVALID = (
    "This .docx file is not a valid Word document; open it in Word, save it again as .docx, "
    "or upload a PDF."
)
MSG_ZIP_NOT_DOCX = f"This file is a zip archive, not a Word document; {_ACCEPTED}."
MSG_OLD_WORD = (
    "This looks like an old-format (.doc) or password-protected Word file; save it as .docx "
    "without a password, or as PDF, and upload it again."
)
MSG_DOCX_BOMB = (
    "This Word document expands to an unsafe size when unpacked; save it again without "
    "embedded media or upload a PDF."
)
MSG_DOCX_NO_TEXT = "This Word document contains no text; check that you chose the right file."
MSG_NOT_TEXT = f"This file is not a text document; {_ACCEPTED}."
MSG_JD_EMPTY = "The job description is empty; paste the text of the job posting."

_PDF_MAGIC = b"%PDF-"
# The PDF spec lets the header sit anywhere in the first 1024 bytes (some tools prepend junk).
_PDF_MAGIC_WINDOW = 1024
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# OLE2 compound file: legacy .doc, and also what Word writes for a password-protected .docx.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_MAIN_PART = "word/document.xml"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExtractedDocument:
    """Normalised text pulled out of an uploaded file."""

    text: str
    kind: str  # "pdf" | "docx" | "text": the format the contents turned out to be
    filename: str
    pages: int | None  # PDF page count; None for other formats
    truncated: bool  # True when the text was cut to a length limit


# ---------------------------------------------------------------------------------------------
# Public API


def extract_text(filename: str, data: bytes) -> ExtractedDocument:
    """Extract normalised text from an uploaded file, applying format rules but no length rules.

    The file's contents decide how it is parsed: a PDF or DOCX uploaded with another allowed
    extension is still read as what it is, and a mislabelled plain-text file is read as text.
    Raises `TooLarge` over `MAX_FILE_BYTES` and `ValidationFailed` for anything unreadable.
    """
    name = _basename(filename)
    extension = _extension(name)
    if not extension:
        raise ValidationFailed(MSG_NO_EXTENSION)
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationFailed(_unaccepted_type(extension))
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(
            f"The file is {_megabytes(len(data))} MB; the limit is {MAX_FILE_BYTES // 2**20} MB."
        )
    if not data.strip():
        raise ValidationFailed(MSG_EMPTY)

    # What to say when the bytes are neither a parsable format nor text.
    not_this_type = {".pdf": MSG_NOT_PDF, ".docx": MSG_DOCX_INVALID}.get(extension, MSG_NOT_TEXT)
    sniffed = _sniff(data, extension)
    if sniffed == "pdf":
        # The parsers run in a limited child process (document_sandbox.py).
        parsed = document_sandbox.parse("pdf", data)
        return ExtractedDocument(parsed.text, "pdf", name, parsed.pages, truncated=False)
    if sniffed == "zip":
        archive = _open_zip(data)
        if archive is None:
            raise ValidationFailed(not_this_type)
        with archive:
            # Cheap checks of the archive's directory here; the Word parser in the child.
            _check_docx_archive(archive)
        parsed = document_sandbox.parse("docx", data)
        return ExtractedDocument(parsed.text, "docx", name, None, truncated=False)
    if sniffed == "ole2":
        raise ValidationFailed(MSG_OLD_WORD)

    text = _decode_text(data)
    if text is None:
        raise ValidationFailed(not_this_type)
    # A plain-text page set in two columns by spaces (a sidebar beside the experience) is read
    # one column after the other, as a PDF's layout text is; its lines' indents say which
    # column a line holds, and they are lost once spaces collapse.
    text = _columns_in_order(text) or text
    # A plain-text file sets its columns with runs of spaces ("Court Usher      2017 - 2020"):
    # a run of three or more between two words is a column break, as a tab is.
    text = normalise_text(_SPACED_COLUMNS_RE.sub("\t", text))
    if not text:
        raise ValidationFailed(MSG_EMPTY)
    return ExtractedDocument(text, "text", name, None, truncated=False)


def extract_cv(filename: str, data: bytes) -> ExtractedDocument:
    """Validate an uploaded CV and return its text.

    CVs shorter than `CV_MIN_CHARS` characters are refused. Longer than `CV_MAX_CHARS` is not
    refused: the first `CV_MAX_CHARS` characters are kept (cut at a word boundary where one is
    near) and `truncated` is set, because the opening of a CV carries what an interview needs.
    """
    document = extract_text(filename, data)
    length = len(document.text)
    if length < CV_MIN_CHARS:
        raise ValidationFailed(
            f"The CV has only {length} characters of text; at least {CV_MIN_CHARS} are "
            "needed, so upload your full CV."
        )
    if length > CV_MAX_CHARS:
        return ExtractedDocument(
            _truncate(document.text, CV_MAX_CHARS),
            document.kind,
            document.filename,
            document.pages,
            truncated=True,
        )
    return document


def extract_job_description_file(filename: str, data: bytes) -> ExtractedDocument:
    """Validate a job description uploaded as a file; same length rules as pasted text."""
    document = extract_text(filename, data)
    _check_job_description_length(document.text)
    return document


def clean_job_description(text: str) -> str:
    """Normalise pasted job description text and refuse it outside 50–10,000 characters."""
    # Form handlers may hand over a missing field as None; treat it as empty, not a crash.
    cleaned = normalise_text(text) if isinstance(text, str) else ""
    if not cleaned:
        raise ValidationFailed(MSG_JD_EMPTY)
    _check_job_description_length(cleaned)
    return cleaned


def normalise_text(text: str) -> str:
    """Collapse spaces, keep line structure (at most two blank lines running), drop controls."""
    text = _LINE_BREAK_RE.sub("\n", text)
    text = _DROPPED_RE.sub("", text)
    # A tab between two words separates columns ("Paralegal<tab>Hartley LLP<tab>2019 – now"):
    # kept visible as " | " so the columns do not run together; other tabs, no-break and
    # Unicode spaces all become one plain space.
    text = _TAB_BETWEEN_WORDS_RE.sub(" | ", text)
    text = _SPACES_RE.sub(" ", text)
    text = _SPACE_AROUND_BREAK_RE.sub("\n", text)
    return _BLANK_LINES_RE.sub("\n\n\n", text).strip()


# ---------------------------------------------------------------------------------------------
# Helpers: names, sizes, lengths

# Regular expressions rather than a per-character loop: uploads run to millions of characters.
_LINE_BREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Control characters that are neither line breaks nor spaces, lone surrogates, and the
# zero-width and soft-hyphen characters that PDF and Word text carry but no reader wants.
_DROPPED_RE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufeff\u200b\u00ad\u2060]"
)
_TAB_BETWEEN_WORDS_RE = re.compile(r"(?<=[\w)])[^\S\n]*\t[^\S\n]*(?=[\w(])")
_SPACES_RE = re.compile(r"[^\S\n]+")
_SPACED_COLUMNS_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
_SPACE_AROUND_BREAK_RE = re.compile(" ?\n ?")
_BLANK_LINES_RE = re.compile("\n{4,}")
# Control characters that do not occur in real text; many of them mean binary data.
_BINARY_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Characters no file name should carry into storage or onto a page: controls, lone
# surrogates and invisible format characters.
_UNSAFE_NAME_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
MAX_FILENAME_CHARS = 120


def _basename(filename: str) -> str:
    """The file's own name, safe to store and show.

    Browsers on some systems send a full client-side path; control characters (NUL
    included) and invisible characters are dropped; a name longer than
    `MAX_FILENAME_CHARS` is shortened in the middle of its stem, keeping the extension.
    """
    if not isinstance(filename, str):
        return ""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME_RE.sub("", name).strip()
    if len(name) <= MAX_FILENAME_CHARS:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        return name[:MAX_FILENAME_CHARS]
    keep = MAX_FILENAME_CHARS - len(suffix) - 2  # room for "…" and "."
    return f"{stem[:keep].rstrip()}….{suffix}"


def _extension(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or not suffix:
        return ""
    return "." + suffix.lower()


def _unaccepted_type(extension: str) -> str:
    # The name is the user's own input: echo it back only when it is short and plain.
    if len(extension) <= 10 and extension[1:].isascii() and extension[1:].isalnum():
        return f"Files of type {extension} are not accepted; {_ACCEPTED}."
    return f"This type of file is not accepted; {_ACCEPTED}."


def _megabytes(size: int) -> str:
    # Round up so a file just over the limit never reads "5.0 MB; the limit is 5 MB".
    return f"{math.ceil(size / 2**20 * 10) / 10:.1f}"


def _check_job_description_length(text: str) -> None:
    length = len(text)
    if length == 0:
        raise ValidationFailed(MSG_JD_EMPTY)
    if length < JD_MIN_CHARS:
        raise ValidationFailed(
            f"The job description has only {length} characters; at least {JD_MIN_CHARS} are "
            "needed, so paste the full job posting."
        )
    if length > JD_MAX_CHARS:
        raise ValidationFailed(
            f"The job description is {length:,} characters long; the limit is "
            f"{JD_MAX_CHARS:,}, so keep only the role, responsibilities and requirements."
        )


def _truncate(text: str, limit: int) -> str:
    head = text[:limit]
    # Prefer not to end mid-word, but never give up more than a short tail to find a break.
    cut = max(head.rfind("\n", limit - 500), head.rfind(" ", limit - 200))
    if cut > 0:
        head = head[:cut]
    return head.rstrip()


# ---------------------------------------------------------------------------------------------
# Helpers: content sniffing and plain text


def _sniff(data: bytes, extension: str) -> str:
    """What the bytes are: "pdf", "zip", "ole2" or "other" (possibly text)."""
    # A file named .pdf may carry junk before its header; for other names only a header at
    # the very start counts, so a text file that merely mentions "%PDF-" stays text.
    window = data[:_PDF_MAGIC_WINDOW] if extension == ".pdf" else data[: len(_PDF_MAGIC)]
    if _PDF_MAGIC in window:
        return "pdf"
    if data.startswith(_ZIP_MAGICS):
        return "zip"
    if data.startswith(_OLE2_MAGIC):
        return "ole2"
    return "other"


def _decode_text(data: bytes) -> str | None:
    """Decode bytes as text, trying UTF-8 first and a lossy single-byte decode last.

    Returns None when the bytes are binary rather than text (NUL bytes, or too many control
    characters once decoded).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows tools save "Unicode" text as UTF-16 with a byte-order mark.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    elif b"\x00" in data:
        return None
    else:
        text = _decode_single(data)
    if not text:
        return text
    controls = len(text) - len(_BINARY_CONTROL_RE.sub("", text))
    if controls / len(text) > MAX_CONTROL_CHAR_SHARE:
        return None
    return text


def _decode_single(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Most non-UTF-8 text uploads come from Windows editors.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this cannot fail.
        return data.decode("latin-1")


# ---------------------------------------------------------------------------------------------
# PDF


def _pdf_text(data: bytes) -> tuple[str, int]:
    """Text and page count of a PDF."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many unrelated types on malformed input
        logger.info("unreadable PDF upload: %r", exc)
        raise ValidationFailed(MSG_PDF_DAMAGED) from None

    if encrypted:
        # Many PDFs are "encrypted" only to set permissions, with an empty user password.
        try:
            opened = bool(reader.decrypt(""))
        except Exception as exc:  # includes a missing crypto backend for AES
            logger.info("PDF decryption failed: %r", exc)
            opened = False
        if not opened:
            raise ValidationFailed(MSG_PDF_ENCRYPTED)

    try:
        page_count = len(reader.pages)
    except Exception as exc:
        logger.info("PDF page tree unreadable: %r", exc)
        raise ValidationFailed(MSG_PDF_DAMAGED) from None
    if page_count == 0:
        raise ValidationFailed(MSG_PDF_DAMAGED)
    if page_count > MAX_PDF_PAGES:
        raise ValidationFailed(
            f"This PDF has {page_count} pages; the limit is {MAX_PDF_PAGES}, so upload a "
            "shorter document."
        )

    texts: list[str] = []
    failures = 0
    for index in range(page_count):
        try:
            page = reader.pages[index]
            plain = page.extract_text() or ""
            texts.append(_two_columns_in_order(page, plain) or plain)
        except Exception as exc:
            # One broken page should not cost the others; refuse only if nothing came out.
            logger.info("PDF page %d unreadable: %r", index + 1, exc)
            failures += 1
    text = normalise_text("\n\n".join(texts))
    if not text:
        raise ValidationFailed(MSG_PDF_DAMAGED if failures else MSG_PDF_SCANNED)
    return text, page_count


# A two-column page: a gutter of spaces at one position on most lines, with text on both
# sides of it. Plain extraction reads such a page across both columns, line by line ("Sep
# 2021 - now" + "in a Level 4 apprenticeship"); the layout extraction keeps the positions.
_GUTTER = 3  # spaces on each side of the split position
_MIN_SPLIT_SHARE = 0.3  # share of text lines with text on both sides of the gutter
_MAX_CROSSING_SHARE = 0.12  # share of text lines running across it (a full-width heading)
_MIN_MIXED_SHARE = 0.3  # of those lines that plain extraction joins across the gutter
_YEARISH = re.compile(r"\b(?:19|20)\d{2}\b")


def _two_columns_in_order(page: object, plain: str) -> str | None:
    """The page's text left column first, then right, if plain extraction mixed them up."""
    try:
        layout = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    except Exception as exc:  # layout mode is newer and less tried than the default
        logger.info("PDF layout extraction failed: %r", exc)
        return None
    return columns_in_reading_order(layout or "", plain)


def columns_in_reading_order(layout: str, plain: str | None = None) -> str | None:
    """Reorder layout-preserving text of a two-column page; None if it is not two columns.

    With `plain` (the default extraction), only when that text reads across the columns:
    many PDFs store one column after the other, and then plain extraction is already right.

    Tab-aligned dates on a one-column CV also leave a wide gap, but there the right-hand
    side is mostly dates and the bullets run across the gap, so it is not taken for columns.
    """
    ordered = _columns_in_order(layout, plain)
    return None if ordered is None else normalise_text(ordered)


def _columns_in_order(layout: str, plain: str | None = None) -> str | None:
    """`columns_in_reading_order` before normalising: each column's lines keep the gaps
    inside them ("Head Sommelier      2021 - now")."""
    lines = [line.rstrip() for line in layout.splitlines()]
    text_lines = [line for line in lines if line.strip()]
    if len(text_lines) < 6:
        return None
    width = max(len(line) for line in text_lines)
    best: tuple[int, int] | None = None
    for x in range(width // 4, width * 3 // 4):
        split = crossing = 0
        for line in text_lines:
            left, middle, right = line[: x - _GUTTER], line[x - _GUTTER : x + _GUTTER], line[x:]
            if middle.strip():
                crossing += 1
            elif left.strip() and right.strip():
                split += 1
        if (
            crossing <= _MAX_CROSSING_SHARE * len(text_lines)
            and split >= max(3, _MIN_SPLIT_SHARE * len(text_lines))
            and (best is None or split > best[1])
        ):
            best = (x, split)
    if best is None:
        return None
    x = best[0]
    rights = [line[x:].strip() for line in text_lines if len(line) > x and line[x:].strip()]
    if sum(bool(_YEARISH.search(r)) for r in rights) > 0.5 * len(rights):
        return None  # right-aligned dates, not a second column
    lefts = [line[: x - _GUTTER].strip() for line in text_lines if line[: x - _GUTTER].strip()]
    if sum(bool(_YEARISH.search(left)) for left in lefts) > 0.5 * len(lefts):
        return None  # dates at the left with a hanging indent, not a sidebar
    if plain is not None:
        # Rows with text on both sides: does plain extraction put both halves on one line?
        flat = {" ".join(line.split()) for line in plain.splitlines()}
        rows = [
            (" ".join(line[: x - _GUTTER].split()), " ".join(line[x:].split()))
            for line in text_lines
            if not line[x - _GUTTER : x + _GUTTER].strip()
            and line[: x - _GUTTER].strip()
            and line[x:].strip()
        ]
        mixed = sum(f"{left} {right}" in flat for left, right in rows)
        if mixed < _MIN_MIXED_SHARE * len(rows):
            return None
    out: list[str] = []
    left_column: list[str] = []
    right_column: list[str] = []
    for line in lines:
        if line[x - _GUTTER : x + _GUTTER].strip():
            # A line across the gutter (the name at the top): the columns so far come first.
            out += left_column + right_column + [line.strip()]
            left_column, right_column = [], []
            continue
        left_column.append(line[: x - _GUTTER].strip())
        right_column.append(line[x:].strip())
    out += left_column + right_column
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# DOCX


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = {"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_W_P, _W_TBL, _W_TR, _W_TC = (f"{{{_W}}}{tag}" for tag in ("p", "tbl", "tr", "tc"))
_W_WRAPPERS = frozenset(f"{{{_W}}}{tag}" for tag in ("sdt", "sdtContent", "customXml"))
# Word stores each text box twice (modern and legacy fallback); read only the modern copy.
_FIND_TEXT_BOX_PARAGRAPHS = etree.XPath(
    ".//w:txbxContent[not(ancestor::mc:Fallback)]//w:p[not(.//w:txbxContent)]",
    namespaces=_NAMESPACES,
)


def _paragraph_pieces(condition: str = "") -> etree.XPath:
    """Text, tabs and breaks of a paragraph's runs in reading order, however deeply nested.

    Runs sit inside hyperlinks and inline content controls too, hence the descendant axis;
    w:tab elements in the paragraph properties are tab stops, not text, hence `w:r/`.
    """
    pieces = ("w:t", "w:r/w:tab", "w:r/w:br", "w:r/w:cr", "w:r/w:noBreakHyphen")
    return etree.XPath(
        " | ".join(f".//{piece}{condition}" for piece in pieces), namespaces=_NAMESPACES
    )


_TEXT_BOX_PARAGRAPH_PIECES = _paragraph_pieces()
# In body paragraphs, text inside an anchored text box belongs to the text box walk.
_BODY_PARAGRAPH_PIECES = _paragraph_pieces("[not(ancestor::w:txbxContent)]")


def _open_zip(data: bytes) -> zipfile.ZipFile | None:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # beyond BadZipFile: NotImplementedError, ValueError, OSError...
        logger.info("unreadable zip upload: %r", exc)
        return None


def parse_pdf(data: bytes) -> tuple[str, int]:
    """Text and page count of a PDF, in this process: only the sandbox child calls this."""
    return _pdf_text(data)


def parse_docx(data: bytes) -> str:
    """Text of a DOCX, in this process: only the sandbox child calls this."""
    archive = _open_zip(data)
    if archive is None:
        raise ValidationFailed(MSG_DOCX_INVALID)
    with archive:
        return _docx_text(data, archive)


def _check_docx_archive(archive: zipfile.ZipFile) -> None:
    # Checked on the archive's declarations, before the Word parser inflates anything.
    _check_zip_bomb(archive.infolist())
    if _DOCX_MAIN_PART not in archive.namelist():
        raise ValidationFailed(MSG_ZIP_NOT_DOCX)


def _docx_text(data: bytes, archive: zipfile.ZipFile) -> str:
    """Text of a DOCX: headers, body paragraphs and tables in order, text boxes, footers."""
    _check_docx_archive(archive)

    try:
        document = docx.Document(io.BytesIO(data))
        headers: list[str] = []
        footers: list[str] = []
        for section in document.sections:
            # A header linked to the previous section is the same header; read it once.
            for part, sink in ((section.header, headers), (section.footer, footers)):
                if not part.is_linked_to_previous:
                    sink.extend(_block_lines(part.part.element))
        body = list(_block_lines(document.element.body))
        boxes = list(_text_box_lines(document.element.body))
    except Exception as exc:  # python-docx, lxml and zipfile all raise their own types
        logger.info("unreadable DOCX upload: %r", exc)
        raise ValidationFailed(MSG_DOCX_INVALID) from None

    lines = _unique(headers) + body + [line for line in boxes if line not in body]
    lines += [line for line in _unique(footers) if line not in lines]
    text = normalise_text("\n".join(lines))
    if not text:
        raise ValidationFailed(MSG_DOCX_NO_TEXT)
    return text


def _check_zip_bomb(members: list[zipfile.ZipInfo]) -> None:
    """Refuse archives whose declared sizes are absurd, before anything is decompressed.

    zipfile never yields more than a member's declared size, so checking declarations is
    enough to bound what the parser will later inflate.
    """
    total = sum(member.file_size for member in members)
    if total > MAX_DOCX_UNPACKED_BYTES:
        raise ValidationFailed(MSG_DOCX_BOMB)
    for member in members:
        if member.file_size < DOCX_RATIO_CHECK_MIN_BYTES:
            continue
        if member.file_size > MAX_DOCX_COMPRESSION_RATIO * max(member.compress_size, 1):
            raise ValidationFailed(MSG_DOCX_BOMB)


def _block_lines(container: etree._Element) -> Iterator[str]:
    """Lines of a body, header or table cell in document order; one line per table row."""
    for child in container.iterchildren():
        if child.tag == _W_P:
            yield _paragraph_text(child, _BODY_PARAGRAPH_PIECES)
        elif child.tag == _W_TBL:
            yield from _table_lines(child)
        elif child.tag in _W_WRAPPERS:
            # Content controls and custom XML wrap ordinary paragraphs; templates use them.
            yield from _block_lines(child)


def _table_lines(table: etree._Element) -> Iterator[str]:
    # Walking the XML rather than a cell grid: a merged cell is one w:tc here, so its text
    # appears once instead of once per spanned column.
    for row in table.iter(_W_TR):
        if _nearest_table(row) is not table:
            continue  # a row of a nested table; its own cell walk reads it
        cells = []
        for cell in row.iter(_W_TC):
            if _nearest_table(cell) is not table:
                continue
            inner = [line for line in _block_lines(cell) if line.strip()]
            if inner:
                cells.append(" ".join(inner))
        if cells:
            yield " | ".join(cells)


def _nearest_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _W_TBL:
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph: etree._Element, pieces: etree.XPath) -> str:
    parts: list[str] = []
    for piece in pieces(paragraph):
        tag = etree.QName(piece).localname
        if tag == "t":
            parts.append(piece.text or "")
        elif tag == "tab":
            parts.append("\t")  # normalise_text decides: a column break or a space
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _text_box_lines(body: etree._Element) -> Iterator[str]:
    """Paragraphs inside text boxes, which CV templates use a lot and the body walk skips."""
    for paragraph in _FIND_TEXT_BOX_PARAGRAPHS(body):
        yield _paragraph_text(paragraph, _TEXT_BOX_PARAGRAPH_PIECES)


def _unique(lines: list[str]) -> list[str]:
    seen: set[str] = set()
    result: list[str] = []
    for line in lines:
        if line.strip() and line not in seen:
            seen.add(line)
            result.append(line)
    return result
