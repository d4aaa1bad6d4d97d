"""Realistic demo data for the dashboard: many sessions over the last 90 days, fast.

Running the interviewer and the scorer 100,000 times would take hours, so the text is made
once per *pool* interview and reused:

1. A pool of a few hundred distinct interviews is built: a role at a company, a CV and a
   job description written from templates, and a candidate of a given answer quality. The
   real offline interviewer (`OfflineProvider`, through its Provider interface) asks each
   of the 8 questions, a template candidate answers it, and the real offline scorer
   (`feedback.score_interview`) scores the complete transcript.
2. Each generated session picks a pool interview and gets its own owner, creation time,
   provider chain, pace and fate: not started, abandoned after question k, or complete
   with feedback. Transcripts and feedback are copies of the pool's; timestamps, which
   provider wrote each question and the `model_calls` rows (latency, errors, fallbacks,
   the odd provider incident) are simulated per session.
3. Rows are written in batches: SQLAlchemy Core executemany on SQLite, COPY on PostgreSQL.

Everything follows from `seed` and `end` (the last day), so a run can be reproduced.
"""

from __future__ import annotations

import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol, TextIO

from sqlalchemy import Connection, Table, delete, func, insert, select

from .ai.base import InterviewContext, Provider, Turn
from .db import Database
from .models import (
    DEMO_OWNER_PREFIX,
    MAX_QUESTIONS,
    Base,
    Feedback,
    FeedbackSkill,
    InterviewSession,
    Message,
    ModelCall,
)

DEFAULT_DAYS = 90
BATCH_SESSIONS = 2_000
MIN_POOL, MAX_POOL = 12, 300

Scorer = Callable[[InterviewContext], tuple[dict[str, Any], list[dict[str, Any]]]]
"""Scores a complete interview: (feedback row, feedback_skills rows) without ids."""


# --- what the documents are made of -----------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A job and the material its CVs, job descriptions and answers are written from."""

    title: str
    mission: str  # completes "... is hiring a <title> to ..."
    skills: tuple[str, ...]  # requirements named in job descriptions (lexicon names)
    extras: tuple[str, ...]  # nice-to-haves and other CV skills
    duties: tuple[str, ...]
    projects: tuple[str, ...]
    actions: tuple[str, ...]  # past tense, first person, no subject
    results: tuple[str, ...]  # "{n}" is filled in with a figure
    employers: tuple[str, ...]  # where candidates worked before
    hirers: tuple[str, ...]  # who is hiring


TECH_HIRERS = (
    "Initech",
    "Brightwave Retail",
    "Cobalt Insights",
    "Kitefin",
    "Quillpay",
    "Tessellate Systems",
    "Atlas Mobility",
    "Pixelmint",
)
BUSINESS_HIRERS = (
    "Initech",
    "Fernway Media",
    "Greenfield Grocers",
    "Harborline Travel",
    "Lumen Learning Co",
    "Marlow Insurance",
    "Northbeam Energy",
    "Orbital Freight",
)
CARE_HIRERS = (
    "St Brigid's Hospital",
    "Riverside Community Trust",
    "Harewood Care",
    "Northgate Clinic",
)

