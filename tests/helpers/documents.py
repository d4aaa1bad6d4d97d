"""Sample documents: the backend CV and job description, and files made from text."""

from __future__ import annotations

import io

import docx
from fpdf import FPDF

SAMPLE_CV = """Jane Doe — Backend Engineer
Experience
Senior Software Engineer, Acme Corp (2019 - present)
- Built event-driven order pipelines with Python, Kafka and PostgreSQL.
- Led the migration of 40 services to Kubernetes on AWS, cutting deploy time by 60%.
Software Engineer, Globex (2015 - 2019)
- Wrote REST APIs in Django; introduced code review and CI/CD with GitHub Actions.
Skills: Python, Go, Kafka, PostgreSQL, Docker, Kubernetes, AWS, Terraform
"""

SAMPLE_JD = """Senior Backend Engineer at Initech
We are looking for a senior engineer to design and own our payments platform.
Requirements: 5+ years of Python, experience with Kafka or other event streaming,
PostgreSQL, Kubernetes, observability (Prometheus, Grafana), and strong communication
and stakeholder management skills. You will mentor engineers and lead system design.
"""


def pdf_bytes(text: str) -> bytes:
    """A small text-based PDF."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    """A Word document with one paragraph per line."""
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
