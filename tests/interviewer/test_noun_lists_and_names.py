"""Nouns of a list that describes one head noun stay nouns, a verb after a verb phrase
closed by its plural object is turned with the rest of the list, and a product name the
CV's skills list writes with a capital keeps it (invented duties and CVs from canal
maintenance, orcharding, chimney sweeping, soil science and bike-shop customer support)."""

from __future__ import annotations

import pytest

from interview_core.context import InterviewContext
from interview_core.interviewer.engine import interviewer_for
from interview_core.interviewer.phrases import gerund, sure_gerund
from interview_core.interviewer.plan import cv_term


@pytest.mark.parametrize(
    ("duty", "said"),
    [
        # One-word nouns in a list before the noun they all describe stay nouns.
        (
            "carry out hedge, fence and gate repairs",
            "carrying out hedge, fence and gate repairs",
        ),
        (
            "carry out kerb, seal and lock checks across the estate",
            "carrying out kerb, seal and lock checks across the estate",
        ),
        (
            "undertake roof, flue, and chimney inspections",
            "undertaking roof, flue, and chimney inspections",
        ),
        (
            "complete kerb, drain and gully surveys and report defects",
            "completing kerb, drain and gully surveys and reporting defects",
        ),
        # After a verb phrase closed by its plural object, the next verb is turned too.
        ("lay hedges and graft rootstock", "laying hedges and grafting rootstock"),
        (
            "collect field cores and sample topsoil on site",
            "collecting field cores and sampling topsoil on site",
        ),
        # A duty's own opening list of verbs stays a list of verbs.
        ("sample and test soil", "sampling and testing soil"),
        ("check, label and store samples", "checking, labelling and storing samples"),
        (
            "sweep flues, fit cowls and test draughts",
            "sweeping flues, fitting cowls and testing draughts",
        ),
    ],
)
def test_duty_lists(duty: str, said: str) -> None:
    assert gerund(duty) == said
    assert sure_gerund(duty) in (said, "")


def test_a_noun_before_a_noun_stays_a_noun_after_a_plural_object() -> None:
    # "stock" is rarely a verb: "stock control" names a thing ("stocking" is rare).
    assert gerund("manage budgets and stock control") == "managing budgets and stock control"


def _docs(cv: str, job: str):
    return interviewer_for(InterviewContext("Support Manager", "Halyard Sails", cv, job)).docs


def test_a_product_name_keeps_its_capital() -> None:
    cv = (
        "Maya Quint\nCustomer Support Lead\n\nExperience\n"
        "Customer Support Lead, Fernleaf Bikes, 2021 - present\n"
        "- Ran the support desk for a team of six\n\n"
        "Skills\nIntercom, Zendesk, Customer service\n"
    )
    job = (
        "We need a Support Manager.\nResponsibilities\n- Manage our Intercom workspace\n"
        "Requirements\n- Experience with Intercom or Zendesk\n- Strong customer service skills\n"
    )
    docs = _docs(cv, job)
    terms = {s.name: cv_term(docs, s) for s in docs.cv.skills}
    assert terms["Intercom"] == "Intercom"
    assert terms["Zendesk"] == "Zendesk"
    assert terms["Customer Service"] == "customer service"
