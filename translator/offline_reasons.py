"""An exclusion that gives its reason after the condition, put to the reader with the reason as a sentence of its
own (offline backend).

"Women who are pregnant or breastfeeding because of teratogenic potential", "Patients with HIV or AIDS as the use of
protease inhibitors can result in serious colchicine toxicity", "Patients with grade 2 or higher peripheral sensory
neuropathy because bortezomib can cause irreversible worsening" hold a condition and the study's reason for it. The
opening rules read the reason as part of the condition and leave the whole as written, so the bullet stayed in the
third person. Read alone, the condition is said to the reader by the rules that already say it ("You are pregnant or
breastfeeding"); the reason then follows as a sentence of its own, so that it cannot read as the cause of the
reader's state ("You are pregnant or breastfeeding because of …" would): "You are pregnant or breastfeeding. This is
because of teratogenic potential."

"because" is kept before a risk ("because of the potential for …") or a clause; a clause whose subject is a pronoun
("because it was toxic", "as these limit …") may be about the condition's own drug, and a condition that is a doing
with a cause of its own ("discontinued X because of toxicity", "unable to …") keeps the reason as part of it.
"as" is said "because" only where a clause follows it (a subject, then a verb within a few words: "as mesothelin is
not expressed …"), not "as judged by", "as defined", "such as", "as well as", "as long as". "since" stays as
written (it may be a time: "since the last dose"). Only when:
- the criterion is one sentence and the reason ends it;
- the reason names no people ("because of their poor prognosis", "as these patients will …", "because they …": whom
  "they" means beside "you" is unsure);
- the condition, read alone, is said to the reader from its first word to its own end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_VERB = r"(?:is|are|was|were|can|may|might|could|will|would|has|have|had|does|do|cannot|must|should)"
# a reason: "because of" a risk, or "because"/"as" and a clause whose subject is no pronoun ("as these limit …",
# "because it was toxic" may say what the condition's own drug did)
_CLAUSE = r"(?!(?:it|this|that|these|those|they|which)\b)(?:[\w()/-]+\s+){1,6}?" + _VERB + r"\b"
_REASON = re.compile(
    r"\s*,?\s+(?:(?P<because>because)\s+(?=of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:potential\w*|risks?|possib\w+|danger\w*|"
    rf"unknown)\b|{_CLAUSE})|(?P<as>as)\s+(?={_CLAUSE}))",
    re.IGNORECASE,
)
# a condition that is a doing with a cause of its own: "Patients who discontinued X because of toxicity"
_CAUSED = re.compile(
    r"\b(?:stop\w*|discontinu\w+|withdr[ae]w\w*|interrupt\w*|fail\w*|chang\w+|switch\w*|hospitali[sz]\w+|admitted|"
    r"refus\w+|reduc\w+|delay\w*|modif\w+|declin\w+|unable|unwilling|cannot|inability)\b",
    re.IGNORECASE,
)
# "as" that does not open a reason
_NOT_A_REASON = re.compile(
    # (after a participle, "as" names what a thing is taken for: "considered as medically important", "known as")
    r"(?:such|well|long|far|soon|much|many|same|\w+ed|known|seen|taken|shown)\s*$|^\s*(?:judged|defined|determined|assessed|evidenced|described|"
    r"indicated|needed|required|per|a\b|an\b|well|long|part|measured|confirmed|documented|listed|shown|noted|"
    r"specified|outlined|stated|deemed|appropriate|applicable|follows)",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:they|them|their|theirs|he|she|his|her|him|patients?|subjects?|participants?|individuals?|people|persons?|"
    r"wom[ae]n|men|females?|males?|volunteers?|you|your)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:!?]\s+\S")
_JUDGED = re.compile(r"\b(?:excluded|included|eligible|ineligible|allowed|permitted|enrolled|exempt)\b", re.IGNORECASE)


def reason_edits(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """ "Patients with X because of Y" → "You have X. This is because of Y" (see the module), or no edit."""
    if kind is not SectionKind.EXCLUSION:
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    if _SENTENCE_END.search(masked.rstrip()) or "(" in masked or "[" in masked:
        return []  # a second sentence, or a bracket left open
    found = [m for m in _REASON.finditer(masked) if m.group("because") or _as_a_reason(masked, m)]
    found = [m for m in found if not re.search(r"[()\[\]]", text[m.start() : m.end()])]  # an aside before it stays
    if len(found) != 1 or found[0].start() == 0:
        return []  # no reason, or two: which one ends the condition is unsure
    reason = found[0]
    if _PEOPLE.search(masked, reason.end()) or re.search(r"\b(?:because|since)\b", masked[reason.end() :], re.I):
        return []  # "because of their poor prognosis": whom "their" means beside "you" is unsure
    if not re.search(r"\w", masked[reason.end() :]) or _JUDGED.search(masked, reason.end()):
        return []  # "… as X will be excluded": the sentence's own verb is after the "as", which is then no reason
    if _CAUSED.search(masked, 0, reason.start()):
        return []  # "… discontinued X because of toxicity": the cause is the condition's own
    own = edits_for(text[: reason.start()])
    if not own or min(e.start for e in own) != 0 or max(e.end for e in own) > reason.start():
        return []
    if not min(own, key=lambda e: e.start).text.startswith(("You ", "If you ")):
        return []
    return [*own, Edit(reason.start(), reason.end(), ". This is because ", "person")]


def _as_a_reason(text: str, m: re.Match[str]) -> bool:
    """Whether an "as" opens a reason: not "such as", "as well as", "as defined by", "as judged by"."""
    return not (_NOT_A_REASON.search(text[: m.start()]) or _NOT_A_REASON.match(text[m.end() :]))
