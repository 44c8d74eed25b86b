"""Plainer words for the examples and the histories left in the offline bullets (session 46, for the reading grade).

Counted over the corpus bullets (words of 3+ syllables in bullets above grade 8, not in a medical name), "including"
was the most frequent general word left (1,700 times). Read by translator.offline_words.WORDS (through
translator.offline_grade_words.GRADE) and by translator.offline (examples_said, on the finished text):

- "including" → "such as" only where it introduces examples of the word before it: after a comma or an opening
  bracket ("any condition, including heart disease", "(including St. John's wort)"), or right after a noun that names
  a kind of illness ("uncontrolled intercurrent illness including ongoing infection"). Never where it says what a
  thing holds ("a regimen including cisplatin": cisplatin is no regimen), takes in a bound or a day ("including 19 and
  30", "up to and including"), names people ("including those who", "including patients with": another reader),
  opens a list (", including:", "including these:", which offline_sentences and bullet_counts read as a list's
  lead-in), or is denied ("not including", "including but not limited to", which offline_plain drops first);
- "excluding" → "except" after a comma or an opening bracket ("toxic effects (excluding hair loss)"), not as a verb
  ("excluding them from the study") nor before a list's colon or a number;
- "You have any history of X" → "You have ever had X" (any past case of X is having ever had it), as offline_plain
  says "a history of X" "had X"; not in a question ("Do you have"), not before the words offline_plain keeps a
  history for ("any history of or current X", "… of the following"), nor where a second "history of" or a present
  state joined to it ("or current Y") leans on the same "have", nor beside a time window ("ever" and "within the last
  5 years" would contradict each other; offline_recent_events also makes "have had" of such a sentence).
"""

from __future__ import annotations

import re

from translator.regex_literals import Haystack, Literals

# the kinds of illness whose examples follow an unbracketed "including" (a plural or a singular)
_KINDS = "(?:" + "|".join(
    rf"(?<=\b{kind} )"
    for kind in ("illness", "illnesses", "disease", "diseases", "condition", "conditions", "disorder", "disorders",
                 "infection", "infections", "abnormality", "abnormalities", "event", "events", "problem", "problems",
                 "syndrome", "syndromes", "complication", "complications", "symptom", "symptoms", "cancer", "cancers",
                 "malignancy", "malignancies", "tumor", "tumors", "tumour", "tumours", "injury", "injuries")
) + ")"
# what "including" may not stand before: a bound or a day, people, a list's lead-in, a denial, a time or a clause
_NOT_EXAMPLES = (
    r"(?!\s*(?:[:,\d]|$))"
    r"(?!\s+(?:but|not|those|these|this|that|the\s+following|following|patients?|subjects?|participants?|people|"
    r"persons?|individuals?|women|men|males?|females?|children|adults|anyone|someone|you|your|their|his|her|them|"
    r"at|in|on|during|within|before|after|until|since|when|while|if|unless|where|day|days|weeks?|months?|years?|"
    r"both|either|up|all\s+of|any\s+of|any\s+one|one|two|three|four|five|at\s+least|a\s+minimum|"
    r"any\s+(?:female|male|woman|man|patient|subject|person|participant|individual)s?|as|"
    # proof the source asks for ("a diagnosis by a rheumatologist, including written confirmation")
    r"written|confirmation|documentation|proof|signed|copy|a\s+copy)\b)"
)
# a measure, an exam or a count before it: "including" there says what it must hold ("score of at least 3,
# including a pus score of at least 1", "physical exam (including vital signs)", "two courses, including one in
# the current episode"), or where a range ends ("above normal (including indeterminate)"): no examples
_HOLDS = re.compile(
    r"\b(?:exams?|examinations?|evaluations?|histor(?:y|ies)|assessments?|work-?ups?|scores?|tests?|testing|panels?|counts?|normal|"
    r"ULN|limits?|values?|levels?|doses?|dosing|totals?|least|minimum|maximum|most|courses?|cycles?|regimens?|"
    r"more|less|above|below|higher|lower|over|under|than|up\s+to|lifetime|visits?|C\d+D\d+|day\s+\d+|"
    # a record that must hold it ("documentation (including date of surgery)"), or examples already begun ("such as
    # a stroke, including transient ischemic attacks": a second "such as" would make the attacks strokes)
    r"documentation|documents?|records?|reports?|certificates?|notes?|such\s+as|"
    # a regimen's parts ("multiple daily insulin injections, including basal and rapid-acting insulin"), or what a
    # judgement or a consent takes in ("in the study doctor's view, including consideration of …")
    r"injections?|infusions?|combinations?|combined|both|view|opinion|judg(?:e)?ment|discretion|consent)\b",
    re.IGNORECASE,
)

# "including" before examples, on the finished text (see examples_said)
_EXAMPLES = re.compile(r"(?:(?<=, )|(?<=\()|" + _KINDS + r")including(?![\w-])" + _NOT_EXAMPLES)

