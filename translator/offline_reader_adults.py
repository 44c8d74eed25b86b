"""An inclusion's "Adult patients" with their age and what describes them, put to the reader (offline backend).

translator.offline_diagnosis_openings says "Adult patients 18 to 65 years old" and "Adult patients with acute
leukemia" ("You are an adult, 18 to 65 years old", "You are an adult with acute leukemia"), the age or the "with"
and nothing more. The corpus goes on: "Adult patients (≥18 years) with biopsy proven duodenal neuroendocrine
tumors", "Adult patients ≥ 19 years of age who are able to freely provide informed consent", "Adult patients (> 18
years) scheduled for cardiopulmonary bypass surgery". Here the reader is the adult and the rest describes them, in
the source's words: "You are an adult (18 years or older) with biopsy proven …", "You are an adult 19 years or older
who is able to freely provide informed consent". A "who" clause's verb is said of one ("who are" → "who is", "who
have failed" → "who has failed"), as offline_subjects says "You are a woman who is …".

Only an inclusion, at the top of a criterion, whose rest opens with an age, a bracket, "aged", "with", "who",
"between", "up to" or a participle ("scheduled", "undergoing"); with no other person in it ("males and females",
"their", "children"), no verb of its own outside a "who" clause ("… will be included") and no "who" verb the
singular is not known for. One sentence.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_clause_verbs import FINITE
from translator.offline_edits import Edit
from translator.offline_subjects_words import MODALS, OTHERS, SINGULAR

_ADULT = re.compile(r"\s*adult\s+(?:patients|subjects|participants)\b|\s*adults\b", re.IGNORECASE)
_REST = re.compile(
    r"\s*\(|\s*[≥≤<>]|\s+\d|\s+(?:aged?|with|who|between|up\s+to|older|over|scheduled|undergoing|having|"
    r"diagnosed|referred|presenting|admitted)\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"\bwho\s+(?P<verb>[\w'’]+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s+\S)")


def adult_reader_edits(text: str, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "Adult patients (≥18 years) with X who are Y" → "You are an adult (18 years or older) with X who is Y" (see
    the module), or none."""
    if kind is not SectionKind.INCLUSION or parent is not None:
        return []
    adult = _ADULT.match(text)
    if adult is None or _REST.match(text, adult.end()) is None or _SENTENCE_END.search(text, adult.end()):
        return []
    if re.search(r"\b(?:with|and|or|of|to|for|in|by|who)\s*[:,]?\s*$", text, re.IGNORECASE):
        return []  # "adult patients aged ≥ 55 years with": the rest is elsewhere
    rest = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text[adult.end() :])
    if OTHERS.search(rest) or re.search(r"\b(?:their|theirs|themselves)\b", rest, re.IGNORECASE):
        return []  # "Adult patients aged (>18), males and females, …": more than the reader
    if re.match(r"\s+with\b", rest, re.IGNORECASE) and re.search(r"\band/or\b|\b\w{3,}ing\b", rest, re.IGNORECASE):
        return []  # "Adult patients with registered opt-out for using … data": more than a condition (s39)
    whos = list(_WHO.finditer(rest))
    edits = [Edit(len(text) - len(text.lstrip()), adult.end(), "You are an adult", "person")]
    for who in whos:
        verb = who.group("verb")
        singular = SINGULAR.get(verb.lower())
        if singular is None or verb.lower() in MODALS:
            return []  # "who need" said of one needs the table's word; "who can" stays the source's
        if singular != verb.lower():
            at = adult.end() + who.start("verb")
            edits.append(Edit(at, at + len(verb), singular, "person"))
    owned = {adult.end() + w.start("verb") for w in whos}
    if any(adult.end() + f.start() not in owned for f in FINITE.finditer(rest)):
        return []  # "… will be included in the study": a verb of the sentence's own
    return edits
