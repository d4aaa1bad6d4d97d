"""Regenerate the DOCX and PDF CVs of the development set from their `cv.source.md`.

    python tests/data/interviewer_dev/build_documents.py          # rebuild every binary CV
    python tests/data/interviewer_dev/build_documents.py --check  # fail if any is stale

Output is byte-for-byte deterministic: fixed document dates and zip timestamps, and the PDF
core font (Helvetica, windows-1252) needs no font file from the machine.

Source markup, one block per line (a deliberately tiny subset of Markdown):

    # Name                      the name at the top, large and bold
    ## HEADING                  a section heading, written exactly as it should appear
    ### Title, Employer || Dates
                                a bold entry line; the text after " || " goes to a
                                right-aligned tab stop (DOCX) or is right-aligned on the same
                                line (PDF)
    | cell | cell | cell |      consecutive rows form a table (the first row is bold)
    • text, ▪ text, - text      a bullet paragraph; the bullet character is kept as text and
                                long bullets wrap onto a second line with a hanging indent
    ::: sidebar ... :::         (two-column PDF only) the blocks of the left-hand sidebar
    anything else               a normal paragraph; an empty line is a small gap
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2026, 1, 5, 9, 0, 0)
BULLETS = ("• ", "▪ ", "- ", "* ")

# Which pairs have a binary CV, and its layout.
LAYOUTS: dict[str, str] = {
    "maths_teacher": "docx",
    "management_accountant": "docx",
    "hr_generalist": "docx",
    "product_designer": "pdf-two-column",
    "junior_frontend": "pdf-one-column",
    "warehouse_operations": "pdf-one-column",
    "marketing_manager": "pdf-one-column",
    "physiotherapist_msk": "docx",
    "biomedical_scientist": "pdf-one-column",
    "procurement_category": "pdf-two-column",
    "quantity_surveyor": "docx",
    "museum_collections": "docx",
    "qc_lab_analyst": "pdf-two-column",
    "cabin_crew_purser": "pdf-one-column",
    "electrician_commercial": "docx",
    "external_auditor": "pdf-two-column",
    "childrens_social_worker": "pdf-one-column",
    "occupational_therapist": "docx",
    "insurance_underwriter": "pdf-two-column",
}


@dataclass(frozen=True)
class Block:
    kind: str  # name | heading | entry | row | bullet | text | gap
    text: str
    aside: str = ""  # entry: the right-aligned part after " || "
    cells: tuple[str, ...] = ()


def parse(source: str) -> tuple[list[Block], list[Block]]:
    """Blocks of the main flow and of the sidebar (empty unless the source has one)."""
    main: list[Block] = []
    sidebar: list[Block] = []
    target = main
    for raw in source.splitlines():
        line = raw.rstrip()
        if line == "::: sidebar":
            target = sidebar
            continue
        if line == ":::":
            target = main
            continue
        target.append(_block(line))
    return main, sidebar


def _block(line: str) -> Block:
    if not line.strip():
        return Block("gap", "")
    if line.startswith("### "):
        text, _, aside = line[4:].partition(" || ")
        return Block("entry", text.strip(), aside.strip())
    if line.startswith("## "):
        return Block("heading", line[3:].strip())
    if line.startswith("# "):
        return Block("name", line[2:].strip())
    if line.startswith("|") and line.endswith("|"):
        cells = tuple(cell.strip() for cell in line.strip("|").split("|"))
        return Block("row", "", cells=cells)
    if line.startswith(BULLETS):
        return Block("bullet", line)
    return Block("text", line)


# ---------------------------------------------------------------------------------------------
# DOCX


def build_docx(source: str) -> bytes:
    blocks, _ = parse(source)
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    text_width = section.page_width - section.left_margin - section.right_margin
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    rows: list[tuple[str, ...]] = []
    for block in blocks + [Block("gap", "")]:
        if block.kind == "row":
            rows.append(block.cells)
            continue
        if rows:
            _docx_table(document, rows)
            rows = []
        if block.kind == "name":
            run = document.add_paragraph().add_run(block.text)
            run.bold, run.font.size = True, Pt(18)
        elif block.kind == "heading":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(10)
            run = paragraph.add_run(block.text)
            run.bold, run.font.size = True, Pt(12)
        elif block.kind == "entry":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.add_run(block.text).bold = True
            if block.aside:
                paragraph.paragraph_format.tab_stops.add_tab_stop(
                    text_width, WD_TAB_ALIGNMENT.RIGHT
                )
                paragraph.add_run("\t" + block.aside)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(block.text)
            paragraph.paragraph_format.left_indent = Cm(0.6)
            paragraph.paragraph_format.first_line_indent = Cm(-0.4)
            paragraph.paragraph_format.space_after = Pt(2)
        elif block.kind == "text":
            document.add_paragraph(block.text)

    core = document.core_properties
    core.author = core.last_modified_by = ""
    core.created = core.modified = core.last_printed = FIXED_TIME.replace(tzinfo=None)
    core.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def _docx_table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    columns = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, row in enumerate(rows):
        for c in range(columns):
            cell = table.cell(r, c)
            cell.text = row[c] if c < len(row) else ""
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _stable_zip(data: bytes) -> bytes:
    """The same archive with fixed member timestamps, so a rebuild is byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# PDF


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED_TIME)
        self.set_producer("interviewer_dev build_documents")
        self.set_auto_page_break(True, margin=15)
        self.set_margins(18, 15, 18)


