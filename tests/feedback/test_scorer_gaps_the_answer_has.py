"""Missing items and outline lines name only gaps the answer has, each tried both ways on
invented answers from fields outside the development set: the people whose support a plan
names, reasons given with the steps, a result told in words before a last step, a question
setting its own parts (no measure asked), a plan giving no sign of success where one is
asked, limits held read as scale, figures quoted in their clause, CV lines quoted whole."""

from __future__ import annotations

from interview_core.language.figures import SCALE, figure_role, figures
from interview_core.scorer import assess_answer
from interview_core.scorer.cv import quote_cv
from interview_core.scorer.outline import reasons_told, stronger_answer
from interview_core.scorer.rules import advice_for, names_partners, parts_left_out

TRAM_JD = "Tram Driver. Drive trams safely across the network and keep to the timetable."
CLOSE = (
    "To close, looking ahead to your first 90 days as a Tram Driver at Northway Trams: what "
    "would you want to have changed by then, and whose support would you need?"
)
NAMES_PEOPLE = (
    "In the first month I'd shadow two experienced drivers on the night routes and learn every "
    "depot procedure by heart. I'd also want my route knowledge signed off early by the depot "
    "controller. By three months I'd hope to be driving the full network on my own, with no late "
    "departures that were down to me, and to have suggested one improvement to the handover sheet."
)
NAMES_NOBODY = (
    "In the first month I'd learn every depot procedure by heart and drive the quieter routes. By "
    "three months I'd hope to be driving the full network on my own, with no late departures that "
    "were down to me, and to have suggested one improvement to the handover sheet that drivers "
    "fill in at the end of each shift, so it is quicker to complete."
)


def _rules(question: str, answer: str, jd: str = "", cv: str = "") -> list[str]:
    return [x.rule for x in advice_for(assess_answer(question, answer, jd, cv))]


def test_people_a_plan_names_answer_whose_support_it_needs() -> None:
    assert parts_left_out(assess_answer(CLOSE, NAMES_PEOPLE, TRAM_JD)) == []
    assert "skips_part" not in _rules(CLOSE, NAMES_PEOPLE, TRAM_JD)
    # Both ways: a plan naming nobody is still told to say whose support it needs.
    assert parts_left_out(assess_answer(CLOSE, NAMES_NOBODY, TRAM_JD)) == ["needs"]


def test_partners_are_colleagues_or_posts_not_the_people_served_or_amounts() -> None:
    assert names_partners("I'd pair with my mentor on the first bookings.")
    assert names_partners("I'd sit in with a senior interpreter on court work.")
    assert names_partners("In the first month I'd meet the head brewer and the cellar team.")
    assert not names_partners("I'd spend time with the patients and their families.")
    assert not names_partners("I'd work with the data to find a number of patterns.")
    assert not names_partners("From the first week I'd lead the morning checks myself.")


BEE_Q = (
    "Tell me about a time a colony you looked after was in trouble: what did you do yourself, "
    "and how did it turn out?"
)
BEE_WITH_REASONS = (
    "Two winters ago one of our strongest colonies at the Hexham apiary was close to starving in "
    "February. I could see it would not last until the spring flow, so I fed fondant straight "
    "over the cluster. Rather than open the hive in the cold, I checked it by weight every week. "
    "I moved it to a sheltered corner to keep the wind off the entrance. By April it had built up "
    "to ten frames of brood and gave us a full super in June."
)
BEE_WITHOUT_REASONS = (
    "Two winters ago one of our strongest colonies at the Hexham apiary was close to starving in "
    "February. I fed fondant over the cluster. I checked it by weight every week. I moved it to a "
    "sheltered corner of the apiary. By April it had built up to ten frames of brood and gave us "
    "a full super in June."
)


def test_reasons_given_with_the_steps_are_not_asked_for_again() -> None:
    assert reasons_told(assess_answer(BEE_Q, BEE_WITH_REASONS))
    assert not reasons_told(assess_answer(BEE_Q, BEE_WITHOUT_REASONS))
    lines = stronger_answer(assess_answer(BEE_Q, BEE_WITHOUT_REASONS), "", [])
    assert any("why" in line for line in lines)


LOCK_Q = (
    "Tell me about a call-out that went wrong: what did you do yourself, and how did it turn out?"
)
LOCK_ENDS_ON_RESULT = (
    "Last March a care home in Carlisle called us at midnight because the electronic lock on its "
    "main fire exit had failed shut. I was the on-call locksmith. I fitted a temporary mechanical "
    "lock so the exit could open from inside, because residents could not be moved safely, and I "
    "rang the fire officer to agree it. The exit was working again within forty minutes, and "
    "afterwards I wrote the report that got the whole lock bank replaced."
)