ROLES: tuple[Role, ...] = (
    Role(
        "Backend Engineer",
        "build and run the services behind our checkout and payments",
        ("Python", "PostgreSQL", "Apache Kafka", "Docker", "Kubernetes", "REST APIs", "AWS"),
        ("Go", "Redis", "Terraform", "Observability", "Mentoring"),
        (
            "Design, build and operate backend services used by millions of customers.",
            "Own reliability: on-call, incident reviews and capacity planning.",
            "Work with product and data teams to ship features end to end.",
        ),
        ("the order pipeline", "the payments API", "a billing service", "the search backend"),
        (
            "profiled the slowest endpoints, rewrote the hot queries and added load tests",
            "redesigned the data model and rolled it out behind a feature flag",
            "split the reporting jobs out of the monolith into their own service",
        ),
        (
            "p95 latency fell by {n}%",
            "we handled {n}% more traffic at peak with no incident",
            "deploy time dropped by {n}%",
        ),
        ("Brightwave Retail", "Quillpay", "Tessellate Systems", "Orbital Freight"),
        TECH_HIRERS,
    ),
    Role(
        "Frontend Engineer",
        "make our customer web app fast, accessible and pleasant to use",
        ("TypeScript", "React", "Next.js", "Accessibility", "Jest", "CSS", "GraphQL"),
        ("Figma", "Cypress", "Webpack", "Node.js", "Performance Optimization"),
        (
            "Build user-facing features in React and TypeScript with designers.",
            "Keep the app fast on slow phones and usable with a screen reader.",
            "Raise the quality bar with tests, reviews and a shared component library.",
        ),
        ("the sign-up flow", "the design system", "the account dashboard", "the mobile web app"),
        (
            "rebuilt the components and measured them with real-user monitoring",
            "introduced a shared component library with a short guide and pairing sessions",
            "audited the pages for keyboard and screen-reader use and fixed every blocker",
        ),
        (
            "sign-up conversion rose by {n}%",
            "the bundle shrank by {n}%",
            "support tickets about the page fell by {n}%",
        ),
        ("Pixelmint", "Harborline Travel", "Lumen Learning Co", "Fernway Media"),
        TECH_HIRERS,
    ),
    Role(
        "Data Analyst",
        "turn product and sales data into decisions the business acts on",
        ("SQL", "Python", "Tableau", "Statistics", "A/B Testing", "Data Visualization", "Excel"),
        ("dbt", "Looker", "pandas", "Stakeholder Management", "KPI Reporting"),
        (
            "Answer the business's questions with clear analysis and dashboards.",
            "Design and read out experiments with product managers.",
            "Keep core metrics trustworthy, documented and easy to find.",
        ),
        (
            "the churn analysis",
            "the weekly revenue dashboard",
            "a pricing experiment",
            "the funnel report",
        ),
        (
            "rebuilt the metric definitions and documented every field",
            "designed the analysis and walked the sales leads through the findings",
            "set up the experiment, checked the sample size and analysed the results",
        ),
        (
            "the team saved {n} hours of reporting a month",
            "we found a segment with {n}% higher churn and fixed its onboarding",
            "revenue per customer rose by {n}%",
        ),
        ("Cobalt Insights", "Greenfield Grocers", "Marlow Insurance", "Kitefin"),
        TECH_HIRERS + BUSINESS_HIRERS,
    ),
    Role(
        "Data Scientist",
        "build the models behind our recommendations and forecasts",
        (
            "Python",
            "Machine Learning",
            "scikit-learn",
            "SQL",
            "Statistics",
            "Apache Spark",
            "MLOps",
        ),
        (
            "PyTorch",
            "Time Series Forecasting",
            "A/B Testing",
            "Feature Engineering",
            "Communication",
        ),
        (
            "Frame business problems as modelling problems and ship the models.",
            "Run rigorous experiments and explain the results to non-specialists.",
            "Monitor models in production and retrain them when the data drifts.",
        ),
        (
            "the demand forecast",
            "the recommendation model",
            "a fraud classifier",
            "the pricing model",
        ),
        (
            "rebuilt the features and retrained the model on two years of history",
            "replaced the hand-tuned rules with a model and shadow-tested it for a month",
            "set up drift monitoring and automated retraining",
        ),
        (
            "forecast error dropped by {n}%",
            "click-through on recommendations rose by {n}%",
            "we caught {n}% more fraud at the same false-positive rate",
        ),
        ("Northbeam Energy", "Quillpay", "Greenfield Grocers", "Atlas Mobility"),
        TECH_HIRERS,
    ),
    Role(
        "Product Manager",
        "own the roadmap of our collaboration product",
        (
            "Product Management",
            "User Research",
            "A/B Testing",
            "Stakeholder Management",
            "Jira",
            "OKRs",
            "Communication",
        ),
        ("SQL", "Figma", "Go-to-Market Strategy", "Prioritisation", "Agile"),
        (
            "Own a product area: discovery, roadmap, delivery and results.",
            "Talk to customers every week and turn what you learn into bets.",
            "Align engineering, design, sales and support around clear goals.",
        ),
        (
            "the onboarding revamp",
            "the enterprise tier",
            "the mobile launch",
            "the integrations marketplace",
        ),
        (
            "ran twenty customer interviews, wrote the brief and reshaped the roadmap",
            "set quarterly goals with the team and reviewed progress every fortnight",
            "tested the riskiest assumption first with a clickable prototype",
        ),
        (
            "activation rose by {n}% in one quarter",
            "we signed {n} new enterprise customers in six months",
            "time to value for new teams dropped by {n}%",
        ),
        ("Tessellate Systems", "Fernway Media", "Harborline Travel", "Brightwave Retail"),
        TECH_HIRERS,
    ),
    Role(
        "UX Designer",
        "design clear, accessible experiences for our customer app",
        ("UX Design", "User Research", "Figma", "Wireframing", "Accessibility", "UI Design"),
        ("Design Patterns", "Miro", "A/B Testing", "Communication", "Empathy"),
        (
            "Design flows from research to high-fidelity prototypes.",
            "Test designs with real customers and iterate quickly.",
            "Grow our design system with engineers.",
        ),
        (
            "the money transfer flow",
            "the settings screens",
            "the savings goals feature",
            "the help centre",
        ),
        (
            "ran usability tests with eight customers and redesigned the flow",
            "mapped the journey with support agents and prototyped a simpler one",
            "checked contrast and focus order and documented the patterns",
        ),
        (
            "task completion rose by {n}%",
            "calls to support about the flow fell by {n}%",
            "drop-off on the form fell by {n}%",
        ),
        ("Marlow Insurance", "Kitefin", "Lumen Learning Co", "Pixelmint"),
        TECH_HIRERS,
    ),
    Role(
        "DevOps Engineer",
        "run a reliable, secure and cost-aware cloud platform",
        (
            "Kubernetes",
            "Terraform",
            "AWS",
            "CI/CD",
            "Observability",
            "Linux",
            "Incident Management",
        ),
        ("Prometheus", "Grafana", "Python", "Bash", "Helm"),
        (
            "Own the platform our engineers deploy to, from network to pipelines.",
            "Improve reliability with good alerts, runbooks and post-incident reviews.",
            "Automate everything: infrastructure as code and self-service tooling.",
        ),
        (
            "the CI pipelines",
            "the Kubernetes migration",
            "the alerting overhaul",
            "the cloud cost review",
        ),
        (
            "moved the services over one team at a time with a migration playbook",
            "rewrote the pipelines and cached the slowest build steps",
            "replaced noisy alerts with ones based on service-level objectives",
        ),
        (
            "build times fell by {n}%",
            "pages out of hours dropped by {n}%",
            "we saved {n}% of the monthly cloud bill",
        ),
        ("Orbital Freight", "Northbeam Energy", "Atlas Mobility", "Tessellate Systems"),
        TECH_HIRERS,
    ),
    Role(
        "Registered Nurse",
        "deliver safe, compassionate care on a busy medical ward",
        (
            "Patient Care",
            "Medication Administration",
            "Patient Assessment",
            "Infection Control",
            "Electronic Health Records",
            "BLS",
            "Care Planning",
        ),
        ("Wound Care", "Discharge Planning", "Patient Education", "Teamwork", "Empathy"),
        (
            "Assess, plan and deliver care for a group of adult patients.",
            "Administer medicines safely and keep accurate records.",
            "Work with doctors, therapists and families to plan safe discharges.",
        ),
        (
            "the night shift handover",
            "a falls-prevention audit",
            "the sepsis pathway",
            "the discharge lounge",
        ),
        (
            "reorganised the handover checklist and trained the new starters on it",
            "spotted the deterioration early, escalated it and followed the protocol",
            "led a small audit on the ward and shared the findings at the team meeting",
        ),
        (
            "falls on the ward fell by {n}% over six months",
            "missed medication doses dropped by {n}%",
            "discharges before noon rose by {n}%",
        ),
        ("St Brigid's Hospital", "Riverside Community Trust", "Northgate Clinic", "Harewood Care"),
        CARE_HIRERS,
    ),
    Role(
        "Account Executive",
        "win and grow mid-market accounts for our analytics platform",
        (
            "B2B Sales",
            "Salesforce",
            "Pipeline Management",
            "Negotiation",
            "Prospecting",
            "Closing Deals",
            "Communication",
        ),
        (
            "HubSpot",
            "Consultative Selling",
            "Product Demonstrations",
            "Sales Forecasting",
            "Resilience",
        ),
        (
            "Own the full sales cycle from first call to signed contract.",
            "Build a healthy pipeline through outbound and partner referrals.",
            "Forecast accurately and keep the CRM clean.",
        ),
        (
            "a stalled enterprise deal",
            "a new territory",
            "the renewal campaign",
            "a competitive bake-off",
        ),
        (
            "mapped the buying committee and tailored the demo to each of them",
            "built an outreach sequence and followed up personally with every reply",
            "rebuilt my forecast and reviewed every deal weekly with my manager",
        ),
        (
            "I finished the year at {n}% above quota",
            "the deal closed {n}% above the first proposal",
            "my pipeline grew by {n}% in one quarter",
        ),
        ("Cobalt Insights", "Brightwave Retail", "Kitefin", "Harborline Travel"),
        TECH_HIRERS + BUSINESS_HIRERS,
    ),
    Role(
        "Marketing Manager",
        "lead demand generation for our small-business product",
        (
            "Digital Marketing",
            "Content Marketing",
            "SEO",
            "Email Marketing",
            "Google Analytics",
            "Budget Management",
            "Leadership",
        ),
        ("HubSpot", "Social Media Marketing", "A/B Testing", "Brand Management", "Creativity"),
        (
            "Plan and run campaigns that bring in qualified leads.",
            "Manage the budget and report on return to the leadership team.",
            "Lead a small team of marketers and agencies.",
        ),
        ("the spring campaign", "the blog relaunch", "the webinar series", "the onboarding emails"),
        (
            "rebuilt the campaign and tested three versions of the message",
            "set up proper tracking and moved budget to the channels that converted",
            "planned the content calendar with the team and reviewed it every month",
        ),
        (
            "qualified leads rose by {n}%",
            "cost per lead fell by {n}%",
            "organic traffic grew by {n}% in six months",
        ),
        ("Fernway Media", "Greenfield Grocers", "Pixelmint", "Lumen Learning Co"),
        BUSINESS_HIRERS,
    ),
    Role(
        "Financial Analyst",
        "support planning and decisions with sharp financial analysis",
        (
            "Financial Modelling",
            "Excel",
            "Financial Analysis",
            "SQL",
            "Power BI",
            "Accounting",
            "Attention to Detail",
        ),
        ("Python", "Budget Management", "Stakeholder Management", "GAAP", "VBA"),
        (
            "Build and maintain the forecast and budget models.",
            "Analyse variances and explain them to budget holders.",
            "Automate reporting and improve the month-end close.",
        ),
        ("the annual budget", "the month-end close", "a business case", "the cash-flow forecast"),
        (
            "rebuilt the model with clear inputs and scenario switches",
            "automated the variance report and reviewed it with each budget holder",
            "challenged the assumptions and stress-tested the case",
        ),
        (
            "the close shortened by {n}%",
            "forecast error fell by {n}%",
            "the project paid back {n}% faster than planned",
        ),
        ("Marlow Insurance", "Atlas Mobility", "Northbeam Energy", "Orbital Freight"),
        BUSINESS_HIRERS,
    ),
    Role(
        "Customer Success Manager",
        "help our customers get value from the product and renew",
        (
            "Customer Success",
            "Account Management",
            "Customer Retention",
            "Zendesk",
            "Communication",
            "Upselling",
            "Problem Solving",
        ),
        ("Salesforce", "Empathy", "Product Demonstrations", "Negotiation", "Customer Focus"),
        (
            "Own a book of accounts from onboarding to renewal.",
            "Run business reviews and spot expansion opportunities.",
            "Bring customer feedback to product and engineering.",
        ),
        (
            "a churn-risk account",
            "the onboarding programme",
            "the renewal cycle",
            "the customer health score",
        ),
        (
            "agreed a success plan with the customer and tracked it every fortnight",
            "ran quarterly reviews and raised the risks early with the account team",
            "escalated the blocker, coordinated the fix and kept the customer informed",
        ),
        (
            "net retention in my book rose by {n}%",
            "the account renewed and expanded by {n}%",
            "time to first value fell by {n}%",
        ),
        ("Tessellate Systems", "Cobalt Insights", "Quillpay", "Harborline Travel"),
        TECH_HIRERS + BUSINESS_HIRERS,
    ),
)

