"""The Chia measurement: how well `extract_facts` finds Chia's Value, Temporal and Negation spans.

Chia (Kury et al. 2020, CC BY 4.0) annotates eligibility criteria in brat stand-off files: one
criterion per line of `NCT…_inc.txt` / `NCT…_exc.txt`, entities in the `.ann` next to it. We extract
facts line by line (a line is one criterion, as the product extracts per criterion) and compare spans.

How a match is defined:
- a gold entity of type T is *found* when a fact of the kind mapped to T overlaps any of its
  fragments by at least one character (Chia and we draw edges differently: Chia marks "18 years or
  older" where we take "≥ 18 years", "history" where we take "history of");
- recall(T) = found gold entities of T / gold entities of T;
- precision(T) = facts of the mapped kind that overlap a gold entity of T / facts of that kind. Chia
  leaves many true facts unannotated (a "not" in a criterion it flags as not query-able, numbers in
  names such as "type 2 diabetes") and files severity ("moderate", "severe"), a Value for us because
  losing it changes who can join, mostly as a Qualifier; so precision is a lower bound. It is reported
  so that a cue list that fires everywhere cannot look perfect.

Kinds map one to one — Value ← VALUE, Temporal ← TEMPORAL, Negation ← NEGATION — with one exception:
a bounded time ("< 3 months", "at least 6 weeks following study entry") counts for both Value and
Temporal, because Chia files such spans under either type ("life expectancy greater than 3 months"
is a Value, "recent (less than 3 months)" a Temporal); and a result that says a thing is absent
("HIV negative", "seronegative", "undetectable"), a VALUE for us, counts for Negation too, where Chia
files it. The table also shows the strict one-to-one
recall ("strict_recall"), which alone also meets the targets. The "(numeric)" rows restrict the gold
to spans with a number (digits, number words, Roman numerals, a multiple of ULN): the facts whose loss
a fidelity check must never miss. Most of the Values we miss are direction words ("high", "low",
"increased") and frequency ratings ("very frequently"): a plain rewording introduces "high" and "low"
itself ("high blood pressure" for hypertension), so extracting them would flag faithful text.

Run it with `trialplain eval --suite chia --chia-dir ../shared/data/chia --json chia.json`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, RootModel
from rich.console import Console
from rich.table import Table

from translator.facts import FactKind, extract_facts
from translator.units import TIME_UNITS

# Chia files "negative" ("HIV negative", "seronegative") as a Negation; we keep it as a test result (a VALUE
# with the label "negative", `translator.results`), so it counts for Negation as well: the fact is kept.
ABSENT_RESULT = "(result: absent)"
_ABSENT_LABELS = ("negative", "undetectable")
TYPES: dict[str, FactKind] = {"Value": FactKind.VALUE, "Temporal": FactKind.TEMPORAL, "Negation": FactKind.NEGATION}
_NUMERIC_RE = re.compile(
    r"\d|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|twice|once)\b"
    r"|\b(?:I{1,3}|IV|VI{0,3}|IX|X)\b|ULN|LLN|(?i:upper|lower)\s+limit"
)


class ChiaError(ValueError):
    """The Chia folder is missing or holds no annotated criteria."""


class ChiaScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    recall: float = Field(description="Share of gold entities overlapped by a fact of the mapped kind.")
    precision: float | None = Field(description="Share of facts of the mapped kind that overlap a gold entity.")
    n: int = Field(description="Number of gold entities of this type.")


class Miss(BaseModel):
    model_config = ConfigDict(frozen=True)

    file: str
    type: str
    text: str
    line: str


class ChiaReport(RootModel[dict[str, ChiaScore]]):
    """Scores by row: `model_dump()` is {"Value": {"recall", "precision", "n"}, "Temporal": …, …}."""

    _files: int = PrivateAttr(default=0)
    _strict: dict[str, float] = PrivateAttr(default_factory=dict)
    _misses: list[Miss] = PrivateAttr(default_factory=list)

    def __getitem__(self, row: str) -> ChiaScore:
        return self.root[row]

    @property
    def files(self) -> int:
        return self._files

    @property
    def strict_recall(self) -> dict[str, float]:
        """Recall when a bounded time counts only for the type of its own fact kind."""
        return self._strict

    @property
    def misses(self) -> list[Miss]:
        """Gold entities no fact found, for looking at what the extractor lacks."""
        return self._misses


@dataclass(frozen=True)
class Gold:
    type: str
    fragments: list[tuple[int, int]]
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in self.fragments)


@dataclass
class _Tally:
    total: int = 0
    found: int = 0
    strict: int = 0
    made: int = 0
    hits: int = 0
    misses: list[Miss] = field(default_factory=list)


def annotation_files(chia_dir: Path) -> list[Path]:
    """The .ann files to score: those in `chia_dir`, else in its `chia_without_scope` (or
    `chia_with_scope`) folder, as the shared data and the Chia release lay them out."""
    for folder in (chia_dir, chia_dir / "chia_without_scope", chia_dir / "chia_with_scope"):
        files = sorted(p for p in folder.glob("*.ann") if p.with_suffix(".txt").is_file())
        if files:
            return files
    raise ChiaError(
        f"no Chia .ann/.txt pairs in {chia_dir} (nor in its chia_without_scope/ or chia_with_scope/ folders); "
        "pass --chia-dir pointing at the Chia data, e.g. ../shared/data/chia"
    )


def read_gold(ann: Path) -> list[Gold]:
    """The text-bound entities of the types we score."""
    gold = []
    for raw in ann.read_text(encoding="utf-8").splitlines():
        parts = raw.split("\t")
        if len(parts) < 3 or not parts[0].startswith("T"):
            continue
        kind, _, offsets = parts[1].partition(" ")
        if kind not in TYPES:
            continue
        try:
            fragments = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
        except ValueError:
            continue
        gold.append(Gold(type=kind, fragments=fragments, text=parts[2]))
    return gold


def file_facts(text: str) -> list[tuple[int, int, FactKind, str | None]]:
    """(start, end, kind, unit) of the facts of every line (one criterion), in file offsets. A result that
    says a thing is absent ("HIV negative", "undetectable") has the unit `ABSENT_RESULT`."""
    facts = []
    offset = 0
    for line in text.split("\n"):
        facts += [(f.start + offset, f.end + offset, f.kind, ABSENT_RESULT if f.label in _ABSENT_LABELS else f.unit)
                  for f in extract_facts(line.rstrip("\r"))]  # fmt: skip
        offset += len(line) + 1
    return facts


def _counts_for(kind: FactKind, unit: str | None, gold_type: str) -> bool:
    if TYPES[gold_type] is kind:
        return True
    if unit == ABSENT_RESULT:
        return gold_type == "Negation"
    timed = kind in (FactKind.VALUE, FactKind.TEMPORAL) and unit in TIME_UNITS
    return timed and gold_type in ("Value", "Temporal")


def _line_of(text: str, start: int) -> str:
    line_end = text.find("\n", start)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)].strip()


def run_chia(chia_dir: Path) -> ChiaReport:
    """Score `extract_facts` against the Chia annotations under `chia_dir`."""
    files = annotation_files(chia_dir)
    tallies = {row: _Tally() for row in (*TYPES, "Value (numeric)", "Temporal (numeric)")}
    for ann in files:
        with ann.with_suffix(".txt").open(encoding="utf-8", errors="replace", newline="") as handle:
            text = handle.read()
        gold = read_gold(ann)
        facts = file_facts(text)
        for entity in gold:
            overlapping = [(k, u) for s, e, k, u in facts if entity.overlaps(s, e)]
            found = any(_counts_for(k, u, entity.type) for k, u in overlapping)
            rows = [entity.type]
            if entity.type != "Negation" and _NUMERIC_RE.search(entity.text):
                rows.append(f"{entity.type} (numeric)")
            for row in rows:
                tally = tallies[row]
                tally.total += 1
                tally.found += found
                tally.strict += any(k is TYPES[entity.type] for k, _ in overlapping)
            if not found:
                line = _line_of(text, entity.fragments[0][0])
                miss = Miss(file=ann.stem, type=entity.type, text=entity.text, line=line)
                tallies[entity.type].misses.append(miss)
        for name, kind in TYPES.items():
            mine = [(s, e, u) for s, e, k, u in facts if k is kind]
            tallies[name].made += len(mine)
            tallies[name].hits += sum(1 for s, e, u in mine if any(
                _counts_for(kind, u, g.type) and g.overlaps(s, e) for g in gold))  # fmt: skip
    report = ChiaReport({
        row: ChiaScore(
            recall=t.found / t.total if t.total else 0.0,
            precision=(t.hits / t.made if t.made else None) if row in TYPES else None,
            n=t.total,
        )
        for row, t in tallies.items()
    })  # fmt: skip
    report._files = len(files)
    report._strict = {row: t.strict / t.total if t.total else 0.0 for row, t in tallies.items()}
    report._misses = [m for t in tallies.values() for m in t.misses]
    return report


def chia_table(report: ChiaReport) -> Table:
    """The recall table, for the terminal."""
    table = Table(title=f"Chia: facts vs gold spans ({report.files} files, any-overlap match)")
    for column in ("type", "n", "recall", "precision", "strict recall"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for name, score in report.root.items():
        precision = "-" if score.precision is None else f"{score.precision:.1%}"
        strict = report.strict_recall.get(name)
        strict_text = "-" if strict is None else f"{strict:.1%}"
        table.add_row(name, str(score.n), f"{score.recall:.1%}", precision, strict_text)
    return table


def main(argv: list[str]) -> int:
    """`python -m evals.chia [CHIA_DIR]`: print the table (the CLI's `eval --suite chia` is the usual way)."""
    chia_dir = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "../shared/data/chia"
    Console().print(chia_table(run_chia(chia_dir)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
