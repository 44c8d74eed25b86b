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
  that refuse one ("are not allowed", "cannot join"): a refusal is invented;
- a bullet that says the reader is not randomised ("to the time you are not randomized") where its source has no
  refusing or negating word at all: "randomized" is no word of a section's verdict, so the negation counts
  (translator.negation reads "not … randomized" as one) leave it to this check;
- an exclusion that lets a group in after all ("Subjects … taking an allowed, prescribed medication … may be
  eligible for participation in the study") cited by bullets that admit no one and make no exception in any words
  (no "can join", "may be eligible", "allowed", "except", "unless", "does not count" … outside a refusal): the
  exception is lost, and the exclusion now shuts out the very group it let in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.criteria import SectionKind
from translator.findings import Finding, Severity

# ("are not to be enrolled": the refusal said as what is to be done, not an admission of "be enrolled")
_REFUSES = re.compile(
    r"\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?(?:allowed|permitted|eligible|included|accepted|acceptable|enrolled)\b"
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


_NOT_RANDOMISED = re.compile(r"\b(?:not|never)\s+(?:be\s+|been\s+|yet\s+)?randomi[sz]ed\b"
                             r"|\bcannot\s+be\s+randomi[sz]ed\b", re.IGNORECASE)
# A verdict that lets a group in: "may be eligible", "are allowed", "can participate" (not "an allowed medication");
# "is otherwise allowed" after what it shuts out ("You are on interferon (antiviral therapy is otherwise allowed)")
_LETS_IN = re.compile(
    r"\b(?:may|can|could|will|are|is|be|remain)\s+(?:still\s+|also\s+|otherwise\s+)?(?:be\s+)?(?:considered\s+)?"
    r"(?:eligible|allowed|permitted|included|enrolled|acceptable)\b"
    r"|\b(?:may|can|could)\s+(?:still\s+|also\s+)?(?:participate|enrol+|join|take\s+part)\b",
    re.IGNORECASE,
)
# What a bullet makes an exception with, in any words.
_EXCEPTS = re.compile(r"\b(?:except|exception|excepted|unless|not\s+(?:be\s+)?excluded|(?:does|do)\s*(?:not|n['’]t)\s+"
                      r"(?:count|apply|exclude)|not\s+a\s+reason|still|other\s+than|apart\s+from|as\s+long\s+as"
                      r"|provided|only\s+if|accept(?:ed|able)|fine|ok(?:ay)?|without\s+restriction"
                      r"|(?:you|they|people|patients)\s+may\s+(?:still\s+|also\s+)?(?:have|use|be|take|get|receive|continue)"
                      r"|may\s+be\s+able\s+to)\b", re.IGNORECASE)


def lost_exception(source: str, kind: SectionKind, said: str) -> re.Match[str] | None:
    """Where an exclusion `source` lets a group in that the bullets (`said`) let in nowhere, in no words."""
    if kind is not SectionKind.EXCLUSION:
        return None
    lets_in = _LETS_IN.search(_REFUSES.sub(lambda m: " " * len(m.group()), source))
    if lets_in is None:
        return None
    rest = _REFUSES.sub(" ", said)
    return None if _LETS_IN.search(rest) or _EXCEPTS.search(rest) else lets_in


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
    unrandomised = _NOT_RANDOMISED.search(said)
    if unrandomised is not None and _NEGATIVE.search(source) is None:
        # (no source span: the match is in the bullets)
        return [_finding("negation_added", source_id, bullets, unrandomised, None,
                         f"the bullets citing {source_id} say {unrandomised.group()!r}, which its source does not")]
    lost = lost_exception(source, kind, said)
    if lost is not None:
        return [_finding("content_missing", source_id, bullets, lost, raw_of,
                         f"{source_id} lets a group in after all ({lost.group()!r}); the bullets citing it make no "
                         "exception: the exclusion now shuts that group out")]
    return []


def _finding(check: str, source_id: str, bullets: Sequence[tuple[int, str]], where: re.Match[str],
             raw_of: Callable[[int, int], tuple[int, int]] | None, message: str) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, criterion_id=source_id, bullet_index=bullets[0][0],
                   message=message, source_span=raw_of(where.start(), where.end()) if raw_of else None)
