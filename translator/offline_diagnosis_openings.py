"""Two noun-phrase openings an inclusion list states as a fact about the reader (offline backend): a diagnosis named
by how it was made, and an adult of a given age.

- "Histologic or cytologic diagnosis of NSCLC" → "You have a histologic or cytologic diagnosis of NSCLC";
  "Histological or cytological confirmation of X" → "You have histological or cytological confirmation of X";
  "Clinical and lab diagnosis of COVID-19" → "You have a clinical and lab diagnosis of COVID-19". Every word of the
  source is kept; only "You have" (and "a" before "diagnosis", a count noun) is added. translator.offline_openings
  already says one adjective ("Confirmed diagnosis of X"); this takes the ways of making it joined by "or"/"and"
  ("histologic or cytologic"), and single ones its list does not name ("Radiographic diagnosis of X"). A diagnosis
  that is not had ("Suspected", "Differential", "Prior", "No"), or whose clause goes on with a verb of its own
  ("Histologic diagnosis of X must be made by …"), keeps its words.
- "Adult patients 18 to 65 years old" → "You are an adult, 18 to 65 years old"; "Adults aged 19 years or older" →
  "You are an adult aged 19 years or older"; "Adult (18 to 65 years old)." → "You are an adult (18 to 65 years old)."
  "Adult patients" alone → "You are an adult."; "Adult patients with acute leukemia" → "You are an adult with acute
  leukemia" (a "with" and nothing more: no clause, verb, list or second group).
  Otherwise only when the rest of the criterion is the age and nothing else: "adult" stays (an age bound alone would
  drop that the reader must be an adult: "Adult patients, 75 years or younger"), and the kind of person ("patients",
  "subjects") names the reader. "Adults with asthma who …", "Adult men and women", "Adult T-cell leukemia" (a
  disease's name), "Adults legally protected …" keep their words.

Only at the top of a criterion (translator.offline_leads): a sub-item under a lead-in is read after it.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

# ---------------------------------------------------------------------------------------------
# A diagnosis named by how it was made

# one way of making a diagnosis: an adjective by its ending ("histologic", "clinical", "radiographic",
# "pathological", "definitive") or a test's noun used as one ("lab", "imaging", "tissue", "biopsy")
_HOW = r"(?:[a-z][a-z-]*(?:ic|ical|al|ive|ary)|lab|laboratory|imaging|tissue|biopsy)"
_DIAGNOSIS = re.compile(
    rf"(?P<how>{_HOW}(?:(?:\s*,\s*|\s+)(?:(?:or|and|and/or)\s+)?{_HOW}){{0,2}})\s+"
    r"(?P<what>diagnosis|confirmation|documentation)\s+of\s+(?=[A-Za-z0-9])",
    re.IGNORECASE,
)
# ways that say the diagnosis is not (yet) the reader's, or is about something else
_NOT_HAD = re.compile(
    r"\b(?:suspected|differential|presumptive|presumed|possible|probable|prior|previous|past|initial|original|"
    r"historic|historical|no|non|not|negative|positive|normal|abnormal|additional|other|medical|official|formal|"
    r"primary|secondary|final|new|recent|current|original|partial|external|central|local|informal)\b",
    re.IGNORECASE,
)


def diagnosis_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Histologic or cytologic diagnosis of X" → "You have a histologic or cytologic diagnosis of X" (see the
    module)."""
    if kind not in (SectionKind.INCLUSION, SectionKind.EXCLUSION):
        return []  # a section of another kind may not be about the reader's own diagnosis
    m = _DIAGNOSIS.match(text, start)
    if m is None or _NOT_HAD.search(m.group("how")) or dangling_verb(text, m.end()):
        return []
    first = re.match(r"[A-Za-z]+", text[start:])
    assert first is not None  # the pattern opens with a word
    word = first.group()
    # lower-cased after "You have", unless it is an abbreviation ("MRI diagnosis": no ending of _HOW matches one)
    lowered = word if word.isupper() and len(word) > 1 else word[0].lower() + word[1:]
    article = "a " if m.group("what").lower() == "diagnosis" else ""
    return [Edit(start, start + len(word), f"You have {article}{lowered}", "person")]


# ---------------------------------------------------------------------------------------------
# An adult of a given age

_ADULT = re.compile(r"adults?(?:\s+(?:patients?|subjects?|participants?|persons?|individuals?))?\b", re.IGNORECASE)
_NUMBER = r"\d+(?:\.\d+)?"
# an age and nothing else: "18 to 65 years old", "at least 18 years of age", ">= 18 years", "18 years or older",
# "older than 18 years", "(18 or more)", "between 18 and 75 years of age, inclusive"
_AGE_WORD = (
    r"(?:aged?|at\s+least|at\s+most|older|younger|more|less|greater|than|over|under|above|below|between|from|to|"
    r"and|or|years?|yrs?|old|of|age|inclusive|up|[≥≤<>=–-]|" + _NUMBER + r")"
)
_AGE = re.compile(
    rf"(?P<sep>\s*,\s*|\s+)?(?P<open>\()?\s*(?P<age>{_AGE_WORD}(?:[\s,]*{_AGE_WORD})*?)\s*(?P<close>\))?\s*[.;]?\s*$",
    re.IGNORECASE,
)

# "Adult patients with X" and nothing more: no clause, verb or second group ("Adults with asthma who …" keeps its words)
_WITH_ONLY = re.compile(r"\s+with\s+[^.;:()\[\]]+[.]?\s*", re.IGNORECASE)
_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|that|which|is|are|was|were|has|have|had|must|should|will|may|can|and|or|and/or|if|unless|"
    r"except|patients?|subjects?|participants?|people|persons?|individuals?|children|wom[ae]n|m[ae]n|their|they)\b"
    r"|\w+ing\b|,",
    re.IGNORECASE,
)

# a number is an age when its unit or an aside or comma sets it off ("Adults (18 or more)", "Adult patients, 18 …")
_SAID_AN_AGE = re.compile(r"\b(?:years?|yrs?|age)\b|\(|^\s*,")


def adult_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Adult patients 18 to 65 years old" → "You are an adult, 18 to 65 years old" (see the module)."""
    if kind is not SectionKind.INCLUSION:
        return []
    adult = _ADULT.match(text, start)
    if adult is None:
        return []
    if re.fullmatch(r"\s*\.?\s*", text[adult.end() :]):  # "Adult patients" alone: who may join
        return [Edit(start, adult.end(), "You are an adult", "person")]
    if _WITH_ONLY.fullmatch(text, adult.end()) and not _CLAUSE.search(text, adult.end()):
        return [Edit(start, adult.end(), "You are an adult", "person")]  # "Adult patients with acute leukemia"
    age = _AGE.fullmatch(text, adult.end())
    if age is None or not re.search(r"\d", age.group("age")) or not _SAID_AN_AGE.search(age.group()):
        return []  # no age, or a number that may be something else ("Adult 2")
    if bool(age.group("open")) != bool(age.group("close")):
        return []  # a bracket left open: its rest is elsewhere
    said = "You are an adult"
    sep = age.group("sep") or ""
    aged = re.match(r"aged?\b", age.group("age"), re.IGNORECASE)
    if not age.group("open") and not aged and "," not in sep:
        # "Adult patients 18 to 65 years old": a comma sets the age off from "adult"
        return [Edit(start, adult.end() + len(sep), said + ", ", "person")]
    return [Edit(start, adult.end(), said, "person")]