COMPANIES = tuple(sorted({c for role in ROLES for c in role.hirers}))

FIRST_NAMES = (
    "Amara",
    "Ben",
    "Chen",
    "Dana",
    "Elif",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Leila",
    "Marta",
    "Nikhil",
    "Olga",
    "Pablo",
    "Quinn",
    "Rosa",
    "Sami",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Yara",
    "Zoe",
)
LAST_NAMES = (
    "Adeyemi",
    "Bauer",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "García",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Murphy",
    "Nakamura",
    "Okafor",
    "Patel",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Walsh",
)

QUALITIES = ("strong", "average", "weak")
QUALITY_WEIGHTS = (0.35, 0.45, 0.20)
# How much of a job's requirements a candidate of each quality has on the CV.
SKILL_SHARE = {"strong": 0.85, "average": 0.6, "weak": 0.35}
# Chance of leaving before answering each question.
DROP_PER_QUESTION = {"strong": 0.02, "average": 0.035, "weak": 0.07}


# --- providers as the demo simulates them -----------------------------------------------


@dataclass(frozen=True)
class ProviderProfile:
    """How a provider behaves in the simulation: latency, failures, token counts."""

    model: str
    median_ms: float
    spread: float  # sigma of the log-normal latency
    error_rate: float
    tokens: bool = True


