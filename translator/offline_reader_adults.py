"""An inclusion's "Adult patients" with their age and what describes them, put to the reader (offline backend).

translator.offline_diagnosis_openings says "Adult patients 18 to 65 years old" and "Adult patients with acute
leukemia" ("You are an adult, 18 to 65 years old", "You are an adult with acute leukemia"), the age or the "with"
and nothing more. The corpus goes on: "Adult patients (≥18 years) with biopsy proven duodenal neuroendocrine
tumors", "Adult patients ≥ 19 years of age who are able to freely provide informed consent", "Adult patients (> 18
years) scheduled for cardiopulmonary bypass surgery". Here the reader is the adult and the rest describes them, in
the source's words: "You are an adult (18 years or older) with biopsy proven …", "You are an adult 19 years or older
who is able to freely provide informed consent". A "who" clause's verb is said of one ("who are" → "who is", "who
have failed" → "who has failed"), as offline_subjects says "You are a woman who is …".

Only an inclusion (or an exclusion's age alone: "Adults over age 50.", and children's: "Children (<18 years old)." →
"You are a child (younger than 18 years)."), at the top of a criterion, whose rest opens with an age, a bracket,
"aged", "with", "who", "between", "up to" or a participle ("scheduled", "undergoing"); with no other person in it
("males and females", "their", "children"), no verb of its own outside a "who" clause ("… will be included") and no
"who" verb the singular is not known for. One sentence.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_clause_verbs import FINITE
from translator.offline_edits import Edit
from translator.offline_subjects_words import MODALS, OTHERS, SINGULAR

# (one adult too, and a bare "Adult" before its age: "Adult ≥18 years old at the time of informed consent"; a kept noun
# says more of the reader: "Adult outpatients (18 years or older)" → "You are an adult outpatient …")
_ADULT = re.compile(
    r"\s*adult\s+(?:patients?|subjects?|participants?)\b|\s*adults\b|\s*adult(?=\s*[(≥≤<>\d])"
    r"|\s*adult\s+(?P<kept>outpatient|inpatient|volunteer)s?\b",
    re.IGNORECASE,
)
_REST = re.compile(
    r"\s*\(|\s*,?\s*[≥≤<>]|\s*,?\s+\d|\s+(?:aged?|with|who|between|from|up\s+to|older|over|scheduled|undergoing|"
    r"having|diagnosed|referred|presenting|admitted|under|less\s+than|younger\s+than)\b|\s*,\s+aged?\b",
    re.IGNORECASE,
)
_CHILDREN = re.compile(r"\s*children\b", re.IGNORECASE)
# an age and nothing more ("over age 50", "(<18 years old)", "less than 18 years of age", "under the age of 18")
_AGE_ONLY = re.compile(
    r"\s*(?:\((?:aged?\s*)?[<>≤≥][^()]*\)|(?:over|under|less\s+than|more\s+than|older\s+than|younger\s+than)"
    r"\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?\d+(?:\s+years?(?:\s+(?:old|of\s+age))?)?)\s*\.?\s*",
    re.IGNORECASE,
)
# a past verb is the same for one ("who signed informed consent")
_PAST = re.compile(r"[a-z]+[a-df-z]ed|had|did|gave|took|underwent|met|was|were", re.IGNORECASE)  # (not "need")
_WHO = re.compile(r"\bwho\s+(?P<verb>[\w'’]+)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s+\S)")


def adult_reader_edits(text: str, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "Adult patients (≥18 years) with X who are Y" → "You are an adult (18 years or older) with X who is Y" (see
    the module), or none."""
    if parent is not None:
        return []
    adult = _ADULT.match(text) or _CHILDREN.match(text)
    if adult is None or _REST.match(text, adult.end()) is None or _SENTENCE_END.search(text, adult.end()):
        return []
    if (kind is not SectionKind.INCLUSION or adult.re is _CHILDREN) and not _AGE_ONLY.fullmatch(text, adult.end()):
        return []  # an exclusion's "Adults over age 50.", "Children (<18 years old)." say an age alone
    bracket = re.match(r"\s*\([^()]*\)", text[adult.end() :])
    after = text[adult.end() + bracket.end() :] if bracket else ""
    if bracket and after.strip(" .;") and _REST.match(after) is None:
        return []  # "Adult (aged ≥ 18 years) healthy volunteers": the bracket's noun follows it
    if re.search(r"\b(?:with|and|or|of|to|for|in|by|who)\s*[:,]?\s*$", text, re.IGNORECASE):
        return []  # "adult patients aged ≥ 55 years with": the rest is elsewhere
    rest = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text[adult.end() :])
    if OTHERS.search(rest) or re.search(r"\b(?:their|theirs|themselves)\b", rest, re.IGNORECASE):
        return []  # "Adult patients aged (>18), males and females, …": more than the reader
    if re.match(r"\s+with\b", rest, re.IGNORECASE) and re.search(r"\band/or\b|\b\w{3,}ing\b", rest, re.IGNORECASE):
        return []  # "Adult patients with registered opt-out for using … data": more than a condition (s39)
    whos = list(_WHO.finditer(rest))
    said = "You are a child" if adult.re is _CHILDREN else "You are an adult"
    said = f"{said} {adult.group('kept').lower()}" if adult.re is _ADULT and adult.group("kept") else said
    edits = [Edit(len(text) - len(text.lstrip()), adult.end(), said, "person")]
    for who in whos:
        verb = who.group("verb")
        singular = verb.lower() if _PAST.fullmatch(verb) else SINGULAR.get(verb.lower())
        if singular is None or verb.lower() in MODALS:
            return []  # "who need" said of one needs the table's word; "who can" stays the source's
        if singular != verb.lower():
            at = adult.end() + who.start("verb")
            edits.append(Edit(at, at + len(verb), singular, "person"))
    owned = {adult.end() + w.start("verb") for w in whos}
    if any(adult.end() + f.start() not in owned for f in FINITE.finditer(rest)):
        return []  # "… will be included in the study": a verb of the sentence's own
    return edits
