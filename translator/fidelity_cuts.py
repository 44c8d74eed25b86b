"""Signs in a bullet's shape that its words were cut: a bracket left open, a lead-in that no longer leads.

- A bracket a bullet opens and never closes: the words that closed the aside, and often more, were cut. "You
  completed definitive chemotherapy and radiation given together (concurrent chemoradiotherapy, cCRT) with the aim of
  curing the cancer" cut to "… given together (concurrent chemoradiotherapy." has lost "with curative intent"; "The
  patient (or a close relative or legal representative) should read the patient information sheet, agreed …" cut to
  "The patient (or a close relative, agreed …" has lost who reads what. The words checks find neither: the words left
  are the source's, and what is gone is a short clause or a gloss. A source whose own brackets do not pair ("1) …", a
  bracket opened in one criterion and closed in the next) is no guide, and is let be. (A bracket closed that was never
  opened is not read: "High or above (> 60 g …)" rewritten "High or more than 60 g …)" is a wording fault of its own,
  for the comparator rules.)
- A lead-in (a criterion that ends with a colon: the items under it follow) whose bullets neither end a clause with a
  colon nor announce anything ("these", "the following", "any of", "either", "for example"…): "Female Participant must
  either:" said as "If you are female" has lost the "must either" that ties the items under it to the reader, and
  "… and must meet the following spirometric criteria:" cut to "You must have a diagnosis of COPD" has lost the
  criteria's name and their tie.

Measured over the offline bullets of the corpus and of Chia, and the hand-written paraphrases: nothing faithful is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.findings import Finding, Severity

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


def _pairs(text: str, pair: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == pair[0]) - (ch == pair[1])
        if depth < 0:
            return False
    return depth == 0


def cut_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error for each bullet citing `source` (index, text) that opens a bracket it never closes, where the source
    pairs its own; and one when `source` is a lead-in and none of the bullets leads to anything."""
    findings = []
    for pair in _PAIRS:
        if pair[0] not in "".join(text for _, text in bullets) or not _pairs(source, pair):
            continue
        for index, text in bullets:
            at = _open(text, pair)
            if at is not None:
                findings.append(Finding(
                    check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                    message=f"bullet {index + 1} opens the bracket “{text[at:at + 30]}…” and never closes it: the "
                    "words that ended the aside were cut", bullet_span=(at, len(text))))
    if bullets and source.rstrip().endswith(":") and not any(_ANNOUNCES.search(text) for _, text in bullets):
        findings.append(Finding(
            check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
            message=f"{source_id} leads in to the items under it (“…{source.rstrip()[-40:]}”), but the bullets citing "
            "it lead to nothing: its closing words were cut"))
    return findings