PROFILES: dict[str, ProviderProfile] = {
    "gemini": ProviderProfile("gemini-2.5-flash", 850.0, 0.45, 0.03),
    "openrouter": ProviderProfile("openai/gpt-4o-mini", 1300.0, 0.5, 0.05),
    "openai": ProviderProfile("gpt-4o-mini", 1000.0, 0.4, 0.02),
    "offline": ProviderProfile("offline", 12.0, 0.6, 0.0, tokens=False),
}
# Configured chains and how many sessions use each; every chain ends offline, as advised.
CHAINS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("gemini", "openrouter", "offline"), 0.40),
    (("openrouter", "offline"), 0.20),
    (("openai", "offline"), 0.15),
    (("offline",), 0.25),
)
ERRORS = (
    ("error", "429 Too Many Requests", 0.35),
    ("error", "503 Service Unavailable", 0.25),
    ("error", "Timed out after 30 s", 0.25),
    ("invalid", "The reply was empty or repeated an earlier question", 0.15),
)


@dataclass(frozen=True)
class Incident:
    """A stretch of days when one provider fails far more often than usual."""

    provider: str
    start: date
    days: int
    error_rate: float

    def covers(self, provider: str, day: date) -> bool:
        return provider == self.provider and self.start <= day < self.start + timedelta(
            days=self.days
        )


# --- the pool ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolInterview:
    """One interview run for real; sessions copy its documents, transcript and feedback."""

    role: Role
    company: str
    quality: str
    cv_text: str
    cv_filename: str
    job_description: str
    questions: tuple[str, ...]
    answers: tuple[str, ...]
    feedback: dict[str, Any]
    skills: tuple[dict[str, Any], ...]


def _pick(rng: random.Random, items: Sequence[str], k: int) -> list[str]:
    return rng.sample(list(items), min(k, len(items)))


