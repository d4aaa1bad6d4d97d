"""Realistic demo data for the dashboard: many sessions over the last 90 days, fast.

Running the interviewer and the scorer 100,000 times would take hours, so the text is made
once per *pool* interview and reused:

1. `pool`: a few hundred distinct interviews run for real (documents written by
   `documents` from `catalogue.toml`, questions by the offline interviewer, feedback by
   the offline scorer).
2. `simulator`: each session copies a pool interview and gets its own owner, creation
   time, provider chain, pace and fate, and simulated `model_calls` rows.
3. `writers`: rows are written in batches, Core executemany or PostgreSQL COPY.

`generate` ties them together; everything follows from `seed` and `end`.
"""

from .catalogue import Catalogue, CatalogueError, DemoRole, load_catalogue, packaged_catalogue
from .documents import write_answer, write_cv, write_job_description
from .generate import (
    BATCH_SESSIONS,
    DEFAULT_DAYS,
    DemoSummary,
    ProgressLine,
    count_rows,
    generate,
    remove_demo_sessions,
)
from .pool import PoolInterview, Scorer, build_pool, default_interviewer, default_scorer

__all__ = [
    "BATCH_SESSIONS",
    "DEFAULT_DAYS",
    "Catalogue",
    "CatalogueError",
    "DemoSummary",
    "PoolInterview",
    "ProgressLine",
    "DemoRole",
    "Scorer",
    "build_pool",
    "packaged_catalogue",
    "count_rows",
    "default_interviewer",
    "default_scorer",
    "generate",
    "load_catalogue",
    "remove_demo_sessions",
    "write_answer",
    "write_cv",
    "write_job_description",
]
