"""Fidelity checks that count and orient facts, beyond whether each source fact is restated somewhere.

- A fact the source states twice ("Phase 1: ≥ 18 years … Phase 2: ≥ 18 years") is restated by one copy
  in the bullets, so changing the other copy into a third fact the source also states ("≤ 55 years") leaves
  every fact restated. The copies are counted: a source fact repeated but said fewer times, while another
  source fact is said more times than the source says it, is a changed fact. Saying a repeated fact once
  ("Women and men ≥ 18 years") is a faithful merge, and is not flagged on its own.
- "within 4 weeks of the start of study treatment" does not say on which side of the event the window lies
  (either side). A bullet that picks one ("in the 4 weeks after the start") restates one reading of it, so
  it is a warning for editors, not an error; a bullet whose side contradicts a side the source states is
  already an error of `translator.fidelity` ("before" vs "after").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from translator.anchors import same_event, same_event_before
from translator.facts import Comparator, Fact, FactKind
from translator.findings import Finding, Severity
from translator.units import equivalent

_SIDES = ("before", "after")


class _Source(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def facts(self) -> list[Fact]: ...
    @property
    def text(self) -> str: ...


class _Bullet(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def ids(self) -> list[str]: ...
    @property
    def facts(self) -> list[Fact]: ...
    @property
    def text(self) -> str: ...


def _quote(text: str, limit: int = 60) -> str:
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def changed_copies(
    sources: Sequence[_Source], bullets: Sequence[_Bullet], hard: Callable[[Fact], bool]
) -> list[Finding]:
    """A repeated source fact with a copy changed into another source fact (compared by key, as counted)."""
    source_facts = [f for s in sources for f in s.facts if hard(f)]
    said = Counter(f.key for f in source_facts)
    if not any(n > 1 for n in said.values()):
        return []
    told = Counter(f.key for b in bullets for f in b.facts if hard(f) and f.key in said)
    fewer = [key for key, n in said.items() if n > 1 and told[key] < n]
    # An extra copy that restates a lost one under another key ("1 eye" read as "1 year" next to an age
    # in the source, unitless in the bullet) is the same fact, not a change.
    lost_facts = [f for f in source_facts if f.key in fewer]
    more = [key for key, n in told.items() if n > said[key] and not any(
        equivalent(f, g) for f in source_facts if f.key == key for g in lost_facts)]  # fmt: skip
    if not lost_facts or not more:
        return []
    lost = lost_facts[0]
    findings = []
    for key in more:
        # The last copy in the bullets is the one that stands in for the lost repeat.
        bullet, fact = [(b, f) for b in bullets for f in b.facts if f.key == key][-1]
        findings.append(
            Finding(
                check="fact_changed",
                severity=Severity.ERROR,
                message=f"{_quote(lost.text)} is said {said[lost.key]} times in the source but {told[lost.key]} in the "
                f"bullets, and {_quote(fact.text)} {told[key]} times instead of {said[key]}",
                criterion_id=bullet.ids[0] if bullet.ids else None,
                bullet_index=bullet.index,
                bullet_span=(fact.start, fact.end),
            )
        )
    return findings


def picked_sides(source: _Source, bullets: Sequence[_Bullet], hard: Callable[[Fact], bool]) -> list[Finding]:
    """Warnings for bullets that put a two-sided "within N of <event>" window on one side of the event."""
    findings = []
    for fact in source.facts:
        if not (hard(fact) and fact.kind is FactKind.TEMPORAL and fact.relation == "within" and fact.anchor):
            continue
        facts = [(b, f) for b in bullets for f in b.facts if f.kind is FactKind.TEMPORAL]
        if any(f.relation == "within" and same_event(f.anchor, fact.anchor) for _, f in facts):
            continue
        sided = next(
            (
                (b, f)
                for b, f in facts
                if f.relation in _SIDES and same_event(f.anchor, fact.anchor) and equivalent(fact, f)
            ),
            None,
        )
        if sided is not None:
            bullet, other = sided
            findings.append(
                Finding(
                    check="window_side",
                    severity=Severity.WARNING,
                    message=f"{source.id}: {_quote(fact.text)} may lie on either side of the event ({fact.anchor}); "
                    f"{_quote(other.text)} says it is {other.relation} it",
                    criterion_id=source.id,
                    bullet_index=bullet.index,
                    bullet_span=(other.start, other.end),
                )
            )
    return findings


_LOWER = (Comparator.GE, Comparator.GT)
_UPPER = (Comparator.LE, Comparator.LT)


def _stacks(facts: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs of bounds that overlap in the text and point opposite ways ("a maximum of at least 6 months")."""
    return [(f, g) for i, f in enumerate(facts) for g in facts[i + 1 :]
            if f.start < g.end and g.start < f.end and f.kind is g.kind
            and {f.comparator, g.comparator} & set(_LOWER) and {f.comparator, g.comparator} & set(_UPPER)]  # fmt: skip


