"""A criterion that lists nothing: "NA", "N/A" or "Not applicable" as the whole text of a criterion.

A record fills a section it has no rule for with one of these. The faithful bullet says that nothing is listed ("None
are listed.", "Not applicable.", or the letters kept); any other bullet citing it states a rule the source never
made ("You have diabetes."), which no other check can see: the source has no word for a bullet to leave out or to
change. "None are listed." has a negation that "NA" has not; it is the same statement, not a negation added.

Not "None": under a heading ("Prior chemotherapy:" and "None") the word is the rule itself, none allowed, and a
bullet says it with words of its own ("You have had no chemotherapy").

The mirror case: bullets that say nothing of a criterion that says something ("Patients for whom endoscopic
techniques are contraindicated" said as "In your case.", "Other protocol-defined inclusion/exclusion criteria applied
to this study." as "Other inclusion."). The criterion has two content words or more outside its facts (compared as
`content_missing` compares them) and its bullets have none at all: what the rule is about is gone, whatever the run
of lost words (a run of three is only a warning there). Measured over the offline bullets of d4/c4 and the
paraphrases: no finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.facts import FactKind, extract_facts
from translator.fidelity_content import content_words
from translator.fidelity_stranded_of import stranded_of_findings
from translator.findings import Finding, Severity

_EMPTY = re.compile(r"\W*(?:n\s*/\s*a|na|not\s+applicable)\W*", re.IGNORECASE)
# What a bullet may say for it: that nothing is listed, in a few wordings, or the source's own letters.
_NOTHING = re.compile(
    r"\W*(?:n\s*/\s*a|na|not\s+applicable|none|(?:there\s+are\s+)?none\s+(?:are\s+)?(?:listed|given|stated)"
    r"|no\s+(?:criteria|rules|requirements)\s+(?:are\s+)?(?:listed|given|stated)|nothing\s+is\s+listed"
    r"|there\s+are\s+none)\W*",
    re.IGNORECASE,
)
# The checks whose count of negations "None are listed." moves: "NA" has none to count.
NEGATION_CHECKS = frozenset({"negation_added", "negation_dropped"})


def lists_nothing(source: str) -> bool:
    """Whether `source` is a criterion that lists nothing: "NA", "N/A", "Not applicable"."""
    return _EMPTY.fullmatch(source) is not None


def says_nothing(bullet: str) -> bool:
    """Whether `bullet` says only that nothing is listed."""
    return _NOTHING.fullmatch(bullet) is not None


def empty_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                   raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each bullet (index, text) that states something for a criterion that lists nothing, and one when
    the bullets citing a criterion that says something say nothing."""
    if not lists_nothing(source):
        # and a bullet whose noun is lost before "of" ("You have of any kind"): a hollow spot in one
        return _hollow(source_id, source, bullets, raw_of) + stranded_of_findings(source_id, source, bullets, raw_of)
    return [Finding(check="content_invented", severity=Severity.ERROR,
                    message=f"{source_id} lists nothing (“{source.strip()}”) but bullet {index + 1} states a rule",
                    criterion_id=source_id, bullet_index=index, source_span=raw_of(0, len(source)) if raw_of else None)
            for index, text in bullets if not says_nothing(text)]


def _hollow(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
            raw_of: Callable[[int, int], tuple[int, int]] | None) -> list[Finding]:
    if any(content_words(text) for _, text in bullets):
        return []
    facts = [(f.start, f.end) for f in extract_facts(source) if f.kind is not FactKind.NEGATION]
    words = [(a, b) for a, b, _ in content_words(source) if not any(x <= a < y for x, y in facts)]
    if len(words) < 2:
        return []
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it say none of its words (“{source.strip()[:60]}”)",
                    criterion_id=source_id, bullet_index=bullets[0][0],
                    source_span=raw_of(words[0][0], words[-1][1]) if raw_of else None)]