def write_cv(
    rng: random.Random, role: Role, quality: str, year: int = 2025
) -> tuple[str, str, list[str]]:
    """A CV for `role` written in `year`: returns its text, a file name and the skills it names."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    years = {"strong": rng.randint(6, 12), "average": rng.randint(3, 7), "weak": rng.randint(1, 3)}
    years_in = years[quality]
    have = _pick(rng, role.skills, max(2, round(len(role.skills) * SKILL_SHARE[quality])))
    have += _pick(rng, role.extras, rng.randint(1, 3))
    tagline = {
        "strong": "Known for measurable results and clear communication.",
        "average": "Reliable team member who enjoys learning new tools.",
        "weak": "Hard-working and motivated, looking for the next step.",
    }[quality]
    lines = [
        f"{first} {last}",
        f"{role.title} — {years_in} years of experience",
        "",
        "Profile",
        f"{role.title} with hands-on experience in {', '.join(have[:3])}. {tagline}",
        "",
        "Experience",
    ]
    now = year
    split = now - max(1, years_in // 2)
    periods = (f"{split} - present", f"{now - years_in} - {split}")
    for employer, period in zip(_pick(rng, role.employers, 2), periods, strict=False):
        lines.append(f"{role.title}, {employer} ({period})")
        for _ in range(3 if quality != "weak" else 2):
            action = rng.choice(role.actions)
            bullet = f"- {action[0].upper()}{action[1:]} for {rng.choice(role.projects)}"
            bullet += f" ({rng.choice(have)})"
            if quality != "weak":
                bullet += "; " + rng.choice(role.results).format(n=rng.randint(12, 60))
            lines.append(bullet + ".")
    school = rng.choice(("Leeds", "Porto", "Utrecht", "Toronto", "Glasgow", "Lyon"))
    lines += ["", "Education", f"BSc, University of {school}", "", "Skills: " + ", ".join(have)]
    filename = f"{first.lower()}-{last.lower()}-cv.{rng.choice(('pdf', 'docx', 'md'))}"
    return "\n".join(lines) + "\n", filename, have


_CULTURE = (
    "You will join a friendly team that values ownership and learning.",
    "We are a small, busy team; you will have real responsibility from day one.",
    "We work in a hybrid way, with two days a week together in the office.",
    "You will report to the head of the department and work across several teams.",
)


def write_job_description(rng: random.Random, role: Role, company: str) -> str:
    """A job posting for `role` at `company`, naming its requirements."""
    years = rng.randint(2, 6)
    required = _pick(rng, role.skills, rng.randint(5, len(role.skills)))
    nice = _pick(rng, role.extras, 2)
    lines = [
        f"{role.title} — {company}",
        "",
        "About the role",
        f"{company} is hiring a {role.title} to {role.mission}. {rng.choice(_CULTURE)}",
        "",
        "What you will do",
        *(f"- {d}" for d in role.duties),
        "",
        "What we are looking for",
        f"- {years}+ years of experience as a {role.title} or in a similar role.",
        *(f"- Experience with {s}." for s in required),
        "- Clear written and spoken communication.",
        "",
        "Nice to have",
        *(f"- {s}" for s in nice),
    ]
    return "\n".join(lines) + "\n"


_CLOSING_HINTS = ("90 days", "questions for us", "questions do you have", "why do you want")


def write_answer(
    rng: random.Random, role: Role, quality: str, skills: Sequence[str], question: str
) -> str:
    """A candidate's answer of the given quality, about a skill the question names if any."""
    lowered = question.lower()
    named = [s for s in (*role.skills, *skills) if s.lower() in lowered]
    skill = named[0] if named else rng.choice(list(skills))
    project = rng.choice(role.projects)
    employer = rng.choice(role.employers)
    action = rng.choice(role.actions)
    result = rng.choice(role.results).format(n=rng.randint(15, 70))
    # A candidate's level wobbles from answer to answer.
    level = quality
    roll = rng.random()
    if quality == "strong" and roll < 0.15:
        level = "average"
    elif quality == "average" and roll < 0.2:
        level = rng.choice(("strong", "weak"))
    elif quality == "weak" and roll < 0.15:
        level = "average"
    if any(hint in lowered for hint in _CLOSING_HINTS):
        if level == "weak":
            return "I'd just get to know everyone and see how things go. No questions really."
        return (
            f"In the first month I would listen: meet the team, read up on {project} and learn "
            f"how success is measured. By day 60 I'd own a first piece of work using {skill}, and "
            f"by day 90 I'd want one measurable win. My question for you: what would make this "
            f"hire a success in a year?"
        )
    if level == "strong":
        return rng.choice(
            (
                f"At {employer} I was responsible for {project}, which had become a real "
                f"problem for the team. My task was to fix it without slowing everyone else "
                f"down. I {action}; {skill} was central to how I did it, and I kept "
                f"stakeholders updated every week so there were no surprises. As a result, "
                f"{result}. What I learned is to measure first and agree what success looks "
                f"like before starting, and I now do that on every project.",
                f"A good example is {project} at {employer}. The situation was that we kept "
                f"missing our targets and nobody owned the problem, so I volunteered. I "
                f"{action}, and I used {skill} to get there. Within three months {result}. "
                f"Looking back, I would involve the wider team earlier, because their ideas "
                f"made the second half of the work much faster.",
            )
        )
    if level == "average":
        return rng.choice(
            (
                f"In my last job at {employer} we worked on {project}. {skill} was a big part "
                f"of it; I {action}. It went well overall and the team was happy with how it "
                f"turned out.",
                f"We had something similar with {project}. I was one of the people working on "
                f"it and I {action}. I think it improved things quite a bit, and I learned a "
                f"lot about {skill} along the way.",
            )
        )
    return rng.choice(
        (
            f"I haven't really used {skill} much, but I'm a quick learner and I'd pick it up.",
            "Um, I think I would just, you know, try my best and ask the team for help.",
            f"We did something like that with {project}, I was kind of involved in it.",
            "I'm a hard worker and I get on with everyone, so it would be fine.",
        )
    )


def default_scorer() -> Scorer:
    """The real offline scorer: `feedback.score_interview` then `feedback.feedback_rows`."""
    from . import feedback  # imported late: the demo's other parts do not need it

    def score(ctx: InterviewContext) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        # No wall-clock time in the payload, so a seed reproduces a run exactly; the
        # stored row's created_at is what readers see.
        report = feedback.score_interview(ctx).model_copy(update={"generated_at": None})
        row, skills = feedback.feedback_rows(0, report)
        return dict(row), [dict(s) for s in skills]

    return score


def default_interviewer() -> Provider:
    """The real offline interviewer."""
    from .ai.offline import OfflineProvider

    return OfflineProvider()


def build_pool(
    size: int,
    seed: int,
    interviewer: Provider,
    scorer: Scorer,
    progress: Callable[[int, int], None] | None = None,
    year: int = 2025,
) -> list[PoolInterview]:
    """Run `size` distinct interviews for real: documents, 8 questions, answers, feedback."""
    rng = random.Random(f"pool-{seed}")
    pool: list[PoolInterview] = []
    for i in range(size):
        role = ROLES[i % len(ROLES)]
        company = rng.choice(role.hirers)
        quality = rng.choices(QUALITIES, QUALITY_WEIGHTS)[0]
        cv_text, cv_filename, cv_skills = write_cv(rng, role, quality, year)
        jd = write_job_description(rng, role, company)
        turns: list[Turn] = []
        for _ in range(MAX_QUESTIONS):
            ctx = InterviewContext(role.title, company, cv_text, jd, tuple(turns))
            question = "".join(interviewer.stream_question(ctx).chunks).strip()
            answer = write_answer(rng, role, quality, cv_skills, question)
            turns.append(Turn(question=question, answer=answer))
        row, skills = scorer(InterviewContext(role.title, company, cv_text, jd, tuple(turns)))
        pool.append(
            PoolInterview(
                role=role,
                company=company,
                quality=quality,
                cv_text=cv_text,
                cv_filename=cv_filename,
                job_description=jd,
                questions=tuple(t.question for t in turns),
                answers=tuple(t.answer or "" for t in turns),
                feedback=row,
                skills=tuple(skills),
            )
        )
        if progress:
            progress(i + 1, size)
    return pool