def build_pdf(source: str, two_column: bool) -> bytes:
    main, sidebar = parse(source)
    pdf = _Pdf()
    pdf.add_page()
    if not two_column:
        _pdf_flow(pdf, main, pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin)
        return bytes(pdf.output())

    # Sidebar on the left, experience on the right: the usual designer template.
    sidebar_width = 55.0
    gap = 7.0
    top = pdf.get_y()
    pdf.set_fill_color(238, 241, 245)
    pdf.rect(0, 0, pdf.l_margin + sidebar_width + gap / 2, pdf.h, style="F")
    pdf.set_auto_page_break(False)
    _pdf_flow(pdf, sidebar, pdf.l_margin, sidebar_width)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_y(top)
    main_x = pdf.l_margin + sidebar_width + gap
    _pdf_flow(pdf, main, main_x, pdf.w - pdf.r_margin - main_x)
    return bytes(pdf.output())


def _pdf_flow(pdf: FPDF, blocks: list[Block], x: float, width: float) -> None:
    rows: list[tuple[str, ...]] = []
    for block in blocks + [Block("gap", "")]:
        if block.kind == "row":
            rows.append(block.cells)
            continue
        if rows:
            _pdf_table(pdf, rows, x, width)
            rows = []
        pdf.set_x(x)
        if block.kind == "name":
            pdf.set_font("Helvetica", "B", 17)
            pdf.multi_cell(width, 8, block.text, new_x="LEFT", new_y="NEXT")
        elif block.kind == "heading":
            pdf.ln(2.5)
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(width, 6, block.text, new_x="LEFT", new_y="NEXT")
        elif block.kind == "entry":
            pdf.ln(1.2)
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B", 10)
            if block.aside:
                aside_width = pdf.get_string_width(block.aside) + 2
                y = pdf.get_y()
                pdf.multi_cell(width - aside_width, 5, block.text, new_x="LEFT", new_y="NEXT")
                after = pdf.get_y()
                pdf.set_xy(x + width - aside_width, y)
                pdf.set_font("Helvetica", "", 9.5)
                pdf.cell(aside_width, 5, block.aside, align="R")
                pdf.set_xy(x, max(after, y + 5))
            else:
                pdf.multi_cell(width, 5, block.text, new_x="LEFT", new_y="NEXT")
        elif block.kind == "bullet":
            pdf.set_font("Helvetica", "", 9.5)
            marker, body = block.text[:1], block.text[2:]
            pdf.cell(4, 4.8, marker)
            pdf.multi_cell(width - 4, 4.8, body, new_x="LEFT", new_y="NEXT")
        elif block.kind == "text":
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(width, 4.8, block.text, new_x="LEFT", new_y="NEXT")
        elif block.kind == "gap":
            pdf.ln(1.5)


def _pdf_table(pdf: FPDF, rows: list[tuple[str, ...]], x: float, width: float) -> None:
    pdf.set_font("Helvetica", "", 9)
    pdf.set_x(x)
    with pdf.table(width=width, align="LEFT", line_height=4.8, first_row_as_headings=True) as t:
        for row in rows:
            t.row(row)


# ---------------------------------------------------------------------------------------------


def build(pair_id: str) -> tuple[Path, bytes]:
    """The binary CV of one pair and where it belongs."""
    layout = LAYOUTS[pair_id]
    source = (HERE / pair_id / "cv.source.md").read_text(encoding="utf-8")
    if layout == "docx":
        return HERE / pair_id / "cv.docx", build_docx(source)
    return HERE / pair_id / "cv.pdf", build_pdf(source, two_column=layout == "pdf-two-column")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write none")
    args = parser.parse_args(argv)
    stale = []
    for pair_id in sorted(LAYOUTS):
        if not (HERE / pair_id / "cv.source.md").is_file():
            continue  # pair not written yet
        path, data = build(pair_id)
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path.relative_to(HERE))
        if not args.check:
            path.write_bytes(data)
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
