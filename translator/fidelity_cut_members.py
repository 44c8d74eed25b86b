"""A whole list member that no bullet says: "may affect the participant's ability to fulfill the study requirements
or significantly confound the assessments" said as "may affect your ability to fulfill the study rules".

`translator.fidelity_content` reports a run of three unsaid content words as a warning only: a plain rewrite rewords
three words in a row now and then ("Adequate hepatic function" → "Your liver works well enough"). Where the run is
one of the source's list members ("A or B", "A, B and C"), nearly all of it, the member is gone rather than
reworded: a rewording changes words inside a phrase, it does not lose the alternative that a list sets beside the
others. So the run is an error when

- it lies inside one list member (`translator.fidelity_deleted_items`' members: parted at commas, "and", "or"), and
  covers at least three quarters of that member's content words ("major risk factors" of "major risk factors for
  hemorrhage", "hemorrhage" said by the other member);
- the member is not the source's opening (a bullet opens with words of its own: "Absolute contra-indications for
  nebivolol" said as "a condition that rules out nebivolol completely");
- the member has no fact or negation in it (the fact and negation checks compare those, and a value's words are
  said in other forms: "37.8 degrees Celsius within one week" as "37.8°C in the 1 week").

Measured over the offline bullets of the corpus (54,524 criteria) and of Chia (9,909) and the hand-written
paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translator.fidelity_content import content_words, dropped_runs
from translator.fidelity_cut_clauses import bridged_runs, cut_tails
from translator.fidelity_deleted_items import _members as list_members
from translator.fidelity_negations import facts_of
from translator.fidelity_paired_qualifiers import dropped_qualifiers
from translator.findings import Finding, Severity


def cut_members(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the runs of `source`'s unsaid words that are nearly a whole list member of it (see above)."""
    runs = dropped_runs(source, list(bullets))
    if not runs:
        return []
    words = content_words(source)
    found = []
    for start, end, length in runs:
        for a, b in list_members(source):
            if not (a <= start and end <= b) or not source[:a].strip() or facts_of(source[a:b]):
                continue
            inside = sum(1 for s, e, _ in words if a <= s and e <= b)
            if 4 * length >= 3 * inside:
                found.append((start, end))
                break
    return found


def cut_member_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                        raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each list member of `source` that the `bullets` citing it (index, text) leave out, each clause cut
    off its end or out of its middle (`translator.fidelity_cut_clauses`) and each qualifier of a pair dropped before
    its noun (`translator.fidelity_paired_qualifiers`)."""
    texts = [text for _, text in bullets]
    if not texts:
        return []

    def error(a: int, b: int, what: str) -> Finding:
        return Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                       bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None,
                       message=f"{source_id}: the bullets citing it leave out “{source[a:b]}”, {what}")

    return [*(error(a, b, "one of its list's alternatives") for a, b in cut_members(source, texts)),
            *(error(a, b, "the clause that closes it") for a, b in cut_tails(source, texts)),
            *(error(a, b, "a clause of it") for a, b in bridged_runs(source, texts)),
            *(error(a, b, "one of the two kinds it names") for a, b in dropped_qualifiers(source, texts))]
