"""A head noun lost between a verb and its "of": "HAs of any kind" (headaches) said as "You have of any kind …".

A rewrite that drops the noun a phrase hangs on leaves "of" right after the verb or article that led to the noun:
"you have of", "they had of", "the of". That is never English, and what the bullet is about is gone (the words
after "of" only narrow it). The words-left-out checks read runs of lost words and miss a lone noun, the more so an
abbreviation ("HAs") that no lexicon holds. So a bullet that has more such stranded "of"s than its source (a
source's own slip, "of the of the cervix", copied is no loss) has lost a word.

Measured over the offline bullets of the corpus and Chia (d6/c7) before it was added: one such bullet, the lost
"HAs" above; none in the hand-written paraphrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

# A subject's "have" or an article right before "of": the noun between them gone. Lower-case articles only: "Part A
# of the study" names a part. Not "any of", "all of", "none of", "one of": those stand for the noun themselves.
_STRANDED = re.compile(r"\b(?:(?:[Yy]ou|[Tt]hey|[Ss]he|[Hh]e|[Ww]e)\s+(?:have|has|had)|(?<!\w)(?:the|a|an|your|their))"
                       r"\s+of\b")


def stranded_of_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                      raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each bullet (index, text) with more stranded "of"s than `source` has."""
    own = len(_STRANDED.findall(source))
    findings = []
    for index, text in bullets:
        found = list(_STRANDED.finditer(text))
        if len(found) > own:
            quote = text[found[0].start():found[0].end() + 20].rsplit(" ", 1)[0]
            findings.append(Finding(
                check="content_missing", severity=Severity.ERROR,
                message=f"{source_id}: bullet {index + 1} says “{quote} …”: the word that “of” hangs on is left out",
                criterion_id=source_id, bullet_index=index, source_span=raw_of(0, len(source)) if raw_of else None))
    return findings
