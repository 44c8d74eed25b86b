"""An act of the reader named as a noun, put to the reader (offline backend): a refusal ("Refusal or inability to give
informed consent" → "You refuse or are unable to give informed consent"; "Refusal to undergo regional anesthesia" →
"You refuse to have regional anesthesia"; "Refusal of blood products" → "You refuse blood products") and a
treatment stopped a set time before the study ("Discontinuation of dopamine agonists at least 2 weeks prior to
Baseline" → "You stopped dopamine agonists at least 2 weeks before Baseline") and a failure to respond ("Failure to
respond to X" → "You failed to respond to X").

offline_openings already says "Refuses to X" as "You refuse to X" and "Inability to X" as "You are unable to X": the
noun "Refusal" names the same act of the reader, so it is said with the same verb, and the words after it (what is
refused, and any "or unable to" joined to it) stay the source's. The patterns join offline_openings' `_LED` (after
its own), so its guards apply: a refusal whose clause has a verb of its own keeps its words.

"Refusal of the patient to X" and "Patient refusal to X" name the reader as the one who refuses, in the source's
third person: "You refuse to X" as well. Not "Refusal of his parents …" (someone else's refusal), nor "Refusal of
the patient …" without "to" (the noun's "of" names whose refusal it is, not what is refused), nor a bare "Patient
refusal" (no act a verb could carry: it is "Your refusal", as "The patient's refusal" is); nor "Refusal,
inability, or high reluctance to …", a list of three nouns that one verb cannot carry; nor a refusal for a group of
people ("Refusal to use contraception for fertile patients"), which "You refuse to … for patients who …" would say
of others.

A failure of the reader's body or disease after a treatment ("Failure to respond to methotrexate", "Failure to
achieve remission after first induction chemotherapy", "Failure to recover from toxicities of prior therapy") is
said "You failed to …", as offline_openings says "Failed to recover": an outcome already seen, so the past is the
source's time. Not a failure to do something still to come ("Failure to provide consent", "Failure to limit
alcohol", "Failure to meet the criteria"), whose "failed" would put it in the past. A failure to give or sign
consent, the whole criterion, is said as the consent rules say consent given: "You have not given informed
consent", "You have not signed the informed consent form".

A discontinuation is said "You stopped", as offline_openings says "Discontinued X" (and the plain words say
"Discontinuation" as "Stopping"), only where the sentence gives a least time between the stop and a point of the
study ("at least 4 weeks prior to Day 1", "≥ 4 weeks before"): then it is the reader's own past stop, the time as
exact as the source's. Not a discontinuation with no such time ("Discontinuation of taxane therapy … secondary to
lack of resolution of toxicity" may be the doctor's), nor one "within" a window.

After the reader's "You refuse", an "or unable to" joined to it in the same sentence ("Refusal to take part in
screening procedures or unable to follow the study rules") is the reader's too: "or are unable to", as "Refusal or
inability" is "You refuse or are unable". So is a state of will or ability joined to the reader's "You have" ("Overt
psychosis or mental disability or otherwise incompetent to give informed consent" → "… or are otherwise incompetent
to give …"; "No cannabinoid use … and willing to abstain" → "… and are willing to abstain"): "have" cannot carry an
adjective, and the adjective has no other subject. Not in a clause of its own ("… that would make you unsuitable
or unable to …"), nor after a group or a colon ("… or for females who can get pregnant: pregnant, … or unwilling").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit

# a person, or a word before one, after "Refusal of": whose refusal, not what is refused
_WHOSE = (
    r"(?!\s+(?:the|a|an|his|her|their|its|patients?|subjects?|participants?|parents?|guardians?|legal|partners?|"
    r"family|caregivers?|physicians?|doctors?|investigators?)\b)"
)

# a group of people named in the refusal's own sentence, outside brackets; or a second noun joined to the first
# ("Refusal of treatment or contraindication to X": "You refuse … or contraindication" is no sentence)
_FOR_A_GROUP = (
    r"(?![^.;()]*\b(?:patients?|subjects?|participants?|individuals?|people|persons?)\b)"
    r"(?![^.;()]*\b(?:or|and|and/or)\s+(?:an?\s+)?(?:contraindications?|intolerance|allerg(?:y|ies)|"
    r"hypersensitivity|inability|unwillingness|failure|lack|absence|history|presence|need|use|refusal)\b)"
)

# the source's word for the reader, before or after "refusal"
_READER = r"(?:patients?|subjects?|participants?)"

# the reader's consent, and nothing after it naming whose ("consent of parents", "consent by a guardian")
_CONSENT = (
    r"(?=\s+(?:(?:written|signed|the)\s+)?(?:informed\s+)?consent(?:\s+forms?)?\s*[.;]?\s*$)"
)

# a least time before a point, in the discontinuation's own sentence
_AT_LEAST_BEFORE = (
    r"(?=(?:\b(?:e\.g|i\.e|etc)\.|[^.;:])*?(?:\bat\s+least|≥|>=|\bmore\s+than|\bgreater\s+than)\s*\d+(?:\.\d+)?\s*"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:prior\s+to|before)\b)(?![^.;:]*\bwithin\b)"
)

# (pattern at the start, replacement), as offline_openings._LED; "{c}" is the source's joining word, lower-cased
NOUN_ACTS: list[tuple[str, str]] = [
    (rf"refusal\s+(?P<c>or|and/or)\s+inability\s+to\b{_FOR_A_GROUP}", "You refuse {c} are unable to"),
    (rf"inability\s+(?P<c>or|and/or)\s+refusal\s+to\b{_FOR_A_GROUP}", "You are unable {c} refuse to"),
    (rf"refusal\s+to\b{_FOR_A_GROUP}", "You refuse to"),
    # "Patient refusal to X", "Refusal of the patient to X": the reader's own refusal, named by the source's word for
    # the reader; only before "to" (a bare "Patient refusal" names no act a verb could carry: "Your refusal" below)
    (rf"{_READER}(?:'s?)?\s+refusal\s+to\b{_FOR_A_GROUP}", "You refuse to"),
    (rf"refusal\s+of\s+the\s+{_READER}\s+to\b{_FOR_A_GROUP}", "You refuse to"),
    # a bare "Patient refusal" (the whole criterion): the reader's refusal, said as "the patient's refusal" is ("Your
    # refusal"), with no act made up for it to refuse
    (rf"{_READER}(?:['’]s?)?\s+refusal(?=\s*[.;]?\s*$)", "Your refusal"),
    (rf"refusal\s+of\b{_WHOSE}{_FOR_A_GROUP}(?=\s+\w)", "You refuse"),
    # "Failure to provide informed consent": consent not given, said as the consent rules say it given ("You have
    # given written informed consent"); only the reader's consent, nobody else's after it
    (rf"failure\s+to\s+(?:give|provide)\b{_CONSENT}{_FOR_A_GROUP}", "You have not given"),
    (rf"failure\s+to\s+sign\b{_CONSENT}{_FOR_A_GROUP}", "You have not signed"),
    (rf"discontinuation\s+of\b{_WHOSE}{_FOR_A_GROUP}{_AT_LEAST_BEFORE}", "You stopped"),
    (rf"failure\s+to\s+(?P<adv>fully\s+)?(?P<v>respond|achieve|recover)\b{_FOR_A_GROUP}", "You failed to {adv}{v}"),
]

_OR_UNABLE = re.compile(r"\b(?P<c>or|and/or)\s+(?=(?:unable|unwilling)\s+to\b)", re.IGNORECASE)
# a clause of its own between the refusal and the "or unable" ("… that would make you unable to")
_OWN_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|if|unless|because|would|could|make|makes)\b|[.;:(]", re.I)


# a state of will or ability joined to the reader's "You have"
_OR_A_STATE = re.compile(
    r"\b(?P<c>or|and|and/or)\s+(?=(?:otherwise\s+)?(?:unable|unwilling|willing|incompetent|incapable)\s+to\b)",
    re.IGNORECASE,
)
_HAVE = re.compile(r"You have\b")
# a clause of its own, a group of people, a list's colon or a "be" that already carries the state ("or are unable or
# unwilling to") between "You have" and the state (brackets masked first)
_NOT_THE_READERS = re.compile(
    r"\b(?:are|is|be|was|were|being|been|am|that|which|who|whom|whose|if|unless|because|would|could|make|makes|where|"
    r"when|while|for|patients?|"
    r"subjects?|participants?|individuals?|people|persons?|wom[ae]n|m[ae]n|females?|males?|partners?|parents?|"
    r"children)\b|[.;:]",
    re.IGNORECASE,
)


def refused_or_unable(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "You refuse to X or unable to Y" → "… or are unable to Y", "You have X or otherwise incompetent to Y" → "… or
    are otherwise incompetent to Y" (see the module); none unless the opening is the reader's "You refuse" (or "You
    are refusing", which offline_plain says so) or "You have"."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    if opening is None:
        return []
    if _HAVE.match(opening.text.strip()) and not re.match(r"\s*to\b", text[opening.end :]):
        masked = re.sub(r"\([^()]*\)", lambda b: "x" * len(b[0]), text)  # "use (cannabis, …) and willing to"
        m = _OR_A_STATE.search(masked, opening.end)
        if m is None or _NOT_THE_READERS.search(masked, opening.end, m.start()):
            return []
        return [Edit(m.end(), m.end(), "are ", "person")]
    if not opening.text.startswith(("You refuse", "You are refusing")):
        return []
    edits = []
    at = opening.end
    for m in _OR_UNABLE.finditer(text, opening.end):
        if _OWN_CLAUSE.search(text, at, m.start()):
            break
        edits.append(Edit(m.end(), m.end(), "are ", "person"))
        at = m.end()
    return edits