def test_a_result_told_before_a_last_step_is_kept_not_asked_for() -> None:
    lines = stronger_answer(assess_answer(LOCK_Q, LOCK_ENDS_ON_RESULT), "", [])
    assert not any(
        line.startswith(("End with what changed", "Close with the outcome")) for line in lines
    )


ORTHO_Q = (
    "Imagine two urgent fittings land on the same morning and only you can do them. How would "
    "you decide what comes first, whom would you involve, and what would you tell the patient "
    "who has to wait?"
)
ORTHO_PLAN = (
    "I'd first check which patient is at more risk without the device: a child with a pressure "
    "sore from a failing brace comes before a routine insole. Then I'd ask the clinic coordinator "
    "to call the second patient, explain the delay honestly and offer the first slot that "
    "afternoon, because a clear time is worth more than an apology. I'd tell the consultant too."
)
ORTHO_MEASURE_Q = (
    "How would you set up a new follow-up clinic for diabetic foot patients, and how would you "
    "know it was going well?"
)
ORTHO_MEASURE_PLAN_NO_SIGN = (
    "I'd first map who is referred now and how long they wait, then agree a weekly slot with the "
    "podiatry team and review the referral figures with the clinic manager. After that I'd set up "
    "a shared template for the fitting notes, because the notes are scattered today, and agree "
    "two or three goals for the clinic with the consultant."
)
ORTHO_MEASURE_PLAN_SIGN = (
    ORTHO_MEASURE_PLAN_NO_SIGN + " I'd know it was going well if ulcer re-referrals fell and "
    "patients were seen within two weeks of referral."
)


def test_no_measure_is_asked_of_a_question_setting_its_own_parts() -> None:
    a = assess_answer(ORTHO_Q, ORTHO_PLAN)
    assert "no_check" not in [x.rule for x in advice_for(a)]
    assert not any("measure" in line for line in stronger_answer(a, "", []))


def test_a_sign_of_success_is_asked_for_where_the_question_asks_how_you_would_know() -> None:
    assert "no_check" in _rules(ORTHO_MEASURE_Q, ORTHO_MEASURE_PLAN_NO_SIGN)
    assert "no_check" not in _rules(ORTHO_MEASURE_Q, ORTHO_MEASURE_PLAN_SIGN)


def test_a_limit_held_is_scale_not_a_result() -> None:
    sentence = "I approve repairs up to £75k authority without referral."
    assert [figure_role(sentence, f) for f in figures(sentence)] == [SCALE]
    sentence = "We cut the repair bill by £75k a year."
    assert [figure_role(sentence, f) for f in figures(sentence)] != [SCALE]


BREW_Q = "Tell me about a batch that went wrong: what did you do yourself, and what came of it?"
BREW_FIGURES = (
    "In 2023 our cask pale ale at the Tyne brewhouse kept coming back cloudy from pubs. I traced it "
    "to the fining dose, ran a bench trial on six doses and reset the dose for every batch. Within "
    "a month returns fell from 8% of casks to under 1%, and our cellar quality score rose to 96%."
)


def test_figures_are_quoted_in_the_clause_that_holds_them() -> None:
    lines = stronger_answer(assess_answer(BREW_Q, BREW_FIGURES), "", [])
    assert not any("(“8%”" in line for line in lines)
    assert any("returns fell from 8% of casks" in line for line in lines)


def test_a_cv_line_is_quoted_whole_or_at_a_clause_break() -> None:
    line = (
        "Run a £3.1m brewing budget across two sites; grew output 22% in two years while bringing "
        "the waste rate from 6% to 2.5%"
    )
    assert quote_cv(line) == line
    long = "; ".join([line] * 2)
    quoted = quote_cv(long)
    assert quoted.endswith("…") and not quoted.endswith("from…")


def test_a_measured_head_is_the_outcome_not_what_the_next_step_answered() -> None:
    from interview_core.scorer.answer import measured_head

    # The words leading into the last step are no part of the outcome quoted.
    assert (
        measured_head("All 40 hives were requeened within three weeks, and then I trained them.")
        == "All 40 hives were requeened within three weeks"
    )
    # A clause ending on "so" tells what the step answered: the situation, not the result.
    assert (
        measured_head(
            "The signalling came back at six the next morning, so I ran the depot's first "
            "departures by hand."
        )
        is None
    )
