"""Only the verb of a clause is turned into a gerund: a noun before a noun ("fire alarm
systems", "guest experience", "crew transfer vessel operators") stays a noun, and a line
that may be read either way is said as the advert writes it. Invented duties from fields
not in the repository (lock-keeping, stonemasonry, a ski school, a tattoo studio, a bike
workshop, a cinema, a fishmonger's, an escape room, an ice rink, a planetarium, organ
building, balloon flights, canal boat hire, falconry, a cheesemonger's, an aquarium,
sailmaking, a cidery, a theme park, a stadium)."""

from __future__ import annotations

import pytest

from interview_core.interviewer.phrases import as_duty, cuts_a_list, gerund, sure_gerund

_TURNED = [
    # A noun before a noun after "and": a modifier, never a verb.
    (
        "check lock gates and report any water leak to the duty engineer",
        "checking lock gates and reporting any water leak to the duty engineer",
    ),
    (
        "carry out the weekly stock count and order cheese from farm suppliers",
        "carrying out the weekly stock count and ordering cheese from farm suppliers",
    ),
    (
        "manage the guest list and greet visitors at the planetarium door",
        "managing the guest list and greeting visitors at the planetarium door",
    ),
    (
        "prepare the staff rota and approve leave requests",
        "preparing the staff rota and approving leave requests",
    ),
    (
        "plan each crew change and brief the incoming balloon crew",
        "planning each crew change and briefing the incoming balloon crew",
    ),
    (
        "inspect every fire door and log defects in the escape room",
        "inspecting every fire door and logging defects in the escape room",
    ),
    (
        "calibrate the test rig and record results for each bicycle frame",
        "calibrating the test rig and recording results for each bicycle frame",
    ),
    (
        "staff the control room and monitor CCTV across the theme park",
        "staffing the control room and monitoring CCTV across the theme park",
    ),
    (
        "maintain the plant room and chlorine dosing at the aquarium",
        "maintaining the plant room and chlorine dosing at the aquarium",
    ),
    (
        "keep fish counters stocked and support record keeping for traceability",
        "keeping fish counters stocked and supporting record keeping for traceability",
    ),
    (
        "hold site keys and take part in key holding for the stadium",
        "holding site keys and taking part in key holding for the stadium",
    ),
    (
        "greet guests and manage guest experience across the ropes course",
        "greeting guests and managing guest experience across the ropes course",
    ),
    (
        "create seasonal menus, balancing quality, margin and guest experience",
        "creating seasonal menus, balancing quality, margin and guest experience",
    ),
    (
        "test and maintain emergency lighting and fire alarm panels in the cinema",
        "testing and maintaining emergency lighting and fire alarm panels in the cinema",
    ),
    (
        "service hire boats and check water pumps before each trip",
        "servicing hire boats and checking water pumps before each trip",
    ),
    (
        "liaise with the harbour master and crew transfer boat skippers",
        "liaising with the harbour master and crew transfer boat skippers",
    ),
    (
        "liaise with the harbour master and ferry crew",
        "liaising with the harbour master and ferry crew",
    ),
    (
        "develop new attractions such as night tours and dry ice shows",
        "developing new attractions such as night tours and dry ice shows",
    ),
    (
        "run the box office and guest services desk",
        "running the box office and guest services desk",
    ),
    (
        "coordinate water sports sessions and safety boat cover",
        "coordinating water sports sessions and safety boat cover",
    ),
    (
        "check the reservoir level and water treatment plant readings",
        "checking the reservoir level and water treatment plant readings",
    ),
    (
        "supervise the cutting room and manage stock control",
        "supervising the cutting room and managing stock control",
    ),
    (
        "keep the stores tidy and manage key holding arrangements",
        "keeping the stores tidy and managing key holding arrangements",
    ),
    (
        "restock the aquarium shop and support guest list checks",
        "restocking the aquarium shop and supporting guest list checks",
    ),
    (
        "monitor the crew change schedule and staff welfare",
        "monitoring the crew change schedule and staff welfare",
    ),
    # A group of people is one more object, not a verb.
    (
        "deliver briefings to volunteers and staff on safety changes",
        "delivering briefings to volunteers and staff on safety changes",
    ),
    (
        "deliver training to stewards and crew on crowd safety",
        "delivering training to stewards and crew on crowd safety",
    ),
    # An item of a list of things is a thing ("plant" is machinery here).
    (
        "report weekly on progress, labour, plant and cost against the build budget",
        "reporting weekly on progress, labour, plant and cost against the build budget",
    ),
    (
        "lead the kitchen team in prep, service and cleaning",
        "leading the kitchen team in prep, service and cleaning",
    ),
    (
        "lead the workshop across intake, fitting, testing and dispatch on busy weekends",
        "leading the workshop across intake, fitting, testing and dispatch on busy weekends",
    ),
    (
        "track the ski school's figures (bookings, refunds, lesson count) and the rota",
        "tracking the ski school's figures (bookings, refunds, lesson count) and the rota",
    ),
    # Verbs stay verbs: whatever follows them, their verb forms are in common use.
    (
        "sharpen knives, fillet fish and dress the counter each morning",
        "sharpening knives, filleting fish and dressing the counter each morning",
    ),
    (
        "carve, dress and fix stone to restored church facades",
        "carving, dressing and fixing stone to restored church facades",
    ),
    (
        "lead ski lessons and manage lift pass sales",
        "leading ski lessons and managing lift pass sales",
    ),
    (
        "plan tours, brief drivers and handle guest complaints",
        "planning tours, briefing drivers and handling guest complaints",
    ),
    (
        "clean and sterilise tattoo equipment and keep client records up to date",
        "cleaning and sterilising tattoo equipment and keeping client records up to date",
    ),
    (
        "build, voice and install organ pipes in churches and concert halls",
        "building, voicing and installing organ pipes in churches and concert halls",
    ),
    (
        "fly passenger balloons and lead ground crew on retrieval",
        "flying passenger balloons and leading ground crew on retrieval",
    ),
    (
        "cut sails, stitch seams and fit hardware to customer yachts",
        "cutting sails, stitching seams and fitting hardware to customer yachts",
    ),
    (
        "train hawks and handle birds during falconry displays",
        "training hawks and handling birds during falconry displays",
    ),
    (
        "press, blend and bottle cider and manage tank cleaning",
        "pressing, blending and bottling cider and managing tank cleaning",
    ),
    (
        "open and close the cinema and carry out fire safety checks",
        "opening and closing the cinema and carrying out fire safety checks",
    ),
    (
        "assess customers' bikes, quote for repairs and order parts",
        "assessing customers' bikes, quoting for repairs and ordering parts",
    ),
    (
        "prepare the rink, resurface the ice and check the plant room",
        "preparing the rink, resurfacing the ice and checking the plant room",
    ),
    (
        "guide visitors, answer questions and keep the gift shop tidy",
        "guiding visitors, answering questions and keeping the gift shop tidy",
    ),
    (
        "install and test stage lighting and sound systems",
        "installing and testing stage lighting and sound systems",
    ),
]


