"""Whole-clause plain wordings for the offline backend: who can take part, and what an allergy is.

- "Patients with treated brain metastases are eligible" → "… can take part"; "are not eligible" → "cannot
  take part"; "will be excluded" → "cannot take part" (only with a person as the subject);
- "hypersensitivity to X" → "allergy to X" (applied once composed, by translator.offline_plain.polish).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, overlaps
from translator.word_keys import word_key

# "Patients with treated brain metastases are eligible" is "… can take part"; a "not" stays a "not" ("cannot").
# Only where a person is the subject: "Mixed histology is not eligible" says a tumour type does not qualify.
# Not "not eligible for inclusion": the fidelity check counts that "not" as a negation and "cannot take part"
# as eligibility wording, so the two would not balance.
_STUDY_END = r"(?:\s+for\s+(?:this|the)\s+(?:study|trial))?"
_ELIGIBLE = [
    (re.compile(rf"(?<![\w-])(?:is|are|will\s+be)\s+(?P<also>also\s+)?eligible(?:\s+for\s+(?:inclusion|enrol(?:l)?ment|"
                rf"entry)(?:\s+(?:in|into)\s+(?:this|the)\s+(?:study|trial))?|{_STUDY_END})"
                r"(?=\s*(?:[.;,)]|$)|\s+(?:if|provided|unless|as\s+long\s+as|only\s+if)\b)", re.I),
     r"can \g<also>take part"),
    (re.compile(rf"(?<![\w-])(?:is|are|will)\s+not\s+(?:be\s+)?eligible{_STUDY_END}"
                r"(?=\s*(?:[.;,)]|$)|\s+(?:if|unless)\b)", re.I), "cannot take part"),
    # "will be excluded" is no "not" to the check, and "cannot take part" is eligibility wording: they balance.
    # Not "may be excluded" (only may), nor "not excluded" (a "not" the check counts).
    (re.compile(r"(?<![\w-])(?<!not )(?:will|shall|should|must|is|are)\s+(?P<also>also\s+)?(?:be\s+)?excluded"
                r"(?:\s+from\s+(?:(?:taking\s+)?part(?:icipation|icipating)?\s+in\s+)?(?:the|this)\s+(?:study|trial))?"
                r"(?=\s*(?:[.;,)]|$)|\s+(?:if|unless)\b)", re.I), r"\g<also>cannot take part"),
]
_PERSON = re.compile(
    r"\b(?:patients?|subjects?|participants?|people|persons?|individuals?|women|men|males?|females?|children|"
    r"adults?|adolescents?|candidates?|volunteers?|those|anyone|you|he|she|they|mothers?|donors?|recipients?)\b",
    re.IGNORECASE,
)

# A second judge after the first ("in the opinion of the investigator or sub-investigator", "… and/or the sponsor"):
# "in the study doctor's view or sub-investigator" would make the second a view. Not a clause going on ("… and could").
# A list of judges too: "in the opinion of the investigator, medical monitor, or consultant cardiologist".
AND_ANOTHER = (
    r"\s*(?:/|(?:or|and|and/or)\s+(?!(?:in|could|would|may|might|will|should|shall|must|is|are|was|were|has|have|can|"
    r"cannot|does|do|did|if|that|which|who|when|where|then|so|not)\b))"
    r"|\s*,\s*(?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+,\s*(?:or|and|and/or)\s"
)
# A later clause that repeats the verb by an auxiliary: "are excluded, as are patients with X", "…, nor are …".
_ECHOED = re.compile(
    r"\s*,?\s*(?:as|so|nor|neither)\s+(?:are|is|were|was|will|would|do|does|must|should|shall)\b", re.IGNORECASE
)


def eligible_edits(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    edits: list[Edit] = []
    for pattern, wording in _ELIGIBLE:
        for m in pattern.finditer(text):
            # brackets out first: an "i.e. patients …" inside them is neither a sentence end nor the subject
            clause = re.split(r"[.;:]\s", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text[: m.start()]))[-1]
            if _ECHOED.match(text, m.end()):
                continue  # "… are excluded, as are patients who …": the echo needs the verb it repeats
            if _PERSON.search(clause) and not any(overlaps(m.span(), t) for t in taken):
                edits.append(Edit(m.start(), m.end(), m.expand(wording), "plain"))
    return edits


# "Hypersensitivity to X" (a drug, a food, a component) is an allergy to X; not where the source names allergy
# beside it ("allergy or hypersensitivity to X" draws a line the one word would erase), nor to light, cold or
# heat, nor a named disease ("hypersensitivity pneumonitis", "delayed-type hypersensitivity" skin tests).
_HYPERSENSITIVE = re.compile(
    r"(?<![\w-])(?<!delayed )(?<!delayed-type )(?<!delayed type )(?P<word>hypersensitiv(?:ity|ities|e))"
    r"(?=\s+(?:to|against)\s+(?!(?:sun)?light|sun\b|ultraviolet|uv\b|cold\b|heat\b|noise\b|sound\b|touch\b))",
    re.IGNORECASE,
)
_ALLERGY_WORDING = {"hypersensitivity": "allergy", "hypersensitivities": "allergies", "hypersensitive": "allergic"}


def allergy_edits(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Edit]:
    edits: list[Edit] = []
    for m in _HYPERSENSITIVE.finditer(text):
        sentence = re.split(r"(?<=[.;!?])\s", text[: m.start()])[-1] + text[m.end() :].split(".")[0]
        if re.search(r"allerg", sentence, re.IGNORECASE) or any(overlaps(m.span(), t) for t in taken):
            continue
        wording = _ALLERGY_WORDING[word_key(m.group("word"))]
        if m.group()[0].isupper():
            wording = wording.capitalize()
        edits.append(Edit(m.start(), m.end(), wording, "plain"))
    return edits
