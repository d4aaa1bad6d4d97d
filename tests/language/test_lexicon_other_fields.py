"""Short, generic aliases of the skills lexicon that belong to other fields do not count
there: a landscape architect's "landscape appraisals" are no performance management, a
highways engineer's "Road Safety Audit" no financial auditing, a puppeteer's puppet shows
no configuration tool.

Invented lines from fields the labelled pairs do not have (landscape architecture, highways
engineering, beekeeping, puppetry, meteorology), with the true hits beside them.
"""

from __future__ import annotations

import pytest

from interview_core.language.skills import extract_skills


def _names(line: str) -> list[str]:
    return [s.name for s in extract_skills(line)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Produced landscape appraisals and visual impact reports for the planning team.",
            "Performance Management",
        ),
        (
            "Carried out tree condition appraisals and wrote reports for the council",
            "Performance Management",
        ),
        ("Site appraisals and option appraisals for the land team", "Performance Management"),
        ("Road Safety Audit Team Leader (certified RSA auditor) on 40 schemes", "Auditing"),
        ("Road Safety Audit of junction designs; reviewed controls on traffic signals", "Auditing"),
        ("Audited hive records for the statutory bee inspector", "Auditing"),
        ("Food safety audits of 12 kitchens against HACCP controls", "Auditing"),
        ("Built and performed puppet shows for 30 schools", "Puppet"),
        ("Reported to Dr Sarah Jenkins, consultant", "Jenkins"),
        ("Organised the summer bash for 200 volunteers", "Bash"),
        ("Prepared the weather outlook briefing for the airfield", "Microsoft Office"),
    ],
)
def test_no_false_hit_from_another_field(line: str, name: str) -> None:
    assert name not in _names(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ran annual appraisals for my team of 6", "Performance Management"),
        ("Conducted performance appraisals for 12 staff", "Performance Management"),
        ("Completed internal audits of the finance controls", "Auditing"),
        ("Led statutory audits of 15 SMEs", "Auditing"),
        ("Audited the accounts of 30 sole traders", "Auditing"),
        ("Managed servers with Puppet and Ansible", "Puppet"),
        ("Built Jenkins pipelines for 20 services", "Jenkins"),
        ("Wrote bash scripts to automate backups", "Bash"),
        ("Managed the partners' diaries in Outlook", "Microsoft Office"),
    ],
)
def test_the_true_hits_stay(line: str, name: str) -> None:
    assert name in _names(line)
