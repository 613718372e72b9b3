"""How well claim suggestions match the labelled articles: sentences, claimants, figures.

The labelled set lives in ``tests/fixtures/labelled/``: for each article a
``NAME.json`` lists its check-worthy and not check-worthy sentences, word for
word; the text is ``NAME.txt`` beside it (seed format) or the seed file the
JSON names. Articles from ``12_`` on, and those of every ``held_out*/`` folder, also
label each check-worthy sentence with the claim a newsroom would file::

    "claims": {
      "<sentence>": {
        "claimant": "Spain's Interior Ministry",   # or null: nobody identifiable
        "claimant_kind": "office",
        "figure": {"value": "54", "qualifier": "exact"}   # or {"low", "high", …}, or null
      }
    }

Three groups are reported apart:

* **tuned** — the articles the rules were written for (``labelled/*.json``);
* **seen** — every held-out set but the newest (``held_out/``, ``held_out_2/`` …): each
  frozen before the rules it measured, but their misses have since been read, so a
  rule fixed after that may be tuned on them;
* **held out** — the newest held-out set (the highest number): written and frozen
  before any rule changed after the set before it was measured; evaluated only.

Measured, overall, per language and per group:

* sentence precision and recall: the suggested sentences (score ≥ threshold)
  against the check-worthy ones;
* claimant accuracy: over the check-worthy sentences with a claim label, the
  guessed claimant has the labelled name (compared without case, diacritics or
  a leading "the") and kind, or there is none when the label has none; "claimant
  name alone" counts the name without the kind (where the rules and a labeller
  disagree only on whether a body is an office or an organisation);
* figure accuracy: the guessed figure has the labelled value (or range) and
  qualifier, or there is none when the label has none;
* faults that must never happen, counted over every sentence: an age as any
  figure, money as a casualty figure, a generic group ("officials",
  "посадовці") as a claimant.

Usage: ``python bench/suggest_eval.py`` prints the tables;
``python bench/suggest_eval.py --write`` also writes them into ``docs/suggestions.md``
between the ``<!-- eval -->`` markers; ``--errors`` lists every miss (``--seen``: all but
the held-out set's). No database is needed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "fixtures" / "labelled"


# Each group and the folders of labelled articles reported under it.
def _held_out_sets() -> list[Path]:
    """The held-out folders in the order they were written: ``held_out/`` (the first), then
    ``held_out_2/`` on."""
    return sorted(
        LABELLED.glob("held_out*/"),
        key=lambda folder: int(folder.name.removeprefix("held_out").lstrip("_") or 1),
    )


# The newest held-out set is held out; the ones before it are seen (their misses were read
# once the next set was written and frozen).
_HELD_OUT_SETS = _held_out_sets()
GROUPS = (
    ("tuned", (LABELLED,)),
    ("seen", tuple(_HELD_OUT_SETS[:-1])),
    ("held out", tuple(_HELD_OUT_SETS[-1:])),
)
DOC = ROOT / "docs" / "suggestions.md"

MONEY_UNITS = (
    "dollars", "pounds", "euros", "yen", "hryvnias", "roubles", "lira", "taka", "reais", "zlot",
    "rupees", "crowns", "koruna", "гривен", "гривн", "долар", "євро", "фунт", "рубл",
)  # fmt: skip
# "років" and "роки" alone are as often a term ("до восьми років") as an age: an age in
# Ukrainian is the adjective, a number in apposition to a name, or one after "віком".
AGE_UNITS = ("year-old", "years old", "years-old", "річний", "річна", "річне", "річного")
GENERIC_GROUPS = frozenset(
    """
    officials authorities residents experts analysts witnesses locals villagers sources
    doctors rescuers prosecutors investigators observers critics activists pharmacists
    employers patients families people voters shoppers
    посадовці влада мешканці жителі експерти аналітики очевидці джерела лікарі рятувальники
    правоохоронці слідство слідчі волонтери місцева
    """.split(),  # noqa: SIM905 - a word list reads best as text
)


@dataclass(frozen=True)
class FigureLabel:
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str

    @classmethod
    def read(cls, data: dict | None) -> FigureLabel | None:
        if data is None:
            return None

        def number(key: str) -> Decimal | None:
            return Decimal(data[key]) if data.get(key) is not None else None

        return cls(number("value"), number("low"), number("high"), data.get("qualifier", "exact"))

    def __str__(self) -> str:
        amount = self.value if self.value is not None else f"{self.low}–{self.high}"
        return f"{amount} ({self.qualifier})"


@dataclass(frozen=True)
class ClaimLabel:
    claimant: str | None
    claimant_kind: str | None
    figure: FigureLabel | None


@dataclass(frozen=True)
class Labelled:
    name: str
    body: str
    checkworthy: frozenset[str]
    not_checkworthy: frozenset[str]
    claims: dict[str, ClaimLabel]
    language: str
    group: str  # "tuned", "seen" or "held out" (see GROUPS)
    folder: str  # the folder's name: "labelled", "held_out", "held_out_2", …
    extra: dict

    @property
    def held_out(self) -> bool:
        """Not an article the rules were written for (seen or held out)."""
        return self.group != "tuned"


def load_labelled() -> list[Labelled]:
    """Every labelled article: the seed article first, then the tuned, seen, held-out ones."""
    sys.path.insert(0, str(ROOT))
    from articles.importers import guess_language, parse_seed

    articles = []
    folders = [(group, folder) for group, group_folders in GROUPS for folder in group_folders]
    for group, folder in folders:
        for label_file in sorted(folder.glob("*.json")):
            labels = json.loads(label_file.read_text("utf-8"))
            text_file = (
                ROOT / labels["seed"] if "seed" in labels else label_file.with_suffix(".txt")
            )
            body = parse_seed(text_file.name, text_file.read_bytes()).body
            claims = {
                sentence: ClaimLabel(
                    claim["claimant"], claim.get("claimant_kind"), FigureLabel.read(claim["figure"])
                )
                for sentence, claim in labels.get("claims", {}).items()
            }
            articles.append(
                Labelled(
                    name=label_file.stem,
                    body=body,
                    checkworthy=frozenset(labels["checkworthy"]),
                    not_checkworthy=frozenset(labels["not_checkworthy"]),
                    claims=claims,
                    language=labels.get("language") or guess_language(body),
                    group=group,
                    folder=folder.name,
                    extra={
                        k: v
                        for k, v in labels.items()
                        if k not in ("checkworthy", "not_checkworthy", "claims", "language")
                    },
                )
            )
    return articles


# --- comparing ---------------------------------------------------------------------------------


def same_name(a: str | None, b: str | None) -> bool:
    """Names compared as a newsroom would: case, diacritics, apostrophes and "the" aside."""
    from articles.text import name_key

    return name_key(a) == name_key(b)


def same_figure(label: FigureLabel | None, figure) -> bool:
    if label is None or figure is None:
        return label is None and figure is None
    return (
        figure.value == label.value
        and figure.low == label.low
        and figure.high == label.high
        and figure.qualifier == label.qualifier
    )


def is_money(unit: str) -> bool:
    return unit.startswith(MONEY_UNITS) or unit in ("$", "€", "£", "₴")


# "Eleni Papadaki, 72, who …", "Оксана, 41 рік": a number in apposition to a name.
_AGE_APPOSITION = re.compile(r"[^\W\d_][\w'’-]*,\s*$")
# "Його спільники, 29 і 33 років,": the first of two ages counts too.
_AGE_AFTER = re.compile(
    r"\s*(?:,|\.|$|рік|роки|років|(?:і|та|й|and)\s+\d{1,3}\s*(?:,|рік|роки|років|$))"
)
_AGE_BEFORE = re.compile(r"(?:\baged|\bвіком|\bу\s+віці)\s+(?:\w+\s+)?$", re.I)


def is_age(figure, text: str) -> bool:
    """Whether a figure read from ``text`` is somebody's age."""
    if any(figure.unit.startswith(a) or figure.unit.endswith(a) for a in AGE_UNITS):
        return True
    # "віком 30–50 років": a range of ages by its lower end.
    value = figure.value if figure.value is not None else figure.low
    if value is None or value >= 120 or figure.unit.startswith("%"):
        # A share is nobody's age: "Almost half of children and adolescents, 46.8%, …".
        return False
    before = text[max(0, figure.start - 40) : figure.start]
    return bool(
        (
            # "Ivan Petrenko, 72,": a bare number in apposition ("За його словами, семеро
            # поранених, …" counts the wounded).
            not figure.unit.strip(" ,")
            and _AGE_APPOSITION.search(before)
            and _AGE_AFTER.match(text, figure.end)
        )
        or _AGE_BEFORE.search(before)
    )


