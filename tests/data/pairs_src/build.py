"""Rebuild tests/data/feedback_pairs.json from the hand-written pairs and the sources here.

Run from the repository root: `python tests/data/pairs_src/build.py`. Hand-written pairs
(category "written") are kept as they are; the other categories are paired from the
sources in this folder:

- off_topic_vs_weak: an on-topic weak answer (from a written pair) against an off-topic
  story; the weak answer must win;
- off_topic_vs_strong: an on-topic strong answer against an off-topic story;
- rambling_vs_concise: a concise strong answer against a rambling one to the same question;
- forward_looking: closing, situational and motivation questions answered well and badly.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
TARGET = HERE.parent / "feedback_pairs.json"
# Weak answers that still answer the question (too-short ones are not: a five-word answer
# and an off-topic story are both failures, with no right order).
ON_TOPIC_WEAK = {
    "vague", "no_outcome", "we_not_i", "hypothetical", "filler", "buzzwords", "long_but_generic",
    "structure_words_no_substance", "filler_but_specific_vs_clean_generic",
}  # fmt: skip


def main() -> None:
    data = json.loads(TARGET.read_text(encoding="utf-8"))
    written = [p for p in data["pairs"] if p.get("category", "written") == "written"]
    for p in written:
        p["category"] = "written"
    stories = json.loads((HERE / "off_topic_stories.json").read_text(encoding="utf-8"))["stories"]
    out = list(written)
    n = 0
    for p in written:
        if p["weakness"] in ON_TOPIC_WEAK:
            out.append(
                {
                    "id": f"{p['id']}-offweak",
                    "job": p["job"],
                    "category": "off_topic_vs_weak",
                    "weakness": "off_topic",
                    "question": p["question"],
                    "stronger": p["weaker"],
                    "weaker": stories[n % len(stories)],
                }
            )
            n += 1
    for p in written:
        out.append(
            {
                "id": f"{p['id']}-offstrong",
                "job": p["job"],
                "category": "off_topic_vs_strong",
                "weakness": "off_topic",
                "question": p["question"],
                "stronger": p["stronger"],
                "weaker": stories[n % len(stories)],
            }
        )
        n += 1
    by_id = {p["id"]: p for p in written}
    rambling = json.loads((HERE / "rambling.json").read_text(encoding="utf-8"))["pairs"]
    for r in rambling:
        base = by_id[r["of"]]
        out.append(
            {
                "id": f"{r['of']}-rambling",
                "job": base["job"],
                "category": "rambling_vs_concise",
                "weakness": "rambling",
                "question": base["question"],
                "stronger": base["stronger"],
                "weaker": r["rambling"],
            }
        )
    forward = json.loads((HERE / "forward_looking.json").read_text(encoding="utf-8"))["pairs"]
    for i, f in enumerate(forward, 1):
        out.append(
            {
                "id": f"{f['job']}-forward-{i:02d}",
                "job": f["job"],
                "category": "forward_looking",
                "weakness": "forward_looking",
                "question": f["question"],
                "stronger": f["stronger"],
                "weaker": f["weaker"],
            }
        )
    data["pairs"] = out
    TARGET.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(out)} pairs written to {TARGET.name}")


if __name__ == "__main__":
    main()
