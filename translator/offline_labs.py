"""Lab values for the offline backend's second person: "Creatinine < 2 x ULN" → "Your creatinine is less than …".

A lab, test or scale named at a criterion's start, then its threshold, becomes "Your <name> is <value>", unless
the value is not the name's (see `_not_its_value`). Two labs joined before one threshold say it of both:
"AST and ALT ≤ 2.5 x ULN" → "Your AST and ALT are …", "AST or ALT > 3 x ULN" → "Your AST or ALT is …", "Total or
direct bilirubin ≤ 2 mg/dL" → "Your total or direct bilirubin is …" (see `_pair`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind
from translator.offline_case import ordinary
from translator.offline_edits import Edit

_LAB_WORDS = frozenset({
    "count", "counts", "level", "levels", "clearance", "score", "index", "status", "fraction", "pressure", "rate",
    "saturation", "concentration", "volume", "weight", "bilirubin", "creatinine", "hemoglobin", "haemoglobin",
    "albumin", "platelets", "neutrophils", "glucose", "potassium", "sodium", "calcium", "magnesium", "lymphocytes",
    "leukocytes", "transaminases", "titer", "titre", "bmi", "inr", "ast", "alt", "anc", "hba1c", "egfr", "gfr",
    "expectancy",
})  # fmt: skip
_LAB_KINDS = (Kind.LAB, Kind.TEST, Kind.SCALE)
_LAB_NAME = re.compile(r"(?P<name>[A-Za-z][\w\-/()' ]{0,130}?)(?P<sep>\s*(?::|=|of|was|is)?\s*)$")
_NOT_A_NAME = re.compile(
    r"\b(?:is|are|has|have|had|was|were|with|who|must|should|will|patients?|subjects?|participants?|age|aged|"
    r"history|prior|previous|no|not|any|and|or|if|for|in|at|on|within|before|after|since|during|by|an?|the|as|"
    r"than|then|tha|to|from|per|via|using|under|over|less|greater|more|fewer|above|below|higher|lower|equal|"
    # a test that shows something ("MRI showing at least 2 lesions"): what it shows is no value of the test
    r"show(?:s|ing|ed)?|demonstrat(?:es|ing|ed)|indicat(?:es|ing|ed)|reveal(?:s|ing|ed)|confirm(?:s|ing|ed)|"
    r"document(?:s|ing)|suggest(?:s|ing|ive)|consistent)\b",
    re.IGNORECASE,
)


def lab_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Creatinine < 2 x ULN" → "Your creatinine is …": a lab or scale named, then its threshold."""
    fact = next((f for f in facts if f.kind is FactKind.VALUE and f.start > start), None)
    if fact is None or fact.age or fact.comparator is None or fact.label is not None:
        return []
    if any(f.start < fact.start for f in facts if f is not fact):
        return []
    m = _LAB_NAME.match(text[start : fact.start])
    if m is None or _not_its_value(text, fact, facts):
        return []
    name = m.group("name").strip()
    words = name.split()
    pair = _pair(name, lexicon)
    if pair is not None:
        plural = pair
    elif not _a_lab(name, lexicon, bare=(bare := fact.comparator is Comparator.EQ and not fact.unit)):
        return []
    elif bare and _NAME_GOES_ON.match(text, fact.end):
        return []  # "forced expiratory volume 1 (FEV1) ≤ 60%": the bare number is part of the name
    else:
        last = words[-1].strip("()")
        plural = last.lower().endswith("s") and not last.isupper() and not last.lower().endswith(("ss", "us", "is"))
    edits = [Edit(start, start, "Your ", "person")]
    # "Serum creatinine" → "your serum creatinine"; a title ("Eastern Cooperative Group") keeps its capitals
    titled = len(words) > 1 and words[1][:1].isupper()
    if not titled and ordinary(words[0]):
        edits.append(Edit(start, start + len(words[0]), words[0].lower(), "case"))
    sep_start = start + m.start("sep")
    edits.append(Edit(sep_start, fact.start, " are " if plural else " is ", "person"))
    # "Life expectancy: At least 12 weeks": the value's comparator, capitalised after a label, now runs on a sentence
    said = text[fact.start :].split(maxsplit=1)[0] if text[fact.start :].strip() else ""
    if ordinary(said):
        edits.append(Edit(fact.start, fact.start + len(said), said.lower(), "case"))
    return edits


# after a bare number, what says the name goes on: a bracket, another number, or a word that is no joint or time
_NAME_GOES_ON = re.compile(
    r"\s*(?:[(\[\d%]|(?!(?:or|and|at|on|in|during|for|by|before|after|within|if|when|while|as|per|since|until)\b)"
    r"[A-Za-z])",
    re.IGNORECASE,
)