def pool_size_for(sessions: int) -> int:
    """A pool big enough to look varied, small enough to build in seconds."""
    return max(MIN_POOL, min(MAX_POOL, sessions // 20))


# --- simulating sessions ----------------------------------------------------------------


@dataclass
class Rows:
    """Rows waiting to be written; session keys are indexes into `sessions`."""

    sessions: list[dict[str, Any]] = field(default_factory=list)
    messages: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    calls: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    feedback: list[tuple[int, PoolInterview, dict[str, Any]]] = field(default_factory=list)


def _creation_times(rng: random.Random, n: int, end: date, days: int) -> list[datetime]:
    """`n` creation instants over `days` days ending on `end`: busier weekdays, steady growth."""
    first = end - timedelta(days=days - 1)
    day_list = [first + timedelta(days=d) for d in range(days)]
    weights = [
        (1.0 + 0.6 * d / max(days - 1, 1)) * (0.45 if day.weekday() >= 5 else 1.0)
        for d, day in enumerate(day_list)
    ]
    hours = list(range(24))
    hour_weights = [0.2 if h < 7 or h > 21 else 1.5 if 9 <= h <= 17 else 0.8 for h in hours]
    picked_days = rng.choices(day_list, weights, k=n)
    picked_hours = rng.choices(hours, hour_weights, k=n)
    out = [
        datetime(d.year, d.month, d.day, h, tzinfo=UTC) + timedelta(seconds=rng.uniform(0, 3600))
        for d, h in zip(picked_days, picked_hours, strict=True)
    ]
    out.sort()  # rows arrive in time order in a real database too
    return out


def _incidents(rng: random.Random, end: date, days: int) -> list[Incident]:
    first = end - timedelta(days=days - 1)
    out = []
    for provider in ("gemini", "openrouter", "gemini", "openai"):
        start = first + timedelta(days=rng.randrange(max(days - 3, 1)))
        out.append(Incident(provider, start, rng.randint(1, 3), rng.uniform(0.2, 0.45)))
    return out


class _Simulator:
    """Turns a pool interview and a creation time into one session's rows."""

    def __init__(self, rng: random.Random, pool: list[PoolInterview], incidents: list[Incident]):
        self.rng = rng
        self.pool = pool
        self.incidents = incidents
        self.chains = [c for c, _ in CHAINS]
        self.chain_weights = [w for _, w in CHAINS]
        self.owners = [f"{DEMO_OWNER_PREFIX}{i:03d}" for i in range(1, 151)]
        self.offline_model = PROFILES["offline"].model

    def _error_rate(self, provider: str, day: date) -> float:
        rate = PROFILES[provider].error_rate
        for incident in self.incidents:
            if incident.covers(provider, day):
                rate = max(rate, incident.error_rate)
        return rate

    def _call(
        self, chain: tuple[str, ...], purpose: str, started: datetime, question: int
    ) -> tuple[list[dict[str, Any]], str, bool, datetime]:
        """Walk the chain; returns the call rows, who answered, fallback, and when it ended."""
        rng = self.rng
        rows: list[dict[str, Any]] = []
        at = started
        for position, provider in enumerate(chain):
            profile = PROFILES[provider]
            model = self.offline_model if provider == "offline" else profile.model
            failed = rng.random() < self._error_rate(provider, at.date())
            scale = 2.5 if purpose == "feedback" else 1.0
            if failed:
                outcome, message, _ = rng.choices(ERRORS, [e[2] for e in ERRORS])[0]
                latency = 30_000.0 if message.startswith("Timed out") else rng.uniform(120, 700)
            else:
                outcome, message = "ok", None
                latency = profile.median_ms * scale * math.exp(rng.gauss(0, profile.spread))
            tokens_in = (1_200 + 350 * question + rng.randint(0, 400)) if profile.tokens else None
            tokens_out = (
                (rng.randint(40, 110) if purpose == "question" else rng.randint(600, 1400))
                if profile.tokens and outcome == "ok"
                else None
            )
            rows.append(
                {
                    "provider": provider,
                    "model": model,
                    "purpose": purpose,
                    "started_at": at,
                    "latency_ms": round(latency, 1),
                    "tokens_in": tokens_in,
                    "tokens_out": tokens_out,
                    "outcome": outcome,
                    "error": message,
                    "fallback": position > 0,
                }
            )
            at = at + timedelta(milliseconds=latency)
            if outcome == "ok":
                return rows, provider, position > 0, at
        raise AssertionError("every chain ends with the offline provider, which does not fail")

    def session(self, created: datetime, out: Rows) -> None:
        """Append one session's rows to `out`."""
        rng = self.rng
        item = self.pool[rng.randrange(len(self.pool))]
        key = len(out.sessions)
        fate = rng.random()
        has_documents = fate >= 0.04
        started = fate >= 0.09
        chain = rng.choices(self.chains, self.chain_weights)[0]
        now = created + timedelta(seconds=rng.uniform(60, 900))  # uploading the documents
        asked = answered = 0
        if started:
            drop = DROP_PER_QUESTION[item.quality]
            for q in range(1, MAX_QUESTIONS + 1):
                calls, provider, fallback, now = self._call(chain, "question", now, q)
                out.calls.extend((key, c) for c in calls)
                out.messages.append(
                    (
                        key,
                        {
                            "role": "assistant",
                            "question_index": q,
                            "content": item.questions[q - 1],
                            "content_chars": len(item.questions[q - 1]),
                            "timestamp": now,
                            "provider": provider,
                            "fallback": fallback,
                        },
                    )
                )
                asked = q
                if rng.random() < drop:
                    break
                answer = item.answers[q - 1]
                # Reading, thinking and typing: longer answers take longer.
                now += timedelta(seconds=rng.uniform(30, 90) + len(answer) / rng.uniform(2.5, 5))
                out.messages.append(
                    (
                        key,
                        {
                            "role": "user",
                            "question_index": q,
                            "content": answer,
                            "content_chars": len(answer),
                            "timestamp": now,
                            "provider": None,
                            "fallback": False,
                        },
                    )
                )
                answered = q
        complete = answered == MAX_QUESTIONS
        completed_at = now if complete else None
        if complete and rng.random() < 0.97:
            calls, provider, fallback, now = self._call(chain, "feedback", now, MAX_QUESTIONS)
            out.calls.extend((key, c) for c in calls)
            row = dict(item.feedback)
            row["generated_by"] = provider
            row["fallback"] = fallback
            row["created_at"] = now
            out.feedback.append((key, item, row))
        out.sessions.append(
            {
                "owner": rng.choice(self.owners),
                "job_title": item.role.title,
                "company_name": item.company,
                "cv_text": item.cv_text if has_documents else None,
                "cv_filename": item.cv_filename if has_documents else None,
                "job_description": item.job_description if has_documents else None,
                "question_count": asked,
                "answer_count": answered,
                "is_complete": complete,
                "created_at": created,
                "updated_at": now,
                "completed_at": completed_at,
            }
        )


# --- writing ----------------------------------------------------------------------------

_MESSAGE_COLUMNS = (
    "session_id",
    "role",
    "question_index",
    "content",
    "content_chars",
    "timestamp",
    "provider",
    "fallback",
)
_CALL_COLUMNS = (
    "session_id",
    "provider",
    "model",
    "purpose",
    "started_at",
    "latency_ms",
    "tokens_in",
    "tokens_out",
    "outcome",
    "error",
    "fallback",
)
_SESSION_COLUMNS = (
    "id",
    "owner",
    "job_title",
    "company_name",
    "cv_text",
    "cv_filename",
    "job_description",
    "question_count",
    "answer_count",
    "is_complete",
    "created_at",
    "updated_at",
    "completed_at",
)
_FEEDBACK_COLUMNS = (
    "id",
    "session_id",
    "score",
    "overall_score",
    "relevance",
    "structure",
    "evidence",
    "communication",
    "generated_by",
    "fallback",
    "payload",
    "created_at",
)


class _Writer(Protocol):
    def write(self, conn: Connection, rows: Rows) -> None: ...


def _feedback_row(row: dict[str, Any], session_id: int) -> dict[str, Any]:
    values = {k: row[k] for k in _FEEDBACK_COLUMNS if k in row and k != "id"}
    values["session_id"] = session_id
    return values


class CoreWriter:
    """Any database: SQLAlchemy Core executemany, ids back through RETURNING."""

    def write(self, conn: Connection, rows: Rows) -> None:
        """Insert one batch inside the caller's transaction."""
        session_table: Table = InterviewSession.__table__  # type: ignore[assignment]
        result = conn.execute(
            insert(session_table).returning(session_table.c.id, sort_by_parameter_order=True),
            rows.sessions,
        )
        ids = [r[0] for r in result]
        if rows.messages:
            conn.execute(
                insert(Message.__table__),  # type: ignore[arg-type]
                [{"session_id": ids[k], **m} for k, m in rows.messages],
            )
        if rows.calls:
            conn.execute(
                insert(ModelCall.__table__),  # type: ignore[arg-type]
                [{"session_id": ids[k], **c} for k, c in rows.calls],
            )
        if rows.feedback:
            fb_table: Table = Feedback.__table__  # type: ignore[assignment]
            fb_ids = [
                r[0]
                for r in conn.execute(
                    insert(fb_table).returning(fb_table.c.id, sort_by_parameter_order=True),
                    [_feedback_row(row, ids[k]) for k, _, row in rows.feedback],
                )
            ]
            skill_rows = [
                {**s, "feedback_id": fid, "session_id": ids[k]}
                for (k, item, _), fid in zip(rows.feedback, fb_ids, strict=True)
                for s in item.skills
            ]
            if skill_rows:
                conn.execute(insert(FeedbackSkill.__table__), skill_rows)  # type: ignore[arg-type]


class CopyWriter:
    """PostgreSQL: ids from the sequences, then COPY, several times faster than INSERT."""

    def _ids(self, conn: Connection, table: str, n: int) -> list[int]:
        # pg_get_serial_sequence finds the sequence whatever it was named.
        seq = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table}', 'id')").scalar_one()
        return list(
            conn.exec_driver_sql(
                "SELECT nextval(%(seq)s) FROM generate_series(1, %(n)s)", {"seq": seq, "n": n}
            ).scalars()
        )

    def _copy(
        self, conn: Connection, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]
    ) -> None:
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def write(self, conn: Connection, rows: Rows) -> None:
        """Insert one batch inside the caller's transaction."""
        ids = self._ids(conn, "interview_sessions", len(rows.sessions))
        self._copy(
            conn,
            "interview_sessions",
            _SESSION_COLUMNS,
            (
                (sid, *(s[c] for c in _SESSION_COLUMNS[1:]))
                for sid, s in zip(ids, rows.sessions, strict=True)
            ),
        )
        self._copy(
            conn,
            "messages",
            _MESSAGE_COLUMNS,
            ((ids[k], *(m[c] for c in _MESSAGE_COLUMNS[1:])) for k, m in rows.messages),
        )
        self._copy(
            conn,
            "model_calls",
            _CALL_COLUMNS,
            ((ids[k], *(c[col] for col in _CALL_COLUMNS[1:])) for k, c in rows.calls),
        )
        if not rows.feedback:
            return
        fb_ids = self._ids(conn, "feedback", len(rows.feedback))
        payloads: dict[int, str] = {}  # one JSON text per pool interview, not per session

        def feedback_rows() -> Iterator[tuple[Any, ...]]:
            for fid, (k, item, row) in zip(fb_ids, rows.feedback, strict=True):
                values = _feedback_row(row, ids[k])
                payload = payloads.setdefault(id(item), json.dumps(values["payload"]))
                yield (
                    fid,
                    *(payload if c == "payload" else values[c] for c in _FEEDBACK_COLUMNS[1:]),
                )

        self._copy(conn, "feedback", _FEEDBACK_COLUMNS, feedback_rows())
        self._copy(
            conn,
            "feedback_skills",
            ("feedback_id", "session_id", "skill", "status"),
            (
                (fid, ids[k], s["skill"], s["status"])
                for (k, item, _), fid in zip(rows.feedback, fb_ids, strict=True)
                for s in item.skills
            ),
        )