def _bound(fact: Fact) -> tuple[object, ...]:
    """What a stacked bound says, whether a window or an amount: "(14 days - 6 months)" of a source is the
    "14 days to 6 months ago" of a bullet."""
    return fact.comparator, fact.low, fact.high, fact.unit


def stacked_conflicts(sources: Sequence[_Source], bullets: Sequence[_Bullet]) -> list[Finding]:
    """A bullet whose stacked comparators disagree where its sources' do not: a swapped outer comparator
    ("a minimum of at least 6 months" → "a maximum of at least 6 months") leaves the inner bound, which
    the source states, and an upper bound the source may state elsewhere ("in the 6 months before")."""
    by_id = {s.id: s for s in sources}
    findings = []
    for bullet in bullets:
        stated = {(_bound(f), _bound(g)) for cid in bullet.ids if cid in by_id for f, g in _stacks(by_id[cid].facts)}
        for f, g in _stacks(bullet.facts):
            if (_bound(f), _bound(g)) not in stated:
                findings.append(Finding(
                    check="fact_changed", severity=Severity.ERROR,
                    message=f"bullet {bullet.index + 1} says {_quote(f.text)}: bounds that contradict each other, "
                    "which its source does not",
                    criterion_id=bullet.ids[0] if bullet.ids else None, bullet_index=bullet.index,
                    bullet_span=(f.start, f.end)))  # fmt: skip
    return findings




def unclaimed(fact: Fact, source_facts: Sequence[Fact], told: Sequence[Fact]) -> list[Fact]:
    """The bullet facts `told` less those that are copies, of the same kind and key, of the source's facts of
    another kind than `fact`.

    A bullet fact restates one source fact once: "no fewer than 14 days" copies the source's value "no fewer than
    14 days", so it cannot also stand for the source's window "for at least 2 weeks" that the bullet left out,
    though the two are `equivalent`. Each source copy takes one bullet copy; copies beyond those are free. Within
    one kind, a window that stands in for two ("(within 3 months)" beside "within 3 months after …") is the
    business of the direction and copy checks (`translator.fidelity._turned`, `lost_repeats`).
    """
    wanted = Counter(f.key for f in source_facts if f.kind is not fact.kind or _claims(f, fact))
    free = []
    for other in told:
        if wanted[other.key] > 0:
            wanted[other.key] -= 1
        else:
            free.append(other)
    return free


def _claims(window: Fact, fact: Fact) -> bool:
    """Whether the source's `window` with an amount takes its bullet copy from `fact`, a side of the same event with
    none: "for 30 days prior to study entry and … a stable dose … prior to study entry" said as "for the 30 days before
    study entry and … a stable dose" has said the second "prior to study entry" only as part of the first. Before it,
    joining the study is one event however named: "for 60 days prior to the study" takes its copy from "at the
    pre-enrollment doses" too, whose "pre-enrollment" a bullet that says "the doses" has lost."""
    if not (window.kind is FactKind.TEMPORAL and fact.kind is FactKind.TEMPORAL and window is not fact
            and (window.low, window.high) != (None, None) and (fact.low, fact.high) == (None, None)
            and fact.anchor is not None and window.relation == fact.relation):
        return False
    return window.anchor == fact.anchor or (fact.relation == "before" and same_event_before(window.anchor, fact.anchor))


def _amount(fact: Fact) -> bool:
    """A window with an amount, a point in time ("at screening") or a side of an event ("prior to
    randomization"): each copy of those dates its own item."""
    return fact.low is not None or fact.high is not None or fact.relation in ("at", "before", "after")