def is_generic_group(name: str) -> bool:
    from articles.text import name_key

    words = name_key(name).split()
    return bool(words) and all(w in GENERIC_GROUPS or w in ("local", "some") for w in words)


# --- counting ----------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    claimants: int = 0
    claimants_right: int = 0
    claimant_names_right: int = 0
    figures: int = 0
    figures_right: int = 0
    money_or_age_casualty: int = 0
    generic_claimants: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in (
            "tp", "fp", "fn", "tn", "claimants", "claimants_right", "claimant_names_right",
            "figures", "figures_right", "money_or_age_casualty", "generic_claimants",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def sentences(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

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

    @property
    def claimant_accuracy(self) -> float | None:
        return self.claimants_right / self.claimants if self.claimants else None

    @property
    def figure_accuracy(self) -> float | None:
        return self.figures_right / self.figures if self.figures else None


def evaluate(article: Labelled, threshold: float | None = None) -> Counts:
    from articles.suggest import DEFAULT_THRESHOLD, ClaimKind, score_sentences

    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    scored = {s.text: s for s in score_sentences(article.body)}
    counts = Counts()
    name = article.name
    for sentence in sorted(article.checkworthy | article.not_checkworthy):
        found = scored.get(sentence)
        suggested = found is not None and found.score >= threshold
        wanted = sentence in article.checkworthy
        if wanted and suggested:
            counts.tp += 1
        elif wanted:
            counts.fn += 1
            counts.errors.append(
                f"{name}: missed ({found.score if found else 'unsplit'}): {sentence}"
            )
        elif suggested:
            counts.fp += 1
            counts.errors.append(f"{name}: false alarm ({found.score}): {sentence}")
        else:
            counts.tn += 1
    for sentence, label in article.claims.items():
        found = scored.get(sentence)
        counts.claimants += 1
        claimant = found.claimant if found else None
        kind = found.claimant_kind if found else None
        counts.claimant_names_right += same_name(claimant, label.claimant)
        if same_name(claimant, label.claimant) and (
            label.claimant is None or kind == label.claimant_kind
        ):
            counts.claimants_right += 1
        else:
            counts.errors.append(
                f"{name}: claimant {claimant!r} ({kind}), wanted {label.claimant!r} "
                f"({label.claimant_kind}): {sentence}"
            )
        counts.figures += 1
        figure = found.figure if found else None
        if same_figure(label.figure, figure):
            counts.figures_right += 1
        else:
            got = (
                f"{figure.value if figure.value is not None else (figure.low, figure.high)} "
                f"({figure.qualifier}, {figure.unit!r})"
                if figure
                else None
            )
            counts.errors.append(f"{name}: figure {got}, wanted {label.figure}: {sentence}")
    for suggestion in scored.values():
        figure = suggestion.figure
        # Figure offsets count from the start of the body.
        if figure is not None and (
            is_age(figure, article.body)
            or (suggestion.kind == ClaimKind.CASUALTY_FIGURE and is_money(figure.unit))
        ):
            counts.money_or_age_casualty += 1
            counts.errors.append(
                f"{name}: {figure.text!r} as a {suggestion.kind} figure: {suggestion.text}"
            )
        if suggestion.claimant and is_generic_group(suggestion.claimant):
            counts.generic_claimants += 1
            counts.errors.append(
                f"{name}: generic claimant {suggestion.claimant!r}: {suggestion.text}"
            )
    return counts


def totals(
    articles: list[Labelled], *, group: str | None = None, language: str | None = None
) -> Counts:
    total = Counts()
    for article in articles:
        if (group is None or article.group == group) and (
            language is None or article.language == language
        ):
            total.add(evaluate(article))
    return total


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(articles: list[Labelled]) -> str:
    """A summary by group and language, then one row per article."""
    rows = [
        "| part | articles | sentences | check-worthy | suggested | precision | recall | "
        "claimant accuracy | claimant name alone | figure accuracy | "
        "age as figure, money as casualty | generic claimant |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    parts = []
    for group, _folders in GROUPS:
        for language in ("en", "uk"):
            parts.append((f"{group}, {language}", group, language))
        parts.append((f"**{group}**", group, None))
    parts.append(("**all**", None, None))
    for label, group, language in parts:
        chosen = [
            a
            for a in articles
            if (group is None or a.group == group) and (language is None or a.language == language)
        ]
        c = Counts()
        for article in chosen:
            c.add(evaluate(article))
        rows.append(
            f"| {label} | {len(chosen)} | {c.sentences} | {c.tp + c.fn} | {c.tp + c.fp} | "
            f"{c.precision:.2f} | {c.recall:.2f} | {_ratio(c.claimant_accuracy)} "
            f"({c.claimants_right}/{c.claimants}) | "
            f"{_ratio(c.claimant_names_right / c.claimants if c.claimants else None)} "
            f"({c.claimant_names_right}/{c.claimants}) | {_ratio(c.figure_accuracy)} "
            f"({c.figures_right}/{c.figures}) | {c.money_or_age_casualty} | "
            f"{c.generic_claimants} |"
        )
    rows += [
        "",
        "| article | language | sentences | check-worthy | suggested | precision | recall | "
        "claimant | figure |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for article in articles:
        c = evaluate(article)
        mark = f" ({article.group})" if article.held_out else ""
        rows.append(
            f"| {article.name}{mark} | {article.language} | {c.sentences} | {c.tp + c.fn} | "
            f"{c.tp + c.fp} | {c.precision:.2f} | {c.recall:.2f} | "
            f"{_ratio(c.claimant_accuracy)} | {_ratio(c.figure_accuracy)} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/suggestions.md")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument(
        "--tuned-only", action="store_true", help="with --errors: only the tuned articles' misses"
    )
    parser.add_argument(
        "--seen",
        action="store_true",
        help="with --errors: the tuned and seen articles' misses, never the held-out set's",
    )
    args = parser.parse_args()
    articles = load_labelled()
    result = table(articles)
    print(result)
    if args.errors:
        for article in articles:
            if args.tuned_only and article.held_out:
                continue
            if args.seen and article.group == "held out":
                continue
            for error in evaluate(article).errors:
                print(error)
    if args.write:
        doc = DOC.read_text("utf-8")
        start, end = "<!-- eval -->", "<!-- /eval -->"
        before, _, rest = doc.partition(start)
        _, _, after = rest.partition(end)
        DOC.write_text(f"{before}{start}\n{result}\n{end}{after}", "utf-8")
        print(f"written to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
