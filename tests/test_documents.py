"""CV and job description intake: real PDF/DOCX/TXT files, every refusal, and fuzzing."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Callable

import docx
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfWriter

from interview_core import documents
from interview_core.documents import (
    ALLOWED_EXTENSIONS,
    CV_MAX_CHARS,
    CV_MIN_CHARS,
    JD_MAX_CHARS,
    JD_MIN_CHARS,
    MAX_FILE_BYTES,
    MAX_PDF_PAGES,
    ExtractedDocument,
    clean_job_description,
    extract_cv,
    extract_job_description_file,
    extract_text,
    normalise_text,
)
from interview_core.errors import TooLarge, ValidationFailed

CV_TEXT = (
    "Jane Doe, Backend Engineer. Seven years of Python, Kafka and PostgreSQL; "
    "led the move of forty services to Kubernetes."
)
JD_TEXT = (
    "Senior Backend Engineer at Initech. You will own the payments platform: Python, "
    "Kafka, PostgreSQL, Kubernetes, and mentoring engineers."
)


# ---------------------------------------------------------------------------------------------
# File builders


def make_pdf(pages: list[str]) -> bytes:
    """A real PDF with one page per entry; an empty entry gives a page without text."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text=text)
    return bytes(pdf.output())


def make_image_only_pdf() -> bytes:
    """What a scanner produces: a page holding a picture and no text layer."""
    image = Image.new("RGB", (60, 40), color=(200, 200, 200))
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=120)
    return bytes(pdf.output())


