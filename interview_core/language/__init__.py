"""Reading text: one home for how the core understands CVs, job descriptions and answers.

- `profile`: the entry point — `analyse_cv(text) -> CandidateProfile` (positions, skills
  with their lines, certifications, education, header and summary kept apart) and
  `analyse_job(title, company, text) -> JobProfile` (duties as clean phrases, requirements,
  nice-to-haves; blurb, benefits and practicalities kept apart);
- `evidence`: `evidence_for(profile, skill, answers)` — does the CV (or an answer) show a
  skill, directly or by implication, and with which line; `evidence_for_text` does the
  same for a requirement in free words;
- `skills`: the lexicon (`data/skills.json`) and its matcher, implications, context-only
  aliases;
- `dates`, `layout`, `cv`, `job`: the readers' parts; `text`: the one tokeniser, stopword
  list and "same question" rule.
"""
