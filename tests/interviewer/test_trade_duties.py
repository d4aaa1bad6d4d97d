"""Duties of trades and fields not in the repository, said as a question says them.

Invented advert lines from a farrier, a florist, a brewer, a locksmith, a sound engineer, an
archivist, a veterinary nurse, a tree surgeon, a laundry, a translator, a lift engineer, a
gas engineer, an audiologist, a fruit farm, a dog groomer, a piano tuner, a vineyard, a
dental surgery, a recording studio, a beekeeper and a plasterer. A verb after "and" turns
with the first ("… and covering lunch breaks"); a list of verbs after "and" turns whole
("… staff, and recruiting, training and supporting volunteers"); a word that may be a verb
or a noun after a bare object ("… and iron table linen") leaves the line said as the advert
writes it ("" here), never half turned."""

from __future__ import annotations

import pytest

from interview_core.interviewer.phrases import as_duty, sure_gerund
from interview_core.interviewer.render import brief_duty

_SAID = [
    # A word that is a noun and a verb, after a bare object: said as written.
    ("Shoe horses and trim hooves", ""),
    ("Fit locks and cut keys for customers", ""),
    ("Fell trees and grind stumps safely", ""),
    ("Press staff uniforms and iron table linen", ""),
    ("Iron table linen and press staff uniforms", ""),
    # Verbs only, or a list of verbs opening the line: turned.
    ("Shoe and trim horses on client yards", "shoeing and trimming horses on client yards"),
    (
        "Forge and fit horseshoes and keep treatment records",
        "forging and fitting horseshoes and keeping treatment records",
    ),
    ("Arrange flowers and dress shop windows", "arranging flowers and dressing shop windows"),
    (
        "Condition stems and process deliveries each morning",
        "conditioning stems and processing deliveries each morning",
    ),
    (
        "Brew beer and clean fermentation vessels",
        "brewing beer and cleaning fermentation vessels",
    ),
    (
        "Monitor fermentation and record gravity readings",
        "monitoring fermentation and recording gravity readings",
    ),
    (
        "Fit and repair locks and keep the van stocked",
        "fitting and repairing locks and keeping the van stocked",
    ),
    (
        "Mix and master live sound and set up stage monitors",
        "mixing and mastering live sound and setting up stage monitors",
    ),
    (
        "Rig the PA and run sound checks with each band",
        "rigging the PA and running sound checks with each band",
    ),
    (
        "Catalogue archive collections and answer research enquiries",
        "cataloguing archive collections and answering research enquiries",
    ),
    # A list of verbs after "and" opens a verb phrase of its own.
    (
        "Supervise search room staff and recruit, train and support volunteers",
        "supervising search room staff, and recruiting, training and supporting volunteers",
    ),
    (
        "Monitor anaesthetised patients and restock theatre supplies",
        "monitoring anaesthetised patients and restocking theatre supplies",
    ),
    # A noun the inflection data lacks ("rota") closes its noun phrase.
    (
        "Prepare the kennel rota and cover lunch breaks",
        "preparing the kennel rota and covering lunch breaks",
    ),
    (
        "Climb and dismantle trees and complete risk assessments",
        "climbing and dismantling trees and completing risk assessments",
    ),
    ("Wash, press and fold guest laundry", "washing, pressing and folding guest laundry"),
    (
        "Sort, wash and press table linen for the restaurant",
        "sorting, washing and pressing table linen for the restaurant",
    ),
    (
        "Translate contracts and proofread colleagues' work",
        "translating contracts and proofreading colleagues' work",
    ),
    (
        "Inspect lifts and log defects in the maintenance system",
        "inspecting lifts and logging defects in the maintenance system",
    ),
    (
        "Service boilers and test gas appliances in customers' homes",
        "servicing boilers and testing gas appliances in customers' homes",
    ),
    # British spelling: "counselling", not "counseling".
    (
        "Calibrate hearing aids and counsel patients on their use",
        "calibrating hearing aids and counselling patients on their use",
    ),
    (
        "Plan the harvest and supervise seasonal pickers",
        "planning the harvest and supervising seasonal pickers",
    ),
    (
        "Groom dogs and advise owners on coat care",
        "grooming dogs and advising owners on coat care",
    ),
    ("Tune pianos and repair damaged actions", "tuning pianos and repairing damaged actions"),
    (
        "Prune vines and train new shoots along the wires",
        "pruning vines and training new shoots along the wires",
    ),
    (
        "Clean and sterilise instruments and prepare the surgery",
        "cleaning and sterilising instruments and preparing the surgery",
    ),
    (
        "Book studio sessions and maintain the equipment log",
        "booking studio sessions and maintaining the equipment log",
    ),
    ("Record and edit podcasts for clients", "recording and editing podcasts for clients"),
    (
        "Maintain the hive records and inspect colonies weekly",
        "maintaining the hive records and inspecting colonies weekly",
    ),
    (
        "Plaster walls and ceilings and finish them to a high standard",
        "plastering walls and ceilings and finishing them to a high standard",
    ),
    (
        "Label and dispatch sample kits and chase late returns",
        "labelling and dispatching sample kits and chasing late returns",
    ),
]


@pytest.mark.parametrize(("line", "said"), _SAID)
def test_a_trade_duty_is_said_whole_or_as_written(line: str, said: str) -> None:
    found = as_duty(line, duty=True)
    assert found is not None and found[0] == "base"
    assert sure_gerund(found[1]) == said


def test_the_table_holds_thirty_invented_lines() -> None:
    assert len(_SAID) >= 30


@pytest.mark.parametrize(
    ("doing", "short"),
    [
        # "the <noun> of …" keeps its "of": "supporting the education" says nothing.
        (
            "supporting the education of apprentice farriers, students and new starters",
            "supporting the education of apprentice farriers, students and new starters",
        ),
        (
            "leading the restoration of listed organ cases across the diocese",
            "leading the restoration of listed organ cases",
        ),
        # "a team of …" may be said short.
        (
            "leading, coaching and developing a team of arborists and groundworkers on site",
            "leading, coaching and developing a team",
        ),
    ],
)
def test_a_probe_never_cuts_a_noun_from_its_of(doing: str, short: str) -> None:
    assert brief_duty(doing) == short


def test_a_probe_after_a_list_keeps_its_own_comma() -> None:
    """ "… one example of checking hive stock and apiary standards, and tell me…": a probe's
    own "and" after the duty never runs on from the duty's list."""
    from interview_core.interviewer.wording import templates

    for key in ("followup.redirect", "followup.focus", "followup.example"):
        for template in templates(key):
            assert "{topic} and" not in template, template


def test_a_duty_said_short_counts_as_said() -> None:
    """A question that says half a duty's words of substance says the duty: the interviewer
    counts it among the three duties an interview covers."""
    from interview_core.interviewer.engine import _says_duty

    line = "Lead improvement projects on the brewhouse floor"
    asked = "Imagine a week when you need to lead improvement projects and cover the rota."
    assert _says_duty(asked, line) is True
    assert _says_duty(asked, "Shoe horses and trim hooves on client yards") is False
    # Two words of six ("rota", "cover") are not the duty of covering lunch breaks.
    assert _says_duty(asked, "Prepare the kennel rota and cover lunch breaks") is False
