"""Precision and recall of claim suggestions over the labelled articles.

The labelled set lives in ``tests/fixtures/labelled/``: for each article a
``NAME.json`` lists its check-worthy and not check-worthy sentences, word for
word; the text is ``NAME.txt`` beside it (seed format) or the seed file the
JSON names. Articles ``09`` to ``11`` were held out while the scorer was tuned
and are reported separately.

Usage: ``python bench/suggest_eval.py`` prints the table;
``python bench/suggest_eval.py --write`` also writes it into ``docs/suggestions.md``
between the ``<!-- eval -->`` markers. No database is needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "fixtures" / "labelled"
DOC = ROOT / "docs" / "suggestions.md"
HELD_OUT = ("09_", "10_", "11_")


@dataclass(frozen=True)
class Labelled:
    name: str
    body: str
    checkworthy: frozenset[str]
    not_checkworthy: frozenset[str]
    extra: dict

    @property
    def held_out(self) -> bool:
        return self.name.startswith(HELD_OUT)


def load_labelled() -> list[Labelled]:
    """Every labelled article, the seed article first."""
    sys.path.insert(0, str(ROOT))
    from articles.importers import parse_seed

    articles = []
    for label_file in sorted(LABELLED.glob("*.json")):
        labels = json.loads(label_file.read_text("utf-8"))
        text_file = ROOT / labels["seed"] if "seed" in labels else label_file.with_suffix(".txt")
        body = parse_seed(text_file.name, text_file.read_bytes()).body
        articles.append(
            Labelled(
                name=label_file.stem,
                body=body,
                checkworthy=frozenset(labels["checkworthy"]),
                not_checkworthy=frozenset(labels["not_checkworthy"]),
                extra={
                    k: v for k, v in labels.items() if k not in ("checkworthy", "not_checkworthy")
                },
            )
        )
    return articles


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(article: Labelled, threshold: float | None = None) -> Counts:
    from articles.suggest import DEFAULT_THRESHOLD, suggest_claims

    suggested = {
        s.text
        for s in suggest_claims(
            article.body, threshold=DEFAULT_THRESHOLD if threshold is None else threshold
        )
    }
    counts = Counts()
    for sentence in article.checkworthy:
        if sentence in suggested:
            counts.tp += 1
        else:
            counts.fn += 1
    for sentence in article.not_checkworthy:
        if sentence in suggested:
            counts.fp += 1
        else:
            counts.tn += 1
    return counts


def table(articles: list[Labelled]) -> str:
    rows = [
        "| article | sentences | check-worthy | suggested | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    totals = {"development": Counts(), "held out": Counts(), "all": Counts()}
    for article in articles:
        c = evaluate(article)
        totals["held out" if article.held_out else "development"].add(c)
        totals["all"].add(c)
        mark = " (held out)" if article.held_out else ""
        rows.append(
            f"| {article.name}{mark} | {c.tp + c.fp + c.fn + c.tn} | {c.tp + c.fn} | "
            f"{c.tp + c.fp} | {c.precision:.2f} | {c.recall:.2f} | {c.f1:.2f} |"
        )
    for name, c in totals.items():
        rows.append(
            f"| **{name}** | {c.tp + c.fp + c.fn + c.tn} | {c.tp + c.fn} | {c.tp + c.fp} | "
            f"**{c.precision:.2f}** | **{c.recall:.2f}** | **{c.f1:.2f}** |"
        )
    return "\n".join(rows)


def totals(articles: list[Labelled], *, held_out: bool | None = None) -> Counts:
    total = Counts()
    for article in articles:
        if held_out is None or article.held_out == held_out:
            total.add(evaluate(article))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/suggestions.md")
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    args = parser.parse_args()
    articles = load_labelled()
    result = table(articles)
    print(result)
    if args.errors:
        from articles.suggest import DEFAULT_THRESHOLD, score_sentences

        for article in articles:
            for s in score_sentences(article.body):
                wanted = s.text in article.checkworthy
                if wanted != (s.score >= DEFAULT_THRESHOLD):
                    kind = "missed" if wanted else "false alarm"
                    print(f"{article.name}: {kind} ({s.score:.2f}): {s.text}")
    if args.write:
        doc = DOC.read_text("utf-8")
        start, end = "<!-- eval -->", "<!-- /eval -->"
        before, _, rest = doc.partition(start)
        _, _, after = rest.partition(end)
        DOC.write_text(f"{before}{start}\n{result}\n{end}{after}", "utf-8")
        print(f"written to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