def encrypt_pdf(data: bytes, user_password: str, owner_password: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password, owner_password=owner_password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(build: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def cv_docx(document: docx.document.Document) -> None:
    document.sections[0].header.paragraphs[0].text = "Jane Doe — jane@example.com"
    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior   engineer\tat Acme Corp, 2019 to now.")
    table = document.add_table(rows=2, cols=3)
    for column, heading in enumerate(("Skill", "Years", "Level")):
        table.cell(0, column).text = heading
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Python for seven years"
    table.cell(1, 2).text = "Expert"
    document.add_paragraph("References on request.")


def make_zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def make_zip_bomb(megabytes: int) -> bytes:
    """A .docx-shaped zip whose document.xml inflates to `megabytes` of spaces."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b" " * 2**20
            for _ in range(megabytes):
                member.write(chunk)
    return out.getvalue()


ONE_PAGE_PDF = make_pdf([CV_TEXT])
CV_DOCX = make_docx(cv_docx)


def refusal(filename: str, data: bytes, extract: Callable[..., object] = extract_text) -> str:
    with pytest.raises(ValidationFailed) as caught:
        extract(filename, data)
    assert caught.value.status == 400
    return caught.value.message


# ---------------------------------------------------------------------------------------------
# Public constants


def test_limits_are_the_documented_ones() -> None:
    assert MAX_FILE_BYTES == 5 * 1024 * 1024
    assert MAX_PDF_PAGES == 30
    assert (CV_MIN_CHARS, CV_MAX_CHARS) == (50, 20_000)
    assert (JD_MIN_CHARS, JD_MAX_CHARS) == (50, 10_000)
    assert ALLOWED_EXTENSIONS == (".pdf", ".docx", ".txt", ".md")


# ---------------------------------------------------------------------------------------------
# PDF


def test_one_page_pdf() -> None:
    result = extract_cv("cv.pdf", ONE_PAGE_PDF)
    assert result.kind == "pdf"
    assert result.pages == 1
    assert result.filename == "cv.pdf"
    assert not result.truncated
    assert "Kafka and PostgreSQL" in result.text


def test_multi_page_pdf_keeps_every_page_in_order() -> None:
    data = make_pdf(["First page: Python.", "Second page: Kafka.", "Third page: Kubernetes."])
    result = extract_text("cv.pdf", data)
    assert result.pages == 3
    assert result.text.index("Python") < result.text.index("Kafka") < result.text.index("Kube")


def test_pdf_of_thirty_one_pages_is_refused() -> None:
    data = make_pdf([f"Page {number}" for number in range(MAX_PDF_PAGES + 1)])
    message = refusal("cv.pdf", data)
    assert message == "This PDF has 31 pages; the limit is 30, so upload a shorter document."


def test_image_only_pdf_is_reported_as_scanned() -> None:
    message = refusal("scan.pdf", make_image_only_pdf())
    assert "no selectable text" in message
    assert "scanned" in message


def test_blank_page_pdf_is_reported_as_scanned() -> None:
    assert refusal("cv.pdf", make_pdf([""])) == documents.MSG_PDF_SCANNED


def test_password_protected_pdf_is_refused() -> None:
    message = refusal("cv.pdf", encrypt_pdf(ONE_PAGE_PDF, "secret"))
    assert message.startswith("This PDF is password-protected;")
    assert "password" in message


def test_pdf_encrypted_only_with_an_owner_password_opens() -> None:
    # Permission-only encryption: anyone can open it with the empty user password.
    result = extract_cv("cv.pdf", encrypt_pdf(ONE_PAGE_PDF, "", owner_password="owner"))
    assert "Kafka" in result.text


@pytest.mark.parametrize("keep", [20, 300, len(ONE_PAGE_PDF) // 2, len(ONE_PAGE_PDF) - 40])
def test_truncated_pdf_is_reported_as_damaged(keep: int) -> None:
    message = refusal("cv.pdf", ONE_PAGE_PDF[:keep])
    assert message == documents.MSG_PDF_DAMAGED
    assert "damaged" in message


def test_pdf_header_followed_by_garbage_is_damaged() -> None:
    assert refusal("cv.pdf", b"%PDF-1.7\n" + bytes(range(1, 256)) * 4) == documents.MSG_PDF_DAMAGED


# ---------------------------------------------------------------------------------------------
# DOCX


def test_docx_reads_header_paragraphs_and_table_cells_in_order() -> None:
    result = extract_cv("cv.docx", CV_DOCX)
    assert result.kind == "docx"
    assert result.pages is None
    lines = result.text.split("\n")
    assert lines[0] == "Jane Doe — jane@example.com"
    # A tab between words is a column break, kept visible.
    assert "Senior engineer | at Acme Corp, 2019 to now." in lines
    assert "Skill | Years | Level" in lines
    # The merged cell spans two columns but is read once.
    assert "Python for seven years | Expert" in lines
    assert lines[-1] == "References on request."


def test_docx_content_controls_and_nested_tables_are_read() -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=1, cols=1)
        nested = table.cell(0, 0).add_table(rows=1, cols=2)
        nested.cell(0, 0).text = "Inner left"
        nested.cell(0, 1).text = "Inner right"
        paragraph = document.add_paragraph("Inside a content control")
        # Wrap the paragraph in a block-level content control, as CV templates do.
        sdt = paragraph._p.makeelement(docx.oxml.ns.qn("w:sdt"), {})
        content = sdt.makeelement(docx.oxml.ns.qn("w:sdtContent"), {})
        paragraph._p.addprevious(sdt)
        sdt.append(content)
        content.append(paragraph._p)

    text = extract_text("cv.docx", make_docx(build)).text
    assert "Inner left | Inner right" in text
    assert text.count("Inner left") == 1
    assert "Inside a content control" in text


def test_docx_without_text_is_refused() -> None:
    assert refusal("cv.docx", make_docx(lambda document: None)) == documents.MSG_DOCX_NO_TEXT


def test_docx_that_is_not_a_zip_is_refused() -> None:
    message = refusal("cv.docx", b"This is not really a Word file \x00\x01\x02 at all")
    assert message == documents.MSG_DOCX_INVALID
    assert "not a valid Word document" in message


def test_docx_with_a_broken_zip_is_refused() -> None:
    assert refusal("cv.docx", CV_DOCX[: len(CV_DOCX) // 2]) == documents.MSG_DOCX_INVALID


def test_docx_needing_an_unknown_zip_version_is_refused() -> None:
    # zipfile raises NotImplementedError, not BadZipFile, for this one; found by fuzzing.
    data = bytearray(CV_DOCX)
    directory = data.index(b"PK\x01\x02")
    data[directory + 6 : directory + 8] = (250).to_bytes(2, "little")
    assert refusal("cv.docx", bytes(data)) == documents.MSG_DOCX_INVALID


def test_docx_with_broken_xml_is_refused() -> None:
    data = make_zip(
        {
            "[Content_Types].xml": b"<Types",
            "word/document.xml": b"<w:document><unclosed>",
        }
    )
    assert refusal("cv.docx", data) == documents.MSG_DOCX_INVALID


def test_zip_that_is_not_a_word_document_is_refused() -> None:
    data = make_zip({"xl/workbook.xml": b"<workbook/>"})
    message = refusal("cv.docx", data)
    assert (
        message
        == "This file is a zip archive, not a Word document; upload a PDF, DOCX, TXT or MD file."
    )


def test_old_word_format_is_refused_with_advice() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    message = refusal("cv.docx", data)
    assert message == documents.MSG_OLD_WORD
    assert ".docx" in message


def test_zip_bomb_is_refused_before_decompressing(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = make_zip_bomb(60)
    assert len(bomb) < MAX_FILE_BYTES
    parsed: list[object] = []
    monkeypatch.setattr(documents.docx, "Document", lambda *args: parsed.append(args))
    message = refusal("cv.docx", bomb)
    assert message == documents.MSG_DOCX_BOMB
    assert "unsafe size" in message
    assert parsed == []


def test_zip_bomb_by_declared_size_alone_is_refused() -> None:
    # A central directory that claims 1 GB for a tiny member: the declaration must be
    # trusted for the refusal, since the real data would never be inflated to check.
    data = bytearray(make_zip({"word/document.xml": b"<w:document/>"}, zipfile.ZIP_STORED))
    directory = data.rindex(b"PK\x01\x02")
    data[directory + 24 : directory + 28] = (2**30).to_bytes(4, "little")
    assert refusal("cv.docx", bytes(data)) == documents.MSG_DOCX_BOMB


def test_extreme_compression_ratio_is_refused_under_the_total_limit() -> None:
    assert refusal("cv.docx", make_zip_bomb(10)) == documents.MSG_DOCX_BOMB


# ---------------------------------------------------------------------------------------------
# Plain text


@pytest.mark.parametrize("filename", ["cv.txt", "cv.md", "CV.TXT"])
def test_utf8_text(filename: str) -> None:
    result = extract_cv(filename, ("# Jane Doe\n\n" + CV_TEXT + " Café, naïve, 日本語").encode())
    assert result.kind == "text"
    assert result.pages is None
    assert result.text.startswith("# Jane Doe\n\nJane Doe")
    assert result.text.endswith("Café, naïve, 日本語")


def test_utf8_bom_is_dropped() -> None:
    result = extract_cv("cv.txt", b"\xef\xbb\xbf" + CV_TEXT.encode())
    assert result.text == CV_TEXT


def test_utf16_with_bom_is_read() -> None:
    assert extract_cv("cv.txt", CV_TEXT.encode("utf-16")).text == CV_TEXT


def test_cp1252_text_is_decoded() -> None:
    text = CV_TEXT + " Résumé — “quoted” and 50 €."
    result = extract_cv("cv.txt", text.encode("cp1252"))
    assert result.text == text


def test_bytes_outside_cp1252_still_decode() -> None:
    # 0x81 is undefined in cp1252; the last-resort decode must still produce text.
    result = extract_cv("cv.txt", CV_TEXT.encode() + b" caf\xe9 \x81")
    assert result.text.startswith(CV_TEXT)


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("cv.txt", documents.MSG_NOT_TEXT),
        ("cv.md", documents.MSG_NOT_TEXT),
        ("cv.pdf", documents.MSG_NOT_PDF),
        ("cv.docx", documents.MSG_DOCX_INVALID),
    ],
)
def test_binary_garbage_is_refused(filename: str, expected: str) -> None:
    garbage = bytes(range(256)) * 8
    assert refusal(filename, garbage) == expected


def test_binary_message_says_not_a_text_document() -> None:
    assert "not a text document" in refusal("cv.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_control_character_soup_without_nul_is_refused() -> None:
    assert refusal("cv.txt", bytes(range(1, 32)) * 20) == documents.MSG_NOT_TEXT


# ---------------------------------------------------------------------------------------------
# Empty, too large, wrong type, mismatched contents


@pytest.mark.parametrize("extension", ALLOWED_EXTENSIONS)
@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_files_are_refused(extension: str, data: bytes) -> None:
    message = refusal(f"cv{extension}", data)
    assert message == "The file is empty; choose a file that has your text in it."


def test_file_over_five_megabytes_is_too_large() -> None:
    data = b"a" * int(6.2 * 2**20)
    with pytest.raises(TooLarge) as caught:
        extract_cv("cv.txt", data)
    assert caught.value.status == 413
    assert caught.value.message == "The file is 6.2 MB; the limit is 5 MB."


def test_one_byte_over_the_limit_never_reads_as_within_it() -> None:
    with pytest.raises(TooLarge, match=r"^The file is 5\.1 MB; the limit is 5 MB\.$"):
        extract_text("cv.pdf", b"%PDF-" + b"x" * (MAX_FILE_BYTES - 4))


def test_file_of_exactly_five_megabytes_is_accepted() -> None:
    result = extract_text("cv.txt", b"word " * (MAX_FILE_BYTES // 5))
    assert result.text.startswith("word word")


@pytest.mark.parametrize("filename", ["cv.exe", "photo.png", "cv.doc", "cv.pdf.zip"])
def test_unknown_extension_is_refused_listing_accepted_types(filename: str) -> None:
    message = refusal(filename, CV_TEXT.encode())
    extension = "." + filename.rsplit(".", 1)[1]
    assert message == (
        f"Files of type {extension} are not accepted; upload a PDF, DOCX, TXT or MD file."
    )


def test_odd_extensions_are_not_echoed_back() -> None:
    message = refusal("cv.<script>alert(1)<", CV_TEXT.encode())
    assert message == "This type of file is not accepted; upload a PDF, DOCX, TXT or MD file."


@pytest.mark.parametrize("filename", ["cv", "", ".pdf", "cv."])
def test_missing_extension_is_refused(filename: str) -> None:
    assert refusal(filename, CV_TEXT.encode()) == documents.MSG_NO_EXTENSION


def test_client_side_path_is_stripped_from_the_filename() -> None:
    result = extract_cv("C:\\Users\\jane\\Documents\\CV final.PDF", ONE_PAGE_PDF)
    assert result.filename == "CV final.PDF"
    assert result.kind == "pdf"


@pytest.mark.parametrize(
    ("filename", "data", "kind"),
    [
        ("cv.txt", ONE_PAGE_PDF, "pdf"),
        ("cv.md", CV_DOCX, "docx"),
        ("cv.pdf", CV_DOCX, "docx"),
        ("cv.docx", ONE_PAGE_PDF, "pdf"),
        ("cv.pdf", CV_TEXT.encode(), "text"),
        ("cv.docx", CV_TEXT.encode(), "text"),
    ],
)
def test_contents_decide_the_format_not_the_extension(
    filename: str, data: bytes, kind: str
) -> None:
    result = extract_cv(filename, data)
    assert result.kind == kind
    assert "Jane Doe" in result.text


def test_text_file_that_is_another_zip_is_refused() -> None:
    data = make_zip({"notes/readme.txt": CV_TEXT.encode()})
    assert refusal("cv.txt", data) == documents.MSG_ZIP_NOT_DOCX


def test_text_mentioning_the_pdf_marker_stays_text() -> None:
    text = "My thesis covered the %PDF-1.7 header. " + CV_TEXT
    assert extract_cv("cv.txt", text.encode()).text == text


# ---------------------------------------------------------------------------------------------
# Normalisation


def test_normalisation_collapses_spaces_and_caps_blank_lines() -> None:
    raw = "  Jane \t  Doe  \r\n\r\n\r\n\r\n\r\nSkills:\u00a0\u00a0Python\x07\x1b\u200b\n\n\nEnd  "
    assert normalise_text(raw) == "Jane | Doe\n\n\nSkills: Python\n\n\nEnd"
    assert normalise_text("Jane\u00a0 Doe \t") == "Jane Doe"


def test_normalisation_keeps_two_blank_lines_and_paragraphs() -> None:
    assert normalise_text("a\n\nb\n\n\nc") == "a\n\nb\n\n\nc"
    assert normalise_text("a\rb\u2028c\x0cd") == "a\nb\nc\nd"


@given(st.text())
@settings(max_examples=300)
def test_normalised_text_is_clean_and_stable(raw: str) -> None:
    text = normalise_text(raw)
    assert normalise_text(text) == text
    assert "\n\n\n\n" not in text
    assert "  " not in text
    assert text == text.strip()
    assert all(char == "\n" or unicodedata.category(char) not in ("Cc", "Cs") for char in text)
    assert not any(char in text for char in "\t\r\ufeff\u200b\u00a0")


# ---------------------------------------------------------------------------------------------
# CV length rules


def test_short_cv_is_refused_naming_the_minimum() -> None:
    message = refusal("cv.txt", b"Jane Doe, engineer.", extract_cv)
    assert message == (
        "The CV has only 19 characters of text; at least 50 are needed, so upload your full CV."
    )


def test_cv_at_the_minimum_is_accepted() -> None:
    assert len(extract_cv("cv.txt", b"x" * CV_MIN_CHARS).text) == CV_MIN_CHARS


def test_cv_at_the_maximum_is_kept_whole() -> None:
    result = extract_cv("cv.txt", b"y" * CV_MAX_CHARS)
    assert len(result.text) == CV_MAX_CHARS
    assert not result.truncated


def test_long_cv_is_truncated_at_a_word_boundary() -> None:
    words = ("Python Kafka PostgreSQL Kubernetes " * 1000).encode()
    result = extract_cv("cv.txt", words)
    assert result.truncated
    assert len(result.text) <= CV_MAX_CHARS
    assert len(result.text) > CV_MAX_CHARS - 200
    assert result.text.split()[-1] in {"Python", "Kafka", "PostgreSQL", "Kubernetes"}


def test_long_cv_without_spaces_is_cut_at_the_limit() -> None:
    result = extract_cv("cv.txt", b"z" * (CV_MAX_CHARS + 5))
    assert result.truncated
    assert len(result.text) == CV_MAX_CHARS


# ---------------------------------------------------------------------------------------------
# Job description


def test_pasted_job_description_is_normalised() -> None:
    assert clean_job_description(f"  {JD_TEXT}  \r\n\r\n\r\n\r\n  Apply now.  ") == (
        f"{JD_TEXT}\n\n\nApply now."
    )


@pytest.mark.parametrize("text", ["", "   \n\t  ", None])
def test_empty_job_description_is_refused(text: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        clean_job_description(text)
    assert (
        caught.value.message == "The job description is empty; paste the text of the job posting."
    )


def test_short_job_description_is_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        clean_job_description("Engineer wanted.")
    assert caught.value.message == (
        "The job description has only 16 characters; at least 50 are needed, so paste the "
        "full job posting."
    )


def test_long_job_description_is_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        clean_job_description("a" * (JD_MAX_CHARS + 1))
    assert caught.value.message == (
        "The job description is 10,001 characters long; the limit is 10,000, so keep only "
        "the role, responsibilities and requirements."
    )


def test_job_description_at_the_limits_is_accepted() -> None:
    assert len(clean_job_description("b" * JD_MIN_CHARS)) == JD_MIN_CHARS
    assert len(clean_job_description("c" * JD_MAX_CHARS)) == JD_MAX_CHARS


def test_job_description_file_is_read_with_job_description_limits() -> None:
    result = extract_job_description_file("jd.pdf", make_pdf([JD_TEXT]))
    assert result.kind == "pdf"
    assert "payments platform" in result.text
    message = refusal("jd.txt", b"d" * (JD_MAX_CHARS + 1), extract_job_description_file)
    assert message.startswith("The job description is 10,001 characters long;")
    message = refusal("jd.md", b"Short posting.", extract_job_description_file)
    assert message.startswith("The job description has only 14 characters;")


def test_job_description_file_refusals_are_the_format_ones() -> None:
    message = refusal(
        "jd.pdf", encrypt_pdf(make_pdf([JD_TEXT]), "secret"), extract_job_description_file
    )
    assert message == documents.MSG_PDF_ENCRYPTED


# ---------------------------------------------------------------------------------------------
# Fuzzing: nothing but ValidationFailed ever escapes


def _mutations(sample: bytes) -> st.SearchStrategy[bytes]:
    """A real file cut short and with a few bytes overwritten: what parsers choke on."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(sample[: draw(st.integers(0, len(sample)))])
        for _ in range(draw(st.integers(0, 4))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)

    return mutate()


_ARBITRARY_BYTES = st.one_of(
    st.binary(max_size=2048),
    st.builds(
        lambda prefix, tail: prefix + tail,
        st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"]),
        st.binary(max_size=1024),
    ),
    _mutations(ONE_PAGE_PDF),
    _mutations(CV_DOCX),
)


@pytest.mark.parametrize("extension", ALLOWED_EXTENSIONS)
@given(data=_ARBITRARY_BYTES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extract_text_only_ever_raises_validation_failed(extension: str, data: bytes) -> None:
    try:
        result = extract_text(f"upload{extension}", data)
    except ValidationFailed as refused:
        assert refused.message.endswith(".")
        assert refused.message[0].isupper()
    else:
        assert isinstance(result, ExtractedDocument)
        assert result.text
        assert result.kind in {"pdf", "docx", "text"}