def _a_lab(name: str, lexicon: Lexicon, *, bare: bool = False) -> bool:
    """Whether `name` is one lab, test or scale: the lexicon's, or a name ending in a lab word ("platelet count").
    Before a `bare` number (no comparator, no unit) the lexicon's lab must end the name, as a noun phrase's head
    does: in "Sodium glucose co-transporter 2 (SGLT2) inhibitors" the 2 is part of a drug class's name, and "Your
    sodium glucose co-transporter is 2" would make it a lab value; with a comparator or a unit ("Creatinine
    clearance value > 60 mL/min", "QTc interval > 450 ms") the number is a threshold whatever the head."""
    words = name.split()
    if not name or len(words) > 7 or _NOT_A_NAME.search(name) or name.count("(") != name.count(")"):
        return False
    if _A_STATE.search(words[-1]):
        # "Hypocalcemia < 8.0 mg/dL" names a condition: "Your low calcium in the blood is …" is no sentence
        return False
    end = len(_GLOSSES.sub("", name).rstrip()) if bare else 0
    known = any(
        isinstance(x.entry.kind, Kind) and x.entry.kind in _LAB_KINDS and x.end >= end for x in lexicon.find(name)
    )
    return known or words[-1].lower().strip("()") in _LAB_WORDS


# Two labs joined before one threshold: "AST and ALT ≤ 2.5 x ULN", "Total or direct bilirubin ≤ 2 mg/dL", "AST
# and/or ALT ≤ 3 x ULN" (the source's "and/or" kept as written: whether it asks for both values is the source's)
_PAIR = re.compile(r"(?P<a>[^,;]+?)\s+(?P<joint>and/or|and|or)\s+(?P<b>[^,;]+)", re.IGNORECASE)
# a word before "or"/"and" that shares the lab after it ("total or direct bilirubin")
_SHARED_HEAD = frozenset({"total", "direct", "indirect", "conjugated", "unconjugated", "serum", "plasma", "fasting"})


def _pair(name: str, lexicon: Lexicon) -> bool | None:
    """For two labs joined by "and"/"or" ("AST and ALT", "Total or direct bilirubin"), whether "Your A and B"
    takes "are" (two values, "and") or "is" (either value, "or", with a singular second name); None when `name` is
    no such pair. Both must be labs the rule knows alone, or the first a word that shares the second's noun."""
    m = _PAIR.fullmatch(name)
    if m is None:
        return None
    first, second = m.group("a"), m.group("b")
    if re.match(r"(?:either|neither|both)\b", first, re.IGNORECASE):
        return None  # "Either ALT or AST": not "Your either ALT or AST"
    if not _names_a_lab(second, lexicon):
        return None
    if not (_names_a_lab(first, lexicon) or first.lower() in _SHARED_HEAD):
        return None
    if m.group("joint").lower() == "and":
        return True
    before_of = re.match(r"(.+?)\s+of\s", first)
    if before_of is not None and _plural(before_of.group(1).split()[-1]):
        return True  # "Screening values of serum ALT and/or AST": the values are what the verb says
    # "or" and "and/or": either value, so the verb agrees with the second name ("AST and/or ALT level is")
    return _plural(second.split()[-1])


def _plural(word: str) -> bool:
    """Whether a lab's word is a plural ("values", "platelets"), not an abbreviation ("AST") or "status"."""
    word = word.strip("()")
    return word.lower().endswith("s") and not word.isupper() and not word.lower().endswith(("ss", "us", "is"))


# what a lab's result is called after its name ("ALT or AST values", "AST and ALT activity", "Karnofsky or Lansky
# scale"), and the enzymes a liver panel names in words the lexicon may not hold ("alanine amino transferase (ALAT)")
_VALUE_WORDS = frozenset({
    "value", "values", "activity", "scale", "scales", "result", "results", "transferase", "aminotransferase",
    "transaminase",
})  # fmt: skip
_GLOSSES = re.compile(r"(?:\s*\([^()]*\))+$")


def _names_a_lab(name: str, lexicon: Lexicon) -> bool:
    """Whether one side of a pair is a lab: its last word (glosses in brackets aside) a lab word or a word for a
    result, or a lexicon lab or scale in it; not a lexicon test alone, nor a name ending in an adverb or a participle,
    which say how a test was done: "Histologically or cytologically documented stage IV" joins no labs, though the
    lexicon files "cytologically documented" as a test (enough for a single name, not for one side of a pair)."""
    if not _a_lab(name, lexicon):
        return False
    bare = _GLOSSES.sub("", name).strip()
    last = bare.split()[-1].lower() if bare.split() else ""
    if last in _LAB_WORDS or last in _VALUE_WORDS:
        return True
    if last.endswith(("ly", "ed")):
        return False  # "cytologically documented" is how a test found something, not a value the reader has
    # a lab or a scale, not a test: "histologically" names how a finding was made
    return any(isinstance(x.entry.kind, Kind) and x.entry.kind in (Kind.LAB, Kind.SCALE) for x in lexicon.find(bare))


