"""A member of a slash list that no citing bullet says: "drug/therapy/test prohibited" said as "a therapy or test
that is not allowed".

`translator.fidelity_list_members` reads lists whose members commas, "and" and "or" part; it leaves a slash alone,
as a slash is as often a "per" ("units/litre") as an "or", and `translator.fidelity_items` reads the run "undergo
drug/therapy/test prohibited to combine 3 days before …" as two members, one with a verb and one with a number,
neither of which it reads. Three or more words of letters joined by slashes alone ("foam/gel/film/cream",
"nausea/vomiting/diarrhea") are a list and nothing else, so each member must be said: by its stem, its everyday word
group, a lexicon wording of it, or an abbreviation's expansion. A bullet that says none of the members reworded the
list as a whole ("parent/guardian/LAR" as "someone legally responsible for you"); one that says all but one left it
out.

Measured over the offline bullets of the corpus and Chia (65 such lists in the corpus) and the 1,464 hand-written
paraphrases: no finding.

The same for the pair "inclusion or exclusion criteria" ("inclusion/exclusion", "and/or"): the content checks read
both words as the frame of every criterion and never ask for them, so a bullet that says "not listed in the inclusion
criteria" lost half of what the source checks against. A bullet that says neither ("the study's entry rules")
reworded the pair whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import said_stems, stem, term_wordings, word_group
from translator.findings import Finding, Severity

# Three or more words of letters, joined by slashes with no space: "drug/therapy/test". Not abbreviations in
# capitals ("EFV/FTC/TDF", a combination's medicines, which the code and name checks read), nor a web address's path
# ("indiana.edu/clinpharm/ddis").
_MEMBER = r"[A-Za-z][a-z]{2,}(?:-[a-z]{2,})*"
_RUN = re.compile(rf"(?<![\w/.-]){_MEMBER}(?:/{_MEMBER}){{2,}}(?![\w/-])")
# Everyday words for a member that its stem and word group miss: a "drug" is a medicine.
_SAID_AS = {"drug": ("medic",)}


def unsaid_slash_members(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the members of `source`'s slash lists that `bullets` say in no wording, where they say another."""
    found: list[tuple[int, int]] = []
    said: frozenset[str] | None = None
    for run in _RUN.finditer(source):
        if said is None:
            said = frozenset().union(*(said_stems(text) for text in bullets))
        groups = {word_group(word) for word in said} - {None}
        members = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"[^/]+", run.group())]
        flags = [_said(source, start, end, said, groups) for start, end in members]
        if not all(flags) and sum(flags) >= 2:
            found += [span for span, flag in zip(members, flags, strict=True) if not flag]
    return found


# "inclusion or exclusion criteria", "inclusion/exclusion", "exclusion and/or inclusion"
_FRAME_PAIR = re.compile(r"\b(inclusion|exclusion)\s*(?:and\s*/\s*or|and|or|/|&)\s*(inclusion|exclusion)\b",
                         re.IGNORECASE)


def unsaid_frame_halves(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the half of `source`'s "inclusion or exclusion" pairs that `bullets` leave out, saying the other."""
    said = " ".join(bullets)
    found: list[tuple[int, int]] = []
    for m in _FRAME_PAIR.finditer(source):
        halves = [(m.start(i), m.end(i)) for i in (1, 2)]
        flags = [re.search(rf"\b{source[a:b]}", said, re.IGNORECASE) is not None for a, b in halves]
        if any(flags) and not all(flags):
            found += [span for span, flag in zip(halves, flags, strict=True) if not flag]
    return found


def _said(source: str, start: int, end: int, said: frozenset[str], groups: set[str | None]) -> bool:
    """Whether the member at `start:end` is said: by its stem, its word group, an everyday word for it, or a lexicon
    wording of a term it is in."""
    word = source[start:end]
    own = stem(word)
    if own in said or (word_group(word) or "") in groups:
        return True
    if any(s.startswith(prefix) for prefix in _SAID_AS.get(own, ()) for s in said):
        return True
    return any(a <= start and end <= b and wording <= said for a, b, wording in term_wordings(source))


def slash_member_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                          raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each member of a slash list of `source` that the `bullets` citing it (index, text) leave out."""
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it leave out “{source[start:end]}” of the list "
                            f"“{_whole(source, start)}” (they say the other members)",
                    criterion_id=source_id, bullet_index=bullets[0][0],
                    source_span=raw_of(start, end) if raw_of else None)
            for start, end in [*unsaid_slash_members(source, [text for _, text in bullets]),
                               *unsaid_frame_halves(source, [text for _, text in bullets])]]


def _whole(source: str, at: int) -> str:
    """The slash list (or the "inclusion or exclusion" pair) that has the member at `at`."""
    return next(m.group() for pattern in (_RUN, _FRAME_PAIR) for m in pattern.finditer(source)
                if m.start() <= at < m.end())
