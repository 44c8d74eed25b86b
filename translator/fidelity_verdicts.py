"""A verdict on joining turned round: "Patients with disseminated disease are not permitted" said as "If you have
disseminated disease, you can join".

"Not allowed", "not permitted" and "not eligible" are no negation cues for the counts
(translator.fidelity_negation_counts): after a person they are the section's own wording ("patients … are not
eligible" under the exclusions says what the heading says). So a bullet that drops the "not" of such a verdict
loses no counted negation, and an inclusion that refuses a group could be published as one that admits it. Two
narrow errors close that gap without reading the wording:

- an inclusion whose source refuses a group ("are not permitted", "are ineligible", "will be excluded") cited by
  bullets that say no refusing word at all ("not", "cannot", "no", "excluded", "never" …): the refusal is lost;
- a source that admits a group ("are allowed", "are eligible") and has no refusing word at all, cited by bullets
  that refuse one ("are not allowed", "cannot join"): a refusal is invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.criteria import SectionKind
from translator.findings import Finding, Severity

_REFUSES = re.compile(
    r"\b(?:not|never)\s+(?:be\s+)?(?:allowed|permitted|eligible|included|accepted|acceptable|enrolled)\b"
    r"|\b(?:ineligible|excluded|disallowed|prohibited|forbidden)\b"
    r"|\b(?:cannot|can\s*not|can't|may\s+not)\s+(?:join|participate|take\s+part|enrol+|be\s+(?:enrolled|included))\b",
    re.IGNORECASE,
)
_ADMITS = re.compile(r"\b(?:allowed|permitted|eligible|acceptable|can\s+join)\b", re.IGNORECASE)
# Any word that refuses or negates: a bullet with one of these may still say the refusal in its own way.
_NEGATIVE = re.compile(
    r"\b(?:not|no|none|never|neither|nor|cannot|without|ineligible|excluded?|exclusions?|prohibited|forbidden|"
    r"disallowed|unable|unless|except|only)\b|n['’]t\b",
    re.IGNORECASE,
)


def verdict_findings(
    source_id: str,
    source: str,
    kind: SectionKind,
    bullets: Sequence[tuple[int, str]],
    raw_of: Callable[[int, int], tuple[int, int]] | None = None,
) -> list[Finding]:
    """Errors for a verdict on joining that the bullets (index, text) citing `source` turned round (see the module)."""
    if not bullets:
        return []
    said = " ".join(text for _, text in bullets)
    refusal = _REFUSES.search(source)
    if kind is SectionKind.INCLUSION and refusal is not None and _NEGATIVE.search(said) is None:
        return [_finding("negation_dropped", source_id, bullets, refusal, raw_of,
                         f"{source_id} refuses a group ({refusal.group()!r}); the bullets citing it say no refusal")]
    admits = _ADMITS.search(source)
    refused = _REFUSES.search(said)
    if admits is not None and _NEGATIVE.search(source) is None and refused is not None:
        return [_finding("negation_added", source_id, bullets, admits, raw_of,
                         f"{source_id} admits a group ({admits.group()!r}), but the bullets citing it refuse one "
                         f"({refused.group()!r})")]
    return []


def _finding(check: str, source_id: str, bullets: Sequence[tuple[int, str]], where: re.Match[str],
             raw_of: Callable[[int, int], tuple[int, int]] | None, message: str) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
                   message=message, source_span=raw_of(where.start(), where.end()) if raw_of else None)
