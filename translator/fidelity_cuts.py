"""Signs in a bullet's shape that its words were cut: a bracket left open or closed unopened, a wording cut at its
joiner, a lead-in that no longer leads.

- A bracket a bullet opens and never closes: the words that closed the aside, and often more, were cut. "You
  completed definitive chemotherapy and radiation given together (concurrent chemoradiotherapy, cCRT) with the aim of
  curing the cancer" cut to "… given together (concurrent chemoradiotherapy." has lost "with curative intent"; "The
  patient (or a close relative or legal representative) should read the patient information sheet, agreed …" cut to
  "The patient (or a close relative, agreed …" has lost who reads what. The words checks find neither: the words left
  are the source's, and what is gone is a short clause or a gloss. A source whose own brackets do not pair ("1) …", a
  bracket opened in one criterion and closed in the next) is no guide, and is let be.
- A bracket a bullet closes and never opened, where the source pairs its own: the words that opened the aside were
  cut, and often the name it glossed ("At screening, your heart's pumping strength (left ventricular ejection
  fraction, LVEF) is less than 50%." cut to "At screening, LVEF) is less than 50%.").
- A lead-in (a criterion that ends with a colon: the items under it follow) whose bullets neither end a clause with a
  colon nor announce anything ("these", "the following", "any of", "either", "for example"…): "Female Participant must
  either:" said as "If you are female" has lost the "must either" that ties the items under it to the reader, and
  "… and must meet the following spirometric criteria:" cut to "You must have a diagnosis of COPD" has lost the
  criteria's name and their tie.

- A plain wording of the lexicon that a bullet puts for a term, cut at its own "and" or "or": "cardiovascular" put as
  "heart and blood vessel", and a bullet that says "respiratory and blood vessel, metabolic …" or "For example and
  blood vessel, lung …" with "heart" said nowhere. The words left are the wording's, so the words checks take the
  term for said; what is gone is the word before them, and often a list item with it.

Measured over the offline bullets of the corpus and of Chia, and the hand-written paraphrases: nothing faithful is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import said_stems, stems_of
from translator.fidelity_repeated_abbreviations import repeated_abbreviation_findings
from translator.fidelity_split_terms import split_term_findings
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

_PAIRS = ("()", "[]")
# What a bullet announces items with: a colon, or words that point to what follows.
_ANNOUNCES = re.compile(r":|\b(?:following|these|this|those|below|such as|for example|e\.g|as follows|either|any of"
                        r"|all of|one of|both)\b", re.IGNORECASE)


def _open(text: str, pair: str) -> int | None:
    """Where `text` opens a bracket of `pair` it never closes (the first one left open); None when every bracket it
    opens is closed, or when it closes one it never opened (no pairing to read)."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == pair[0]:
            opened.append(i)
        elif ch == pair[1]:
            if not opened:
                return None
            opened.pop()
    return opened[0] if opened else None


def _stray(text: str, pair: str) -> int | None:
    """Where `text` first closes a bracket of `pair` it never opened; None when it opens each before it closes it."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == pair[0]) - (ch == pair[1])
        if depth < 0:
            return i
    return None


def _pairs(text: str, pair: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == pair[0]) - (ch == pair[1])
        if depth < 0:
            return False
    return depth == 0


_JOINED = re.compile(r"\s(?:and|or)\s")
_SHORT = 4  # words of a wording read for a cut at its joiner: a substitute, not a gloss ("of the spine or spinal cord")


def cut_wordings(source: str, bullets: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans of `source`'s terms whose plain wording ("heart and blood vessel") `bullets` say only from its joiner on
    ("and blood vessel"), the words before it said nowhere; with the wording."""
    joined = " ".join(bullets).casefold()
    said: frozenset[str] | None = None
    found = []
    for match in Lexicon.load().find(source):
        wording = match.replacement
        if not wording or len(wording.split()) > _SHORT or (joiner := _JOINED.search(wording)) is None:
            continue
        tail = re.escape(wording[joiner.start() + 1:].casefold())
        if wording.casefold() in joined or not re.search(rf"(?<!\w){tail}(?!\w)", joined):
            continue
        if said is None:
            said = frozenset().union(*(said_stems(text) for text in bullets))
        if not stems_of(wording[:joiner.start()]) & said:
            found.append((match.start, match.end, wording))
    return found


def cut_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error for each bullet citing `source` (index, text) that opens a bracket it never closes, or closes one it
    never opened, where the source pairs its own; one for each term whose wording they say cut at its joiner; and one
    when `source` is a lead-in and none of the bullets leads to anything."""
    findings = []
    for pair in _PAIRS:
        if not _pairs(source, pair):
            continue
        for index, text in bullets:
            at = _stray(text, pair)
            if at is not None:
                findings.append(Finding(
                    check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                    message=f"bullet {index + 1} closes the bracket “…{text[max(0, at - 30):at + 1]}” and never "
                    "opened it: the words that began the aside were cut", bullet_span=(0, at + 1)))
        if pair[0] not in "".join(text for _, text in bullets):
            continue
        for index, text in bullets:
            at = _open(text, pair)
            if at is not None:
                findings.append(Finding(
                    check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                    message=f"bullet {index + 1} opens the bracket “{text[at:at + 30]}…” and never closes it: the "
                    "words that ended the aside were cut", bullet_span=(at, len(text))))
    for start, end, wording in cut_wordings(source, [text for _, text in bullets]):
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
            message=f"{source_id}: “{source[start:end]}” is said as the end of “{wording}” alone: the words before "
            "its joiner were cut"))
    if bullets and source.rstrip().endswith(":") and not any(_ANNOUNCES.search(text) for _, text in bullets):
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
            message=f"{source_id} leads in to the items under it (“…{source.rstrip()[-40:]}”), but the bullets citing "
            "it lead to nothing: its closing words were cut"))
    # a wording cut at its own joiner the other way round, a slash pair with one side left out, a repeated
    # abbreviation written fewer times
    return findings + split_term_findings(source_id, source, bullets) + repeated_abbreviation_findings(
        source_id, source, bullets)
