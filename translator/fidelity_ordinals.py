"""An ordinal no bullet says: "first or second relapse" said as "your first relapse"; "second- or third-line therapy"
said as "second-line therapy".

An ordinal word is no number to the fact checks, and "second" shares no stem with "2nd"; the words checks read it as one
word among many. Yet it says which of a series counts, as a number does: a bullet that says the ordinal in neither form
("second", "2nd") has lost that one (a bare "2" is not read as it: "no more than 2 induction attempts" beside "first or
second relapse" says no relapse). Only an ordinal after another in a series is read: alone, "a second malignancy" is
"another cancer", and "in 1 second" a unit of time. Measured over the offline bullets of the corpus (54,524 criteria)
and of Chia (9,909) and the hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

# Each ordinal and the ways a bullet may say it.
_SAID_AS = {"second": r"second|2nd", "third": r"third|3rd", "fourth": r"fourth|4th", "fifth": r"fifth|5th"}
# An ordinal in a series with another ("first or second", "second- or third-degree", "first, second and third"):
# alone, "a second malignancy" is "another cancer" to a careful writer.
_JOINED = r"[\w-]*\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+|to\s+)"
_AFTER = re.compile(rf"\b(?:first|second|third|fourth)\b(?={_JOINED}(second|third|fourth|fifth)\b(?!s\b))",
                    re.IGNORECASE)
_BEFORE = re.compile(rf"\b(second|third|fourth)\b(?={_JOINED}(?:second|third|fourth|fifth)\b)", re.IGNORECASE)


def unsaid_ordinals(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the ordinals of `source` that no bullet says in any form."""
    said = " ".join(bullets)
    spans = sorted({m.span(1) for m in [*_AFTER.finditer(source), *_BEFORE.finditer(source)]})
    return [(a, b) for a, b in spans
            if not re.search(rf"\b(?:{_SAID_AS[source[a:b].casefold()]})(?:-|\b)", said, re.IGNORECASE)]


def ordinal_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                     raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each ordinal of `source` that the `bullets` citing it (index, text) do not say."""
    return [Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                    bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None,
                    message=f"{source_id}: the bullets citing it do not say “{source[a:b]}”: which of a series counts")
            for a, b in unsaid_ordinals(source, [text for _, text in bullets])]