# a present state joined to a history later in its sentence ("a history of X or current Y"): "had" would take it too
NOT_NOW_TOO = (
    r"(?![^.;]*\b(?:or|and|and/or),?\s+(?:(?:a|an|any)\s+)?(?:current|currently|now|ongoing|present|presence|active|"
    r"known|suspected|signs?|evidence|symptoms?|risk|diagnosis|existing)\b)"
)
# gerunds that name a condition, not an act ("a history of bleeding diathesis", "worsening heart failure", "eating
# disorders"): had as any other condition; "smoking", "using", "getting", "being" are acts, and keep "a history of".
# Those that only qualify a count noun, before a plural alone ("had eating disorder" would want an article)
THING_GERUNDS = (
    r"(?:(?:bleeding|clotting|worsening|recurring|fibrosing|desquamating|wasting|scarring|blistering)"
    # (not before a singular count noun: "had bleeding disorder" would want an article)
    r"(?!\s+(?:[a-z]+\s+)?(?:disorder|tendency|problem|episode|event|injury|abnormality|condition|reaction)\b(?!s))"
    r"|(?:eating|learning|breathing|swallowing|hearing|sleeping|penetrating)(?=\s+(?:[a-z]+\s+)?"
    r"(?:disorders|problems|difficulties|injuries)\b))"
)

# a singular event or condition with no article ("stroke", "penetrating head injury", "(bullous) rash"): "had stroke"
# would want one, so a history of one keeps its words
BARE_EVENT = (
    r"(?:[\w-]+\s+|\([^()]*\)\s+){0,3}?(?:attack|stroke|infarction|seizure|fracture|transfusion|stay|hospitali[sz]ation|"
    r"admission|infection|embolism|clot|flare-?up|exacerbation|episode|event|injury|attempt|bleed|operation|procedure|"
    r"accident|illness|reaction|disorder|condition|problem|abnormality|tendency|rash|ulcer)\b"
)

EXAMPLES: list[tuple[str, str]] = [
    # "any history of X" is having ever had X (offline_plain.polish says "a history of X" "had X")
    (r"(?<!do you have )(?<=\byou have )any\s+history\s+of(?=\s+[A-Za-z])"
     rf"(?!\s+(?:or|and|and/or|any\s+of|the\s+following|these|those|either|both|(?!{THING_GERUNDS}\b)\w+ing)\b)"
     r"(?![^.;]*\bhistory\s+of\b)" + NOT_NOW_TOO + rf"(?!\s+{BARE_EVENT})" +
     # not before a name in Title Case ("any history of Diagnostic and Statistical Manual … diagnosis": "ever had" would
     # want an article), nor beside a window ("any history of cancer within the last 5 years": "ever" and a window)
     r"(?!\s+(?-i:[A-Z][a-z]))"
     r"(?![^.;]*\b(?:within|during|since|before|after|prior|until|in\s+the\s+(?:past|last|previous|preceding)|"
     r"(?:days?|weeks?|months?|years?)\s+ago)\b)", "ever had"),
]  # fmt: skip


# "(excluding X)", ", excluding X": the exception of a list or a count, "except X" (negation.py reads both as the one
# cue "except"); not a verb ("a condition, excluding them from …": who or what is kept out)
_EXCLUDING = re.compile(
    r"(?:(?<=, )|(?<=\())excluding(?![\w-])(?!\s*(?:[:\d]|$))"
    r"(?!\s+(?:them|him|her|you|patients?|subjects?|participants?|people|persons?|individuals?|women|men|those|anyone|"
    r"the\s+(?:patient|subject|participant)s?|from|participation|enrol\w*|entry|inclusion)\b)"
)

_EXAMPLES_WORDS, _EXCLUDING_WORDS = Literals(_EXAMPLES), Literals(_EXCLUDING)


def examples_said(text: str) -> str:
    """ "including" → "such as" where it introduces examples, and "excluding" → "except" where it takes cases out, on
    the finished text: after offline_sentences, whose "…, including X." at a sentence's end became "This includes X."
    (shorter than "For example, X."), so only the words left inside a sentence are said again. Not beside a "not
    include" (an exception the sentences made), which the check pairs with the source's "including"."""
    haystack = Haystack(text)
    if not (_EXAMPLES_WORDS.possible(haystack) or _EXCLUDING_WORDS.possible(haystack)):
        return text  # neither word in the text, as in most: substring tests instead of three scans
    if re.search(r"\bnot\s+include", text):
        return text
    return _EXCLUDING.sub("except", _EXAMPLES.sub(lambda m: _such_as(text, m), text))

# people within the next words ("including perimenopausal females who …", "including brain metastases patients")
_PEOPLE = re.compile(
    r"(?:\s+[\w'’/-]+){0,3}?\s+(?:females?|males?|wom[ae]n|m[ae]n|patients?|subjects?|participants?|people|persons?|"
    r"individuals?|children|girls?|boys?|adults?|adolescents?)\b",
    re.IGNORECASE,
)


def _such_as(text: str, m: re.Match[str]) -> str:
    """ "such as" for an "including" whose clause names no measure, exam or count before it, and whose next word is
    not said before it (a bound taken in: "within 22 days before C1D1 (including C1D1)")."""
    clause = re.split(r"[.;:]\s", text[: m.start()])[-1][-60:]
    after = re.match(r"\s*[\"“(]?([\w-]+)", text[m.end() :])
    if _HOLDS.search(clause) or (after is not None and re.search(rf"\b{re.escape(after[1])}\b", clause, re.I)):
        return m.group()
    if _PEOPLE.match(text, m.end()):
        return m.group()  # "(including perimenopausal females who …)": people taken in, not examples of a thing
    return "such as"
