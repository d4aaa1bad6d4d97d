"""The interviewer's wording: plan items and follow-ups rendered as questions."""

from __future__ import annotations

from collections.abc import Sequence

from ..language.skills import Skill, display_term, is_credential
from .phrases import (
    article,
    as_candidate_clause,
    as_duty,
    jd_sentence,
    stable_int,
    trim_to_clause,
)
from .plan import (
    GENERIC,
    SOFT_PROMPTS,
    Asked,
    Documents,
    PlanItem,
    clause_with,
    is_quotable,
    related_cv_skill,
    role_kind,
    term_for,
)


class Renderer:
    """Turns plan items and follow-ups into interviewer's wording."""

    def __init__(self, docs: Documents) -> None:
        self.docs = docs

    def _variant(self, key: str, options: Sequence[str], shift: int = 0) -> str:
        return options[(stable_int(str(self.docs.seed), key) + shift) % len(options)]

    @property
    def title(self) -> str:
        return self.docs.job_title.strip() or "this"

    @property
    def company(self) -> str:
        return self.docs.company.strip() or "our company"

    # -- opener and closing --

    def opener(self) -> list[str]:
        role = self.docs.cv.current_role
        t, c = self.title, self.company
        if role is None or not (role.title or role.employer):
            return [
                f"To start, could you give me a short overview of your background and what "
                f"draws you to the {t} role at {c}?",
                f"Let's begin with you: how would you sum up your experience so far, and why "
                f"does the {t} position at {c} appeal to you?",
                f"To open, tell me a little about the path that led you to apply for the {t} "
                f"role at {c}, and what you'd bring to it?",
            ]
        where = f" at {role.employer}" if role.employer else ""
        if role.title:
            as_title = f"as {article(role.title)} {role.title}{where}"
            being = f"{article(role.title)} {role.title}{where}"
        else:
            as_title = being = f"at {role.employer}"
        if role.is_current:
            now = f"you're currently {being}"
        else:
            now = f"you most recently worked {as_title}"
        years = self.docs.cv.years_experience
        if years and years > 1:
            shows = f"Your CV shows {years} years of experience, most recently {as_title}."
        else:
            shows = f"Your CV shows your most recent work {as_title}."
        return [
            f"To start, could you walk me through your background, in particular your time "
            f"{as_title}, and what draws you to the {t} role at {c}?",
            f"Let's begin with your current position: {now}. What from that experience do "
            f"you think carries over most directly to the {t} role here at {c}?",
            f"{shows} What made you apply for the {t} role at {c}, and how has that work "
            f"prepared you for it?",
        ]

    def closing(self) -> list[str]:
        t, c = self.title, self.company
        return [
            f"To finish: if you joined {c} as {t}, what would you want to have achieved by "
            f"the end of your first 90 days?",
            f"We're at the last question. What would success look like for you after your "
            f"first 90 days at {c}, and what would you need from the team to get there?",
            f"Before we wrap up: why this {t} role at {c} in particular, and what questions "
            f"do you have for us?",
            f"Finally, looking ahead: what would you focus on in your first 90 days as {t} at "
            f"{c}, and what questions do you have for us?",
        ]

    # -- planned items --

    def _jd_link(self, item: PlanItem) -> str:
        if item.jd_line:
            return jd_sentence(item.jd_line)
        assert item.skill is not None
        term = term_for(self.docs, item.skill)
        return f"{term[:1].upper()}{term[1:]} is a big part of this role."

    def deep(self, item: PlanItem) -> list[str]:
        assert item.skill is not None
        skill = item.skill
        term = term_for(self.docs, skill)
        link = self._jd_link(item)
        mention = item.cv
        people_work = skill.category in ("domain", "soft")
        if mention is not None and is_quotable(mention):
            if mention.employer:
                at = f" at {mention.employer}"
            elif mention.section == "projects":
                at = " in a project"
            else:
                at = ""
            piece = clause_with(mention.text, skill)
            clause = as_candidate_clause(piece, term)
            said = clause if clause else f'"{trim_to_clause(piece, term)}"'
            cite = f"Your CV mentions {term}{at}: {said}."
            if people_work:
                endings = [
                    "Can you talk me through a specific situation from that work: what you "
                    "did, and how it turned out?",
                    f"Tell me about one case where your {term} was really tested: what did "
                    f"you do, and what happened?",
                    f"How did you approach it day to day, and what would you do differently "
                    f"at {self.company}?",
                ]
            else:
                endings = [
                    f"Walk me through one piece of that {term} work in detail: what problem "
                    f"were you solving, what did you decide, and why?",
                    f"What was the hardest {term} decision you made there, and what trade-offs "
                    f"did you weigh?",
                    f"How did you approach it, and what would you do differently if you built "
                    f"it again for {self.company}?",
                ]
        else:
            if mention is not None and mention.section == "summary":
                cite = f"Your CV summary highlights {term}."
            else:
                cite = f"Your CV lists {term} among your skills."
            if people_work:
                endings = [
                    f"Tell me about the situation where your {term} mattered most: what did "
                    f"you do, and how did it turn out?",
                    f"Where have you relied on {term} most, and what would you do differently "
                    f"at {self.company}?",
                ]
            else:
                endings = [
                    f"Tell me about the most demanding {term} work you've done: what was the "
                    f"problem, what did you do, and why?",
                    f"Where have you used {term} most seriously, and what was the hardest "
                    f"decision you made with it?",
                ]
        return [f"{cite} {link} {e}" for e in endings]

    def gap(self, item: PlanItem) -> list[str]:
        assert item.skill is not None
        skill = item.skill
        term = term_for(self.docs, skill)
        cap = term[:1].upper() + term[1:]
        link = self._jd_link(item)
        related = related_cv_skill(self.docs, skill)
        near = f", though it does mention {term_for(self.docs, related)}" if related else ""
        like = f", such as {term_for(self.docs, related)}" if related else ""
        extra = f" {link}" if item.jd_line else ""
        c = self.company
        if skill.category in ("domain", "practice", "soft"):
            return [
                f"{link} I don't see {term} on your CV{near}. What experience do you have of "
                f"it, and how would you build it up in your first months at {c}?",
                f"One thing I couldn't find on your CV is {term}, which matters here.{extra} "
                f"Have you done anything close to it{like}, and how would you close that gap?",
                f"{link} {cap} doesn't come up in your CV{near}. What exposure have you had to "
                f"it, and how would you get up to speed?",
            ]
        return [
            f"{link} I don't see {term} on your CV{near}. What experience do you have with it, "
            f"and how would you get up to speed in your first months at {c}?",
            f"One thing I couldn't find on your CV is {term}, which matters here.{extra} Have "
            f"you worked with it, or with something close to it{like}, and how would you close "
            f"that gap?",
            f"{link} {cap} doesn't come up in your CV{near}. What exposure have you had to it, "
            f"and how would you build it up quickly?",
        ]

    def soft(self, item: PlanItem) -> list[str]:
        name = item.key.split(":", 1)[1]
        prompts = SOFT_PROMPTS.get(name, {})
        skill = item.skill
        term = display_term(skill) if skill else name.lower()
        prompt = prompts.get(self.docs.job.family) or prompts.get(
            "default", f"a time your {term} made a real difference at work"
        )
        star = "what was the situation, what did you do, and what was the result?"
        options = [
            f"The {self.title} role calls for {term}. Tell me about {prompt}: {star}",
            f"Let's talk about {term}. Describe {prompt}: what was at stake, what did you do "
            f"yourself, and how did it turn out?",
            f"{self.company} needs {term} in this role. Can you tell me about {prompt}, "
            f"walking me through the situation, your actions and the outcome?",
        ]
        if item.payload == "default":
            options = [
                f"Let's talk about {term}. Describe {prompt}: what was at stake, what did you "
                f"do yourself, and how did it turn out?",
                f"Let's turn to {term}. Tell me about {prompt}: {star}",
                f"Thinking about the {self.title} role at {self.company}, tell me about "
                f"{prompt}: {star}",
            ]
        mention = item.cv
        if mention is not None and mention.employer:
            clause = as_candidate_clause(
                clause_with(mention.text, skill) if skill else mention.text
            )
            if clause:
                # The CV already claims it: ask for the story behind the claim, first.
                return [
                    f"Your CV says that at {mention.employer} {clause}. Thinking about "
                    f"{term}, tell me about {prompt}: {star}"
                ]
        return options

    def project(self, item: PlanItem) -> list[str]:
        text = item.payload
        achievement = next((a for a in self.docs.cv.projects if a.text == text), None)
        employer = achievement.employer if achievement else None
        clause = as_candidate_clause(text)
        quote = trim_to_clause(text)
        if clause and employer:
            lead = f"Your CV says that at {employer} {clause}."
        else:
            lead = f'I\'d like to hear more about this line on your CV: "{quote}".'
        return [
            f"{lead} What was your own part in that, and how did you get to that result?",
            f"{lead} Where did it start, what did you personally do, and what got in the way?",
            f"{lead} How would you apply what you learned there as {self.title} at {self.company}?",
        ]

    def duty(self, item: PlanItem) -> list[str]:
        sentence = jd_sentence(item.payload)
        return [
            f"{sentence} Tell me about the closest thing you've done to that: what was your "
            f"part, and how did it go?",
            f"{sentence} What in your experience so far has prepared you for that, and can "
            f"you give me an example?",
            f"{sentence} How would you approach that in your first months at {self.company}?",
        ]

    def role(self, item: PlanItem) -> list[str]:
        job = self.docs.job
        kind = role_kind(job)
        t, c = self.title, self.company
        duty = as_duty(item.payload) if item.payload else None

        top = [term_for(self.docs, s) for s in job.skills if not is_credential(s)][:2]
        stack = " and ".join(top) if top else f"the way {c} works"
        if kind == "manager":
            return [
                f"As {t} at {c} you'd be responsible for other people's work. How would you set "
                f"direction for the team in your first months, and how would you handle "
                f"someone who is struggling?",
                f"As {t} at {c}, how would you decide what your team works on, and how would "
                f"you know whether it is working?",
            ]
        if kind == "junior":
            return [
                f"Tell me about something you had to learn quickly for work or study: how did "
                f"you go about it, and how would you get up to speed on {stack} at {c}?",
                f"If you joined {c} as {t}, how would you go about learning {stack} in your first "
                f"weeks, and how would you know when to ask for help?",
            ]
        if job.family == "technical" and kind == "senior":
            task = duty or f"design a core service for the {t} team"
            return [
                f"Imagine your first big project at {c} is to {task}. How would you approach "
                f"the design: the main components, the trade-offs, and how you'd know it was "
                f"working?",
                f"Suppose {c} asked you to {task}. Walk me through the architecture you'd "
                f"start with, what you'd expect to break first as it grows, and why?",
            ]
        if job.family == "data" and kind == "senior":
            task = duty or f"answer a key question for the {t} team"
            return [
                f"Imagine {c} asks you to {task}. How would you design the analysis: what "
                f"data you'd need, which method you'd choose, and how you'd make sure the "
                f"result can be trusted?",
                f"Suppose your first project at {c} is to {task}. Walk me through how you'd "
                f"scope it, what could mislead you in the data, and how you'd present the "
                f"findings?",
            ]
        if job.family == "sales" and kind == "senior":
            task = duty or "win a large new account"
            return [
                f"Picture a large opportunity at {c} where you'd need to {task}. Walk me "
                f"through how you'd run it: who you'd engage and in what order, how you'd "
                f"qualify it, and how you'd keep it from stalling?",
                f"Suppose you're working an opportunity at {c} that needs you to {task}. How "
                f"would you map the buying group, qualify the opportunity, and keep it moving "
                f"to signature?",
            ]
        if job.family == "sales":
            return [
                f"Say it's the last month of the quarter at {c}: you're behind your number and "
                f"have more opportunities than time. How do you decide where to spend your "
                f"week?",
            ]
        if job.family == "healthcare":
            busy = (
                "triaging new arrivals"
                if any(s.name == "Triage" for s in job.skills)
                else ("looking after your patients")
            )
            return [
                f"Imagine a busy shift at {c}: you're {busy} when one of your patients starts "
                f"to deteriorate and a relative asks to speak to you urgently. How would you "
                f"prioritise, and who would you escalate to?",
                f"Picture a shift at {c} where you're short-staffed and {busy}. How would you "
                f"decide what comes first, and how would you keep every patient safe?",
            ]
        if job.family in ("technical", "data"):
            return [
                f"Imagine your first month as {t} at {c}: two people each ask you for something "
                f"urgent involving {stack} by Friday, and you can't do both. What would you do?",
            ]
        if job.is_senior:
            task = duty or f"own an important area of work as {t}"
            return [
                f"Tell me about the most complex piece of work you've owned end to end, and "
                f"how you'd use what you learned to {task} at {c}?",
            ]
        return [
            f"Imagine your first month as {t} at {c}: two people each ask you for something "
            f"urgent by Friday, and you can't do both. What would you do?",
        ]

    def generic(self, item: PlanItem) -> list[str]:
        index = int(item.key.split(":", 1)[1])
        a_title = f"{article(self.title)} {self.title}"
        return [GENERIC[index].format(title=self.title, company=self.company, a_title=a_title)]

    def planned(self, item: PlanItem, ordinal: int = 0) -> list[str]:
        """Candidate wordings for a planned item, the preferred one first.

        `ordinal` is the item's place among planned items of its kind, so two behavioural
        questions in one interview start from different wordings.
        """
        options = {
            "deep": self.deep,
            "gap": self.gap,
            "soft": self.soft,
            "project": self.project,
            "duty": self.duty,
            "generic": self.generic,
        }
        found = self.role(item) if item.kind == "role" else options[item.kind](item)
        return rotate(found, stable_int(str(self.docs.seed), item.kind) + ordinal)

    # -- follow-ups --

    def _topic(self, asked: Asked) -> str:
        if asked.skill is not None and asked.kind in ("deep", "tangent"):
            where = f" at {asked.where}" if asked.where else ""
            return f" of your work with {term_for(self.docs, asked.skill)}{where}"
        if asked.skill is not None and asked.kind == "soft":
            return f" involving {display_term(asked.skill)}"
        if asked.skill is not None and asked.kind == "gap":
            return (
                f" of how you picked up something like {term_for(self.docs, asked.skill)} quickly"
            )
        if asked.kind == "opener":
            role = self.docs.cv.current_role
            if role is not None and role.employer:
                return f" from your time at {role.employer} that is relevant to {self.company}"
            return f" from your own work that is relevant to {self.company}"
        return " from your own work"

    def example_followup(self, asked: Asked) -> list[str]:
        topic = self._topic(asked)
        return [
            f"Could you make that more concrete by picking one specific example{topic}: what "
            f"was the situation, what did you do yourself, and what happened?",
            f"Let's go one level deeper: can you give me one concrete example{topic}, with the "
            f"details of what you personally did?",
            f"Can you walk me through a specific example{topic}, so I understand exactly what "
            f"your part was?",
        ]

    def outcome_followup(self, asked: Asked) -> list[str]:
        if asked.skill is not None and asked.kind in ("deep", "tangent"):
            what = f"that {term_for(self.docs, asked.skill)} work"
        elif asked.kind == "soft":
            what = "that situation"
        else:
            what = "that"
        return [
            f"What was the result of {what}, and how did you measure it?",
            f"How did {what} turn out: what changed as a result, and how did you measure it?",
            f"What was the outcome of {what} in concrete terms, and how did you or the team "
            f"measure whether it worked?",
        ]

    def tangent_followup(self, skill: Skill, answer: str) -> list[str]:
        term = display_term(skill, answer)  # echo the candidate's own words for it
        return [
            f"You mentioned {term}. What role did it play there, and why did you choose it "
            f"over the alternatives?",
            f"I'd like to pick up on {term}, which you just mentioned: how exactly did you use "
            f"it, and what would you do differently with it next time?",
            f"You brought up {term}. What problem was it solving in that setup, and what were "
            f"its drawbacks?",
        ]


def rotate(options: list[str], seed: int) -> list[str]:
    """All options, starting at a seed-chosen one: deterministic variety in phrasing."""
    if not options:
        return options
    start = seed % len(options)
    return options[start:] + options[:start]
