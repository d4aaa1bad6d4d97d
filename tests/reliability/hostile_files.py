"""Hostile uploads, generated: each is small enough to upload and built to hurt a parser."""

from __future__ import annotations

import io
import random
import zipfile
import zlib

from pypdf import PdfWriter

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1 = catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _stream(raw: bytes, extra: str = "") -> bytes:
    packed = zlib.compress(raw, 9)
    head = f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
    return head + packed + b"\nendstream"


def _one_page_pdf(content: bytes, page_count: int = 1, extra_page: str = "") -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [3 0 R] /Count {page_count} >>".encode(),
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                f"/Resources << /Font << /F1 5 0 R >> {extra_page}>> >>"
            ).encode(),
            _stream(content),
            font,
        ]
    )


def huge_content_stream_pdf(megabytes: int = 60) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` of text operators (under
    pypdf's own 75 MB decompression limit, so only the text extraction costs)."""
    op = b"BT /F1 1 Tf 1 0 0 1 10 10 Tm (x) Tj ET\n"
    return _one_page_pdf(op * (megabytes * 2**20 // len(op)))


def lying_page_count_pdf() -> bytes:
    """A page tree that claims two billion pages and holds one."""
    content = (
        b"BT /F1 12 Tf 72 720 Td (Jane Doe, backend engineer: Kafka, Python, PostgreSQL and "
        b"Kubernetes; led the payments platform migration.) Tj ET"
    )
    return _one_page_pdf(content, page_count=2_000_000_000)


def decompression_bomb_pdf(gigabytes: float = 2.0) -> bytes:
    """A content stream of zeros that inflates about a thousandfold."""
    raw = b"0" * (64 * 2**20)
    packed = zlib.compress(raw, 9)
    # Concatenated deflate members are not valid; repeat the stream object instead.
    copies = max(1, int(gigabytes * 2**30 / len(raw)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ["
            + " ".join(f"{4 + i} 0 R" for i in range(copies))
            + "] >>"
        ).encode(),
    ]
    head = f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
    objects += [head + packed + b"\nendstream"] * copies
    return _pdf(objects)


def encrypted_pdf() -> bytes:
    """A PDF that needs a password to open."""
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A page with an image and no text, as a scanner writes it."""
    pixels = bytes(random.Random(3).randrange(256) for _ in range(64 * 64))
    image = _stream(
        pixels,
        "/Type /XObject /Subtype /Image /Width 64 /Height 64 "
        "/ColorSpace /DeviceGray /BitsPerComponent 8 ",
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        _stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q"),
        image,
    ]
    return _pdf(objects)


def _docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("word/document.xml", document_xml)
    return out.getvalue()


def entity_expansion_docx(levels: int = 9) -> bytes:
    """document.xml with a "billion laughs" entity chain in its DTD."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, levels + 1)
    ]
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(entities) + "]>"
        f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&lol{levels};</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return _docx(xml.encode())


def huge_text_docx(megabytes: int = 45) -> bytes:
    """A DOCX whose document.xml is `megabytes` of ordinary paragraphs (under the upload and
    compression-ratio limits, so only parsing it costs)."""
    rng = random.Random(7)
    # A small vocabulary: the archive stays under the upload limit and well under the
    # compression-ratio limit, so nothing refuses it before the parser runs.
    words = ["kafka", "python", "design", "team", "latency", "owner", "service", "result"]
    parts = [f'<w:document xmlns:w="{_W}"><w:body>']
    size = 0
    while size < megabytes * 2**20:
        text = " ".join(rng.choices(words, k=80))
        para = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        parts.append(para)
        size += len(para)
    parts.append("</w:body></w:document>")
    return _docx("".join(parts).encode())


def random_bytes(size: int = 200_000, seed: int = 11) -> bytes:
    """Noise."""
    return random.Random(seed).randbytes(size)