# --- the command ------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What a run wrote."""

    sessions: int
    messages: int
    model_calls: int
    feedback: int
    pool: int
    seconds: float


class ProgressLine:
    """A one-line progress display on a text stream (stderr by default)."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.started = time.perf_counter()
        self._last = 0.0

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < total and now - self._last < 0.2:
            return
        self._last = now
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        self.stream.write(
            f"\r{label:<9} [{bar:<30}] {done:>9,}/{total:,} {share:>4.0%} "
            f"{now - self.started:6.1f}s"
        )
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def remove_demo_sessions(db: Database) -> int:
    """Delete every session the demo generator made (and their rows); returns how many."""
    demo = select(InterviewSession.id).where(InterviewSession.owner.startswith(DEMO_OWNER_PREFIX))
    with db.engine.begin() as conn:
        conn.execute(delete(ModelCall).where(ModelCall.session_id.in_(demo)))
        conn.execute(delete(FeedbackSkill).where(FeedbackSkill.session_id.in_(demo)))
        conn.execute(delete(Feedback).where(Feedback.session_id.in_(demo)))
        conn.execute(delete(Message).where(Message.session_id.in_(demo)))
        result = conn.execute(
            delete(InterviewSession).where(InterviewSession.owner.startswith(DEMO_OWNER_PREFIX))
        )
        return result.rowcount or 0


def generate(
    db: Database,
    sessions: int,
    *,
    seed: int = 7,
    end: date | None = None,
    days: int = DEFAULT_DAYS,
    pool_size: int | None = None,
    interviewer: Provider | None = None,
    scorer: Scorer | None = None,
    progress: ProgressLine | None = None,
    batch: int = BATCH_SESSIONS,
) -> DemoSummary:
    """Add `sessions` demo sessions created over the `days` days ending on `end` (today)."""
    if sessions < 1:
        raise ValueError("The number of sessions must be at least 1.")
    if days < 1:
        raise ValueError("The number of days must be at least 1.")
    started = time.perf_counter()
    end = end or datetime.now(UTC).date()
    report = progress or ProgressLine(enabled=False)
    size = pool_size or pool_size_for(sessions)
    pool = build_pool(
        size,
        seed,
        interviewer or default_interviewer(),
        scorer or default_scorer(),
        progress=lambda done, total: report("pool", done, total),
        year=end.year,
    )
    rng = random.Random(f"sessions-{seed}")
    simulator = _Simulator(rng, pool, _incidents(rng, end, days))
    times = _creation_times(rng, sessions, end, days)
    writer: _Writer = CopyWriter() if db.dialect == "postgresql" else CoreWriter()
    counts = {"messages": 0, "calls": 0, "feedback": 0}
    for offset in range(0, sessions, batch):
        rows = Rows()
        for created in times[offset : offset + batch]:
            simulator.session(created, rows)
        with db.engine.begin() as conn:
            writer.write(conn, rows)
        counts["messages"] += len(rows.messages)
        counts["calls"] += len(rows.calls)
        counts["feedback"] += len(rows.feedback)
        report("sessions", min(offset + batch, sessions), sessions)
    _refresh_statistics(db)
    return DemoSummary(
        sessions=sessions,
        messages=counts["messages"],
        model_calls=counts["calls"],
        feedback=counts["feedback"],
        pool=len(pool),
        seconds=time.perf_counter() - started,
    )


def _refresh_statistics(db: Database) -> None:
    """Fresh planner statistics, so the new rows are planned for at once.

    On PostgreSQL, VACUUM also marks the new pages all-visible, as autovacuum would soon
    after a bulk load, which lets the dashboard's covering indexes answer on their own.
    """
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if db.dialect == "postgresql":
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.exec_driver_sql(f"VACUUM ANALYZE {tables}")
        else:
            conn.exec_driver_sql("ANALYZE")


def count_rows(db: Database) -> dict[str, int]:
    """Rows per table, for reports."""
    tables = {
        "sessions": InterviewSession,
        "messages": Message,
        "feedback": Feedback,
        "feedback_skills": FeedbackSkill,
        "model_calls": ModelCall,
    }
    with db.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(model)).scalar_one()
            for name, model in tables.items()
        }
