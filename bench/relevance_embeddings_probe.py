"""Probe: does embedding similarity tell on-the-question answers from the rest?

    python bench/relevance_embeddings_probe.py

A measurement, not a feature: on the relevance labels (`tests/data/relevance_labels.json`,
read as `bench/eval_scorer.py` reads them) it prints the coach's current agreement, the
AUC of the cosine similarity between question and answer (whole answer, first two
sentences, best single sentence), the best one-threshold agreement of that similarity
alone, and of the current reading corrected by it (an "on" reading below a low threshold
becomes "not on", a "not on" reading above a high one becomes "on"), in-sample and with
the thresholds fitted leaving each field out in turn (the honest figure for unseen fields).

It needs the optional package `wordllama` (static embeddings shipped inside its wheel; no
PyTorch, no download). It is not a project dependency: install it by hand in a separate
environment to run this probe; without it the probe says so and exits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# One BLAS thread: on a few shared cores, BLAS threading makes small products far slower.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.eval_scorer import relevance_results  # noqa: E402
from interview_core.language.text import sentences  # noqa: E402

Embed = Callable[[str], np.ndarray]


def load_embedder() -> Embed | None:
    """A text-to-unit-vector function from wordllama's packaged model, or None without it."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    # Its default load looks for the packaged tokenizer in the wrong folder and would try a
    # download; pointing its cache at the package itself keeps it offline.
    model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)

    def embed(text: str) -> np.ndarray:
        vector = model.embed([text])[0]
        return vector / max(float(np.linalg.norm(vector)), 1e-9)

    return embed


def auc(scores: np.ndarray, on: np.ndarray) -> float:
    """The chance that an on-the-question answer scores above one that is not (ties half)."""
    pos, neg = scores[on][:, None], scores[~on][None, :]
    return float(((pos > neg).sum() + 0.5 * (pos == neg).sum()) / (pos.size * neg.size))


def _grid(scores: np.ndarray) -> np.ndarray:
    return np.unique(np.quantile(scores, np.linspace(0, 1, 41)))


def best_alone(scores: np.ndarray, on: np.ndarray) -> float:
    """The threshold at which "similarity ≥ t means on" agrees with most labels."""
    return max(_grid(scores), key=lambda t: int(((scores >= t) == on).sum()))


def corrected(scores: np.ndarray, rule_on: np.ndarray, low: float, high: float) -> np.ndarray:
    """The current reading, overruled where the similarity is far below or above it."""
    return np.where(rule_on, scores >= low, scores >= high)


def best_pair(scores: np.ndarray, on: np.ndarray, rule_on: np.ndarray) -> tuple[float, float]:
    """The (low, high) thresholds of `corrected` that agree with most labels."""
    grid = np.concatenate([[-np.inf], _grid(scores), [np.inf]])
    pairs = [(lo, hi) for lo in grid for hi in grid]
    return max(pairs, key=lambda p: int((corrected(scores, rule_on, *p) == on).sum()))


def leave_field_out(
    scores: np.ndarray, on: np.ndarray, rule_on: np.ndarray, fields: Sequence[str]
) -> tuple[int, int]:
    """Agreement (alone, corrected) with thresholds fitted on the other fields only."""
    groups = np.array(fields)
    alone = both = 0
    for field in np.unique(groups):
        fit, held = groups != field, groups == field
        t = best_alone(scores[fit], on[fit])
        alone += int(((scores[held] >= t) == on[held]).sum())
        lo, hi = best_pair(scores[fit], on[fit], rule_on[fit])
        both += int((corrected(scores[held], rule_on[held], lo, hi) == on[held]).sum())
    return alone, both


def main() -> None:
    """Print the figures described at the top of this file."""
    started = time.perf_counter()
    embed = load_embedder()
    if embed is None:
        print("skipped: the optional package wordllama is not installed (see the docstring)")
        return
    print(f"model loaded in {time.perf_counter() - started:.1f} s")
    results = relevance_results()
    on = np.array([case["label"] == "on" for case, _ in results])
    rule_on = np.array([reading == "on" for _, reading in results])
    fields = [case.get("dev") or case["job"] for case, _ in results]
    n = len(results)
    print(f"current reading agrees on {int((rule_on == on).sum())}/{n}")

    features: dict[str, list[float]] = {"whole answer": [], "first two sentences": []}
    features["best sentence"] = []
    started = time.perf_counter()
    for case, _ in results:
        question, answer = embed(case["question"]), embed(case["answer"])
        parts = sentences(case["answer"]) or [case["answer"]]
        features["whole answer"].append(float(question @ answer))
        features["first two sentences"].append(float(question @ embed(" ".join(parts[:2]))))
        features["best sentence"].append(max(float(question @ embed(s)) for s in parts))
    print(f"{1000 * (time.perf_counter() - started) / n:.1f} ms per answer (all three readings)")

    print(
        "similarity            AUC   alone: fitted / field out   with the reading: fitted / field out"
    )
    for name, values in features.items():
        scores = np.array(values)
        alone_fit = int(((scores >= best_alone(scores, on)) == on).sum())
        lo, hi = best_pair(scores, on, rule_on)
        both_fit = int((corrected(scores, rule_on, lo, hi) == on).sum())
        alone_out, both_out = leave_field_out(scores, on, rule_on, fields)
        print(
            f"{name:20s} {auc(scores, on):.3f}   {alone_fit:3d} / {alone_out:3d}"
            f"                   {both_fit:3d} / {both_out:3d}  (of {n})"
        )


if __name__ == "__main__":
    main()