def lost_repeats(sources: Sequence[_Source], bullets: Sequence[_Bullet], hard: Callable[[Fact], bool]) -> list[Finding]:
    """A time window stated more than once by a cluster of criteria (one criterion, or those that bullets
    merge), said fewer times by the cluster's bullets.

    "MI within 1 year, arrhythmia, hospitalization for heart failure within 1 year": each copy limits its
    own item, and a bullet that keeps one ("… a hospital stay for heart failure") widens the other to any
    time. A bullet that says the window once over both items is faithful too, but this cannot tell the two
    apart, so it reports the lost copy: an editor reads it, where a dropped limit would be published.
    Copies are the windows that restate each other as `equivalent` has it ("within 1 year" and "in the
    last year"), so a copy worded differently in the source ("within 1 year prior to screening" and
    "within 1 year of screening") is a copy too.
    """
    # Not a stretch of time alone ("during the study", "while on study"): it is restated in more ways than
    # `equivalent` knows ("while you take part"), and a merged one rarely drops a limit.
    windows = [(s, f) for s in sources for f in s.facts if hard(f) and f.kind is FactKind.TEMPORAL and _amount(f)]
    findings = []
    seen: set[int] = set()
    for i, (source, fact) in enumerate(windows):
        if i in seen:
            continue
        copies = [k for k, (_, g) in enumerate(windows) if equivalent(fact, g) or equivalent(g, fact)]
        seen.update(copies)
        kept = sum(_spread([windows[k] for k in copies], b) if _fronted(b, f) else 1 for b in bullets for f in b.facts
                   if f.kind is FactKind.TEMPORAL and any(equivalent(windows[k][1], f) for k in copies))
        if 0 < kept < len(copies):
            findings.append(Finding(
                check="fact_missing", severity=Severity.ERROR,
                message=f"{source.id}: {_quote(fact.text)} is said {len(copies)} times in the source but {kept} in "
                "the bullets that cite it; each copy may limit a different item",
                criterion_id=source.id, bullet_index=bullets[0].index if bullets else None))
    return findings


_SENTENCE_OPENS = re.compile(r"(?:^|[.;:]\s+)$")
_SENTENCE_ENDS = re.compile(r"[.;:]\s+\S")


def _fronted(bullet: _Bullet, fact: Fact) -> bool:
    """A window that opens the bullet's last sentence, set off by a comma, limits all that sentence says: "At
    screening, your systolic blood pressure is at least 100 mmHg and your heart rate is no more than 90 bpm" says both
    of the source's "at screening" (`lost_repeats`)."""
    text = bullet.text
    # (a bracket that glosses the window's event may stand before its comma: "After using a bronchodilator (a medicine
    # that opens the airways), your FEV1 …")
    return (_SENTENCE_OPENS.search(text, 0, fact.start) is not None and _COMMA_AFTER.match(text, fact.end) is not None
            and _SENTENCE_ENDS.search(text, fact.end) is None)


_COMMA_AFTER = re.compile(r"(?:\s*\([^()]*\))?,")


def _spread(copies: Sequence[tuple[_Source, Fact]], bullet: _Bullet) -> int:
    """How many copies a fronted one says: one for each sentence of the sources its bullet cites that holds one (two
    sentences merged into one, not two items of one sentence); all of a sentence's copies where each opens a clause
    and the first opens the sentence ("Post-bronchodilator FEV1 < 80% and post-bronchodilator FEV1/FVC < 70%": the
    window limits every item, as one fronted over the sentence does; not "MI within 1 year, arrhythmia, …, heart
    failure within 1 year", whose copies limit the items they follow)."""
    ends = [(s.id, sum(m.start() < f.start for m in _SENTENCE_ENDS.finditer(s.text)), s, f) for s, f in copies]
    said = 0
    for sentence in {end[:2] for end in ends if end[0] in bullet.ids}:
        held = [(s, f) for sid, n, s, f in ends if (sid, n) == sentence]
        said += len(held) if all(_CLAUSE_OPENS.search(s.text, 0, f.start) for s, f in held) and (
            _SENTENCE_OPENS.search(held[0][0].text, 0, min(f.start for _, f in held))) else 1
    return max(1, said)


_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,]\s*|\s(?:and|or|and/or)\s+)$", re.IGNORECASE)