@pytest.mark.parametrize(("duty", "said"), _TURNED)
def test_only_the_verb_of_a_clause_is_turned(duty: str, said: str) -> None:
    assert gerund(duty) == said
    assert sure_gerund(duty) == said


@pytest.mark.parametrize(
    "duty",
    [
        # "record" may be a verb ("record readings") or a noun ("record keeping").
        "inspect the sluices and record keeping for the canal trust",
        # "deal with" or "a deal": either.
        "fit out hire boats and deal with breakdown calls",
    ],
)
def test_a_line_read_either_way_has_no_gerund(duty: str) -> None:
    assert sure_gerund(duty) == ""


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        # A bare "-ing" item of a list is no clause of its own: the list stays whole.
        (
            "Lead heads of department in set, lighting, sound, costume and props.",
            "lead heads of department in set, lighting, sound, costume and props",
        ),
    ],
)
def test_a_list_is_never_cut_at_a_bare_item(line: str, phrase: str) -> None:
    assert as_duty(line, duty=True) == ("base", phrase)


def test_a_cut_inside_a_list_is_a_half_list() -> None:
    text = "controlling hive stock, cost of feed and apiary standards"
    assert cuts_a_list(text, text.index(" of feed"))
    assert cuts_a_list(text, text.index(", cost"))
    whole = "leading heads of department in set, lighting and sound"
    assert not cuts_a_list(whole, whole.index(" in set"))
    closed = "managing budgets, rotas and stock for the site"
    assert not cuts_a_list(closed, closed.index(" for the site"))
