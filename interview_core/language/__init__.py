"""Reading text: one home for how the core understands CVs, job descriptions and answers.

- `profile`: the entry point — `analyse_cv(text) -> CandidateProfile` (positions, skills
  with their lines, the skills section's own items the lexicon does not know as
  `listed_skills` (category "listed"; `all_skills` gives every skill the CV names),
  certifications, education, header and summary kept apart) and
  `analyse_job(title, company, text) -> JobProfile` (duties as clean phrases, requirements,
  nice-to-haves; every one of them also as a `Need` in `asks`, known to the lexicon or not;
  blurb, benefits and practicalities kept apart);
- `evidence`: `evidence_for(profile, skill, answers, job=None)` — does the CV (or an
  answer) show a skill (lexicon or listed), directly or by implication, and with which
  line; with `job`, also by a term the job's line shares with the CV ("compliance with
  CDM 2015" and a CV naming CDM 2015); `evidence_for_need(profile, need, answers)` for a
  job's `Need` (only a need it finds nothing for may be called missing);
  `evidence_for_text` for a requirement in free words;
- `field_skills`: `field_skill_coverage(job, profile, answers)` — what the job asks for in
  its field's own words that the lexicon does not know ("NPTC CS30/31", "aerial rescue"),
  each demonstrated, on the CV only, or missing, matched by word family;
- `own_skills`: what a skills list or a requirement list states in its own words that is
  no skill (praise: "Hard-working"; practicalities: "Available immediately"; sentences),
  and stated items named in sentence case;
- `skills`: the lexicon (`data/skills.json`) and its matcher, implications, context-only
  aliases;
- `dates`, `layout`, `cv`, `job`: the readers' parts; `text`: the one tokeniser, stopword
  list, stemmer, named-term reader and "same question" rule.
"""
