"""Level and result words a faithful wording says by a plain noun: "cardiac insufficiency" as "heart failure",
"ECG abnormalities" as "ECG problems".

- "insufficiency" after "cardiac"/"heart" is a "reduced" level (`translator.fact_levels`); an LLM says the whole
  as "heart failure", the usual English name, which has no level word. Where a bullet citing the source says
  "heart failure" or "cardiac failure", the source's "insufficiency" there is said.
- the noun "abnormality"/"abnormalities" is an "abnormal" result (`translator.results`); an LLM says it
  "problem(s)". Where a bullet says "problem(s)" and no "normal", the source's noun is said. Not the adjective
  ("abnormal ECG" said "ECG problems" is rare, and "abnormal" turned "normal" must stay caught), unless it ends its
  phrase as a noun does ("Subject has serious ECG abnormal at screening" said "Your ECG shows a serious problem").
- "impairment" after "hearing"/"vision" is a "reduced" level; an LLM says the whole "hearing loss".
- "appropriately according to the guidelines" is an "adequate" result; an LLM says "as the guidelines require".
- "inadequately controlled" ("inadequate glycemic control") is an "inadequate" result; an LLM says it "not well
  controlled".
- "Adequate" heading the definition that follows it ("Adequate bone marrow reserve: ANC ≥ 1.5 x 10^9/L; …") says
  nothing the numbers after its colon do not: a rewrite that says those numbers ("Bone marrow: your ANC is at least
  1.5 …") has said it (the numbers themselves are compared by the fact check).
- "must be confirmed" (a "confirmed" result) is what "must be shown to" says: "Normal cardiac function must be
  confirmed by LVEF" said "Your heart must be shown to work normally, measured by LVEF".
Only in that direction: "failure" and "problems" are no facts of their own, so a source that says them needs
nothing in a bullet ("HF" spelled out adds nothing), and a bullet that drops the word ("severe heart disease",
"ECG findings") still leaves it missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_once import once_spans
from translator.fidelity_period_words import period_spans

_NORMAL_RE = re.compile(r"\bnormal\b", re.IGNORECASE)
# (the source's word, the plain wording that says it, a word that must not be in that bullet)
_PLAIN_NAMES: list[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = [
    (re.compile(r"\b(?:cardiac|heart)\s+(insufficiency)\b", re.IGNORECASE),
     re.compile(r"\b(?:cardiac|heart)\s+failure\b", re.IGNORECASE), _NORMAL_RE),
    # and "abnormal" that ends its phrase as a noun does ("serious ECG abnormal at screening")
    (re.compile(r"\b(abnormalit(?:y|ies)|abnormal(?=\s*(?:[.,;:)]|$|(?:at|on|in|during|by|i\.?e)\b)))",
                re.IGNORECASE), re.compile(r"\bproblems?\b", re.IGNORECASE), _NORMAL_RE),
    # "inadequately controlled" said "not well controlled" or "that medicine does not control well" (its negation is
    # counted apart, so a bullet that drops the "not" has lost both)
    # ("inadequate glycemic control", a noun with what it controls, said "not well controlled" too)
    (re.compile(r"\b(inadequate(?:ly)?)\s+(?:controlled|(?:[a-z]+\s+)?control)\b", re.IGNORECASE),
     re.compile(r"\bnot\s+(?:(?:well|adequately|properly|sufficiently)\s+controlled|control\w*\s+(?:\w+\s+)?well)\b"
                r"|\bpoorly\s+controlled\b", re.IGNORECASE), _NORMAL_RE),
    # "hearing impairment" said "hearing loss": the usual English name, which has no level word
    (re.compile(r"\b(?:hearing|visual|vision)\s+(impair(?:ment|ed))\b", re.IGNORECASE),
     re.compile(r"\b(?:hearing|vision|visual|sight)\s+loss\b|\bloss\s+of\s+(?:hearing|vision|sight)\b", re.IGNORECASE),
     _NORMAL_RE),
    # "interrupt the treatment appropriately according to the guidelines" said "pause them as the guidelines require"
    (re.compile(r"\b(appropriately|adequately|properly)\s+(?:according\s+to|as\s+per|per)\s+(?:the\s+)?"
                r"(?:guidelines?|protocol|recommendations?|label(?:ling)?)\b", re.IGNORECASE),
     re.compile(r"\bas\s+(?:the\s+)?(?:guidelines?|protocol|recommendations?|label(?:ling)?)\s+"
                r"(?:requires?|says?|recommends?|advises?)\b", re.IGNORECASE), None),
    (re.compile(r"\bmust\s+be\s+(confirmed)\b", re.IGNORECASE),
     re.compile(r"\bmust\s+be\s+shown\s+to\b", re.IGNORECASE), None),
]
# up to four words of what is adequate, its colon, then a number within a few words
_DEFINED_RE = re.compile(r"^\W*(adequate(?:ly)?)\s+(?:[\w()-]+\s+){0,3}[\w()-]+\s*:\s*(?=[^.;:]{0,60}\d)",
                         re.IGNORECASE)


def plain_name_spans(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of the source's level words that a bullet says by a plain noun ("heart failure", "problems"), or a
    result said by its plain verb ("must be confirmed by" said "must be shown to")."""
    spans: list[tuple[int, int]] = []
    for word_re, plain_re, unless in _PLAIN_NAMES:
        if any(plain_re.search(text) and not (unless and unless.search(text)) for text in bullets):
            spans += [m.span(1) for m in word_re.finditer(source)]
    if (defined := _DEFINED_RE.match(source)) is not None:
        spans.append(defined.span(1))
    # "during the Screening Period" said "in the Screening Period"; "one time" said "once"
    return spans + period_spans(source, bullets) + once_spans(source, bullets)
