"""An organ the source names that no bullet citing it names: "ascites, encephalopathy or varices" said as "ascites or
varices", "disease of the heart, lungs or kidneys" as "disease of the heart or kidneys".

The organ a criterion names says where a disease is, and so who it is about; a bullet that names none of that organ's
wordings ("renal", "kidney", "nephr…": `translator.fidelity_swaps` keeps them) leaves those people out. A single word
(an organ's adjective in a list, "encephalopathy") is what the words-left-out checks let go, as a plain rewrite
changes single words all the time; an organ's wordings are few, plain and technical, and a rewording keeps one.

Measured over the offline bullets of the corpus and Chia (64,041 source texts with their bullets) and the 625
hand-written paraphrases: no finding, once a pulse says the heart (a "heart rate" among vital signs said as "pulse")
and a term the words it stands for ("electrocardiogram" said as "ECG").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from translator.fidelity_swaps import mentions
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

# Wordings of an organ besides the swap sets' own: words that say the organ but name no other.
_ALSO = {"the heart": re.compile(r"\b(?:pulse|heartbeats?|heart\s*rate)\b", re.IGNORECASE)}


def unsaid_organs(source: str, bullets: Sequence[str]) -> list[str]:
    """The organs `source` names that none of `bullets` names in any wording."""
    named = mentions(source).get("organ")
    if not named:
        return []
    said = " ".join(bullets)
    # a term says the words it stands for: "ECG" names the heart as "electrocardiogram" does
    said += " " + " ".join(m.plain for m in Lexicon.load().find(said) if m.plain)
    told: Counter[str] = mentions(said).get("organ", Counter())
    return sorted(organ for organ in named
                  if not told.get(organ) and not (organ in _ALSO and _ALSO[organ].search(said)))


def organ_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                   raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each organ `source` names that the `bullets` citing it (index, text) name in no wording."""
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it do not name {organ}, which the source names",
                    criterion_id=source_id, bullet_index=bullets[0][0],
                    source_span=raw_of(0, len(source)) if raw_of else None)
            for organ in unsaid_organs(source, [text for _, text in bullets])]