# A condition named by its value's excess or lack ("hypocalcemia", "neutropenia", "thrombocytosis"), not the value
_A_STATE = re.compile(r"(?:a?emia|penia|cytosis|philia)\W*$", re.IGNORECASE)
# An alternative that is a condition, not a value ("… or history of familial long QT syndrome").
_A_CONDITION = re.compile(
    r"\s*(?:(?:a|any)\s+)?(?:family\s+|personal\s+|known\s+|documented\s+)?(?:history|evidence|presence|signs?|"
    r"symptoms?|diagnosis|active|uncontrolled|other|prior|previous|current|congenital|familial|need|requirement|"
    r"use|treatment|clinically)\b",
    re.IGNORECASE,
)
_SHORT_ASIDE = re.compile(r"\s*\([^()]{1,12}\)")
_NAMED_VALUE = re.compile(r"\b(?:class|grade|stage|type)\b", re.IGNORECASE)
_FOLLOWS_A_VALUE = re.compile(
    r"\s*(?:$|[.,;:)\]]|\((?!\w+\s+\w)|(?:at|in|on|by|per|for|within|during|before|after|from|to|of|with|without|or|"
    r"and|and/or|if|unless|except|as|according|using|based|measured|obtained|calculated|determined|assessed|"
    r"inclusive|while|when|despite|regardless|over|under|prior|since|following|via|that|which|on)\b)",
    re.IGNORECASE,
)


def _not_its_value(text: str, fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether "Your <name> is <value>" would misread the criterion: the value names a kind of something after it
    ("NYHA class III or IV congestive heart failure": "Your NYHA is class 3 or 4 congestive heart failure"), or an
    alternative with no value of its own follows ("QTc > 500 ms or history of long QT syndrome": the history is
    no value of the QTc)."""
    if _NAMED_VALUE.search(fact.text):
        # past a short aside: "Pathologic Stage II-IIIB (N2) NSCLC" names the kind of cancer after it
        aside = _SHORT_ASIDE.match(text, fact.end)
        after = aside.end() if aside else fact.end
        # a comma goes on to other conditions: "NYHA Class III or IV, cardiac disease, …" is no value of NYHA
        if text[after : after + 1] == "," or not _FOLLOWS_A_VALUE.match(text, after):
            return True
    values = [f for f in facts if f.kind is FactKind.VALUE]
    # each value's span marked, so an alternative can tell whether it holds a value of its own
    blanked = "".join(_A_VALUE if any(f.start <= i < f.end for f in values) else c for i, c in enumerate(text))
    clause = re.split(r"[.;](?:\s|$)", blanked[fact.end :], maxsplit=1)[0]  # other values' own "or more" aside
    clause = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", clause)
    alternatives = re.split(r"\b(?:or|and/or)\b", clause, flags=re.IGNORECASE)
    # any alternative, not only the last: "ALT > 3 x ULN or any uncontrolled abnormality that would affect the
    # study data or the patient's safety" ends in an "or" of the condition's own; and one with words but no value
    # is a state, not a value of the lab ("… < 30 mL/min or end-stage renal disease on dialysis", "or on dialysis")
    # (right after the value only: "LVEF < 45% as determined by MUGA or echocardiogram" is one value, measured two
    # ways), and only when no value follows at all ("… or measured or calculated creatinine clearance ≥ 50 mL/min")
    rest = " or ".join(alternatives[1:])
    state = len(alternatives) > 1 and not re.search(r"[A-Za-z]", alternatives[0])
    return any(_A_CONDITION.match(alternative) for alternative in alternatives[1:]) or bool(
        state and _A_VALUE not in rest and _WORDS_OF_A_STATE.search(rest)
    )


_A_VALUE = "\x00"
# a word of 4+ letters that is no comparator's or limit's ("or higher", "or 3 times the upper limit of normal")
_WORDS_OF_A_STATE = re.compile(
    r"\b(?!(?:more|less|greater|higher|lower|above|below|equal|times|upper|lower|limit|normal|than|over|under|"
    r"institutional|value|values|range|respectively)\b)[A-Za-z][A-Za-z-]{3,}",
    re.IGNORECASE,
)
