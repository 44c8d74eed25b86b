"""A denial stretched over the other side of "or": "Absence of objectionable cognitive impairment or presence of
dementia of severe degree" said as "You have no objectionable cognitive impairment or dementia of severe degree".

The source denies one alternative and affirms the other; with "presence of" gone, the bullet's "no" reaches over the
"or" and denies the dementia too, the opposite of the rule. The negation checks count negations (one each side
here) and compare negated verbs (there is none), so the move goes unseen. So where a source says "absence (lack) of X
or presence of Y", the bullets citing it must put something that affirms between their last
negation and Y ("presence", "signs", "history", "have", "with", "shows"…); a bullet whose last word of that kind
before Y is a negation has denied Y. (The reverse, the denial of X lost, leaves a negation fewer: the negation count
sees it.)

Measured over the offline bullets of the corpus and Chia (d7/c8): the two criteria of this shape are copied with
their "presence of"; nothing is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import content_words
from translator.fidelity_negation_words import AFFIRMED
from translator.findings import Finding, Severity

_DENIED_OR_AFFIRMED = re.compile(rf"\b(?:absence|lack)\s+of\s+[^.;]{{1,150}}?(?:{AFFIRMED.pattern})\s*(?P<y>[^.;]+)",
                                 re.IGNORECASE)
# The words that decide what a bullet says of the alternative after them: a denial, or an affirmation.
_DENIES = re.compile(r"\b(?:no|not|never|without|absence|absent|lack|lacking|free\s+of|none|neither|nor)\b|n't\b",
                     re.IGNORECASE)
_AFFIRMS = re.compile(r"\b(?:presence|present|evidence|signs?|history|have|has|had|having|with|shows?|showing|is|are"
                      r"|was|were|there\s+is|there\s+are|diagnosed|suffer\w*|or\s+you)\b", re.IGNORECASE)


def denied_alternative_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                                raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each bullet (index, text) that denies the alternative `source` affirms after "or presence of"."""
    findings = []
    for m in _DENIED_OR_AFFIRMED.finditer(source):
        words = content_words(m.group("y"))
        if not words:
            continue
        stem = words[0][2]
        for index, text in bullets:
            # the last time the bullet says it: the denied alternative may share its word ("absence of HCV … or
            # presence of HCV …")
            at = next((a for a, _, s in reversed(content_words(text)) if s == stem), None)
            if at is None:
                continue
            clause = re.split(r"[.;:]\s", text[:at])[-1]
            denial = [d.end() for d in _DENIES.finditer(clause)]
            affirmation = [a.end() for a in _AFFIRMS.finditer(clause)]
            if denial and (not affirmation or affirmation[-1] < denial[-1]):
                findings.append(Finding(
                    check="negation_moved", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                    message=f"{source_id} denies one alternative and affirms the other (“{m.group(0)[:80]}”), but "
                    f"bullet {index + 1} denies “{text[at:at + 40].split(',')[0]}” too",
                    source_span=raw_of(*m.span("y")) if raw_of else None))
                break
    return findings
