"""Lab values for the offline backend's second person: "Creatinine < 2 x ULN" → "Your creatinine is less than …".

A lab, test or scale named at a criterion's start, then its threshold, becomes "Your <name> is <value>", unless
the value is not the name's (see `_not_its_value`). Two labs joined before one threshold say it of both:
"AST and ALT ≤ 2.5 x ULN" → "Your AST and ALT are …", "AST or ALT > 3 x ULN" → "Your AST or ALT is …", "Total or
direct bilirubin ≤ 2 mg/dL" → "Your total or direct bilirubin is …" (see `_pair`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.facts import Comparator, Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import AbbreviationEntry, Kind
from translator.offline_case import ordinary
from translator.offline_edits import Edit
from translator.offline_lab_lists import all_equals_or_none, equals_end, listed_labs
from translator.offline_lab_series import KEPT, lab_series, series_plural, series_sides
from translator.offline_lab_words import LAB_WORDS, lab_word, plural
from translator.offline_value_groups import group_asides

_LAB_KINDS = (Kind.LAB, Kind.TEST, Kind.SCALE)
# "equal to", "within" and "approximately" stay after "is" (offline_lab_series.KEPT: "Your creatinine is within 1.5
# times ULN"); the other separators go
_LAB_NAME = re.compile(
    r"(?P<name>[A-Za-z][\w\-/()\[\]'+ ]{0,180}?)(?P<sep>\s*(?::|=|of|was|is|being|(?:that|which)\s+(?:is|are))?\s*)"
    + KEPT + "$"
)
_NOT_A_NAME = re.compile(
    # "WHO performance status" names the World Health Organization's scale, not a relative clause
    r"\b(?!(?-i:WHO)\b)(?:is|are|has|have|had|was|were|with|who|must|should|will|patients?|subjects?|participants?|"
    r"age|aged|history|prior|previous|no|not|any|and|or|if|for|in|at|on|within|before|after|since|during|by|an?|the|as|"
    r"than|then|tha|to|from|per|via|using|under|over|less|greater|more|fewer|above|below|higher|lower|including|"
    r"excluding|except|outside|inside|beyond|"  # "Hemoglobin levels outside 11-14 mg/dL": a range the lab is not in
    # a test that shows something ("MRI showing at least 2 lesions"): what it shows is no value of the test
    r"show(?:s|ing|ed)?|demonstrat(?:es|ing|ed)|indicat(?:es|ing|ed)|reveal(?:s|ing|ed)|confirm(?:s|ing|ed)|"
    r"document(?:s|ing)|suggest(?:s|ing|ive)|consistent|present)\b",
    re.IGNORECASE,
)


# A topic label of the cancer trials' PDQ layout that heads a lab's value on the same line ("Performance status:
# Karnofsky greater than 70%", "Renal: serum creatinine ≤ 1.5 x ULN"): the label stays, the lab after it is said
# to the reader as a bullet under the label would be ("Performance status: Your Karnofsky score is more than 70%")
_TOPIC = re.compile(
    r"(?:Performance\s+status|Hematopoietic|Hematologic|Haematologic|Hepatic|Liver|Renal|Kidney|Cardiovascular|"
    r"Cardiac|Pulmonary|Coagulation|Bone\s+marrow)\s*:\s*(?=[A-Za-z])"
)
# a join between two values: without one ("Bilirubin ≤ 1.5 mg/dL AST/ALT ≤ 2.5 x normal") the label heads a run
# of values with nothing between them, where "Your bilirubin is …" would run on into the next lab's name
# (right after the value and its asides: "… (ULN) AST and alkaline phosphatase ≤ 3 x ULN" has an "and" of its own)
_JOIN = re.compile(r"(?:\s*\([^()]*\))*\s*(?:[;,.]|(?:and|or|and/or)\b)", re.IGNORECASE)


def lab_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Creatinine < 2 x ULN" → "Your creatinine is …": a lab or scale named, then its threshold."""
    topic = _TOPIC.match(text, start)
    if topic is not None:
        values = sorted((f for f in facts if f.kind is FactKind.VALUE), key=lambda f: f.start)
        if any(not _JOIN.match(text, a.end, b.start) for a, b in pairwise(values)):
            return []
        edits = _lab_opening(text, topic.end(), facts, lexicon)
        glued = not text[topic.end() - 1].isspace()  # "Performance status:Karnofsky 70-100%"
        if glued and edits:
            edits[0] = Edit(topic.end(), topic.end(), " Your ", "person")
        return edits
    return _lab_opening(text, start, facts, lexicon)


def _lab_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    in_name = [f for f in facts if f.start >= start and _part_of_the_name(text, f)]  # "CD4+ count", "Baseline QTc"
    fact = next((f for f in facts if f.kind is FactKind.VALUE and f.start > start and f not in in_name), None)
    if fact is None or fact.age or fact.comparator is None or fact.label is not None:
        return []
    if re.fullmatch(r"[IV]+", text[fact.start : fact.end].strip()) and re.match(r"\s*:", text[fact.end :]):
        return []  # "NYHA III:Marked limitation …" labels the class's definition: no value of the reader's
    if any(f.start < fact.start and f not in in_name for f in facts if f is not fact):
        return []
    named = text[start : fact.start]  # "AST, ALT, and total bilirubin" is a series of labs (offline_lab_series)
    m = _LAB_NAME.match(named) or lab_series(named, lambda side: _names_a_lab(side, lexicon), text[fact.end :])
    if m is None or _not_its_value(text, fact, facts, lexicon):
        return []
    name = m.group("name").strip()
    words = name.split()
    said_of = _said_of(name, fact, text, facts, lexicon)
    if said_of is None:
        return []
    edits = [Edit(start, start, "Your ", "person")]
    # "Serum creatinine" → "your serum creatinine"; a title ("Eastern Cooperative Group") keeps its capitals
    titled = len(words) > 1 and words[1][:1].isupper()
    if not titled and ordinary(words[0]):
        edits.append(Edit(start, start + len(words[0]), words[0].lower(), "case"))
    sep_start, kept = start + m.start("sep"), m.group("kept")
    edits.append(Edit(sep_start, start + m.start("kept") if kept else equals_end(fact, text), said_of, "person"))
    # "Life expectancy: At least 12 weeks": the value's comparator, capitalised after a label, now runs on a sentence
    said = text[fact.start :].split(maxsplit=1)[0] if text[fact.start :].strip() else ""
    if ordinary(said) and not kept:
        edits.append(Edit(fact.start, fact.start + len(said), said.lower(), "case"))
    # "…; Platelet count: ≥ 100 x 10^9/L; Hemoglobin: ≥ 9.0 g/dL": the labs listed after it said the same way
    # ("≤ 5 x ULN in patients with liver metastases": "if you have liver metastases", offline_value_groups)
    listed = listed_labs(text, fact, facts, lambda later, value: _said_of(later, value, text, facts, lexicon))
    return all_equals_or_none(text, facts, edits + listed) + group_asides(text, facts)


def _part_of_the_name(text: str, fact: Fact) -> bool:
    """Whether a fact before a lab's value is a word of the lab's name: the "+" of "CD4+ count" (a marker's sign,
    glued to it) or the time a measure is taken at ("Baseline QTc", "Screening LVEF"), which "Your baseline QTc is …"
    keeps."""
    if fact.kind is FactKind.VALUE and fact.text == "+" and fact.start > 0 and text[fact.start - 1].isalnum():
        return True
    return fact.kind is FactKind.TEMPORAL and fact.relation == "at" and not re.search(r"\d", fact.text)


def _said_of(name: str, fact: Fact, text: str, facts: Sequence[Fact], lexicon: Lexicon) -> str | None:
    """What goes between "Your <name>" and `fact`: " is ", " are " (a plural name, two labs joined by "and"), or
    " score is " (a scale named bare: "Karnofsky 70-100%" → "Your Karnofsky score is 70 to 100%"); None when `name`
    is no lab whose value `fact` is."""
    if _not_its_value(text, fact, facts, lexicon):
        return None
    named = _NAMED_VALUE.search(fact.text) or _ROMAN_LEVELS.fullmatch(fact.text.strip())
    if named and (_condition_first(name, lexicon) or re.search(r"\b(?:FIGO|AJCC)\b", name)):
        # "Cardiac failure NYHA class III or IV", "Heart failure NYHA III to IV": the class is the failure's, no
        # lab's (nor "FIGO stage")
        return None
    if fact.unit in _CALENDAR and not _TIME_WORDS.search(name):
        return None  # "Administration of radiographic contrast < 1 week": a time since it, no value of a lab
    series = series_sides(name, lambda side: _names_a_lab(side, lexicon))
    pair = _pair(name, lexicon) if series is None else series_plural(name, series)
    halves = _PAIR.fullmatch(name) if pair is not None else None
    bare = fact.comparator is Comparator.EQ and not fact.unit
    if (pair is None and not _a_lab(name, lexicon, bare_value=bare)) or re.search(r"\b(?:of|for|in|at)\s*$", name):
        return None  # (a name that ends in a link word: "visual acuity of: 20/25" would read "acuity of is 20/25")
    if bare and _NAME_GOES_ON.match(text, fact.end):
        return None  # "forced expiratory volume 1 (FEV1) ≤ 60%": the bare number is part of the name
    sides = series or ([halves.group("a"), halves.group("b")] if halves else [name])
    score = " score" if all(_bare_scale(side, fact, lexicon) for side in sides) else ""
    # the name's own last word, past its glosses: "Transaminases (ALT and AST)" are plural
    # ("Baseline values of CA-125": the values, before "of", are what the verb says)
    head = re.match(r"(.+?)\s+of\s", _without_asides(name))
    results = head is not None and head.group(1).split()[-1] in _RESULTS
    many = pair if pair is not None else results or plural(_without_asides(name).split()[-1])
    return score + (" are " if many else " is ")


# what a lab's results are called before "of" ("Baseline values of CA-125"), which the verb agrees with
_RESULTS = frozenset({"values", "levels", "concentrations", "counts", "results", "titers", "titres"})
# a value in days to years is a lab's only when the name measures time ("life expectancy", "duration of diabetes")
_CALENDAR = frozenset({"day", "week", "month", "year"})
_TIME_WORDS = re.compile(
    r"\b(?:expectancy|expectance|survival|duration|durations|time|interval|age|period|length|history)\b", re.IGNORECASE
)
# after a bare number, what says the name goes on: a bracket, another number, a comparator ("(FEV) 1 ≥ 1,000 cc":
# the threshold is the comparator's, the 1 is FEV1's), or a word that is no joint or time
_NAME_GOES_ON = re.compile(
    r"\s*(?:[(\[\d%<>≤≥=]|(?!(?:or|and|at|on|in|during|for|by|before|after|within|if|when|while|as|per|since|until)\b)"
    r"[A-Za-z])",
    re.IGNORECASE,
)


def _a_lab(name: str, lexicon: Lexicon, *, bare_value: bool = False) -> bool:
    """Whether `name` is one lab, test or scale: the lexicon's, or a name ending in a lab word ("platelet count").
    Before a bare number (`bare_value`: no comparator, no unit) the lexicon's lab must end the name, as a noun
    phrase's head does: in "Sodium glucose co-transporter 2 (SGLT2) inhibitors" the 2 is part of a drug class's name,
    and "Your sodium glucose co-transporter is 2" would make it a lab value; with a comparator or a unit ("Creatinine
    clearance value > 60 mL/min", "QTc interval > 450 ms") the number is a threshold whatever the head."""
    words = name.split()
    if not name or name.count("(") != name.count(")") or name.count("[") != name.count("]"):
        return False  # ("neutropenia [neutrophil count < 0.5": the lab is the aside's, not the condition's)
    # a gloss or a method in brackets is no part of the name's grammar ("Eastern Cooperative Oncology Group (ECOG)
    # performance status score", "eGFR (based on MDRD method)"), unless it names people ("(patients over 60)")
    bare = _without_asides(name)
    if len(bare.split()) > 7 or _NOT_A_NAME.search(bare) or _PEOPLE.search(name):
        return False
    if _A_STATE.search(words[-1]):
        # "Hypocalcemia < 8.0 mg/dL" names a condition: "Your low calcium in the blood is …" is no sentence
        return False
    end = len(_GLOSSES.sub("", name).rstrip()) if bare_value else 0
    known = any(
        isinstance(x.entry.kind, Kind) and x.entry.kind in _LAB_KINDS and x.end >= end for x in lexicon.find(name)
    )
    return known or lab_word(words) or _abbreviated_lab(name, lexicon)


_GLOSSES_INSIDE = re.compile(r"\([^()]*\)")


def _without_asides(name: str) -> str:
    """`name` without its brackets, nested ones too ("eGFR (based on Modification of Diet in Renal Disease (MDRD)
    method)" → "eGFR")."""
    while True:
        bare = _GLOSSES_INSIDE.sub(" ", name)
        if bare == name:
            return bare
        name = bare


_PEOPLE = re.compile(  # "Individuals of BMI range 25-30": no "Your individuals of BMI is"
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|volunteers?|age|aged|men|women|males?|"
    r"females?)\b",
    re.IGNORECASE,
)


def _condition_first(name: str, lexicon: Lexicon) -> bool:
    """Whether a condition the lexicon knows comes before the name's lab or scale ("Heart failure NYHA", "Cardiac
    failure New York Heart Association (NYHA)"): a class, grade or stage after it is then the condition's, said of no
    lab the reader has (a number is the lab's: "Hepatitis C virus (HCV) RNA > 15 IU/mL", "Psoriasis Area Severity
    Index score ≥ 2")."""
    found = lexicon.find(name)
    scales = [x for x in found if isinstance(x.entry.kind, Kind) and x.entry.kind is Kind.SCALE]
    # right before the scale ("heart failure NYHA", "heart failure of NYHA"), not a word that describes a lab
    # ("Asymptomatic serum amylase grade 2 or lower" grades the amylase)
    return bool(scales) and any(
        x.entry.kind in (Kind.CONDITION, Kind.SYMPTOM)
        and re.fullmatch(r"\s*(?:of\s+)?", name[x.end : scales[0].start]) is not None
        for x in found
    )


def _abbreviated_lab(name: str, lexicon: Lexicon) -> bool:
    """Whether `name` is one abbreviation whose every sense spells out a lab ("SBP": systolic blood pressure), though
    the abbreviation itself is filed under no kind of lab."""
    found = lexicon.find(name)
    if (
        len(found) != 1
        or (found[0].start, found[0].end) != (0, len(name))
        or not isinstance(found[0].entry, AbbreviationEntry)
    ):
        return False
    return all(_a_lab(sense.expansion, lexicon) for sense in found[0].entry.senses)


def _bare_scale(name: str, fact: Fact, lexicon: Lexicon) -> bool:
    """Whether `name` is a scale's name alone ("Karnofsky", "ECOG", "Eastern Cooperative Oncology Group (ECOG)"),
    with no word for what it measures ("performance status", "score"), and the value a number on it (not "grade 2",
    which names its own kind of value)."""
    bare = _without_asides(name).strip()
    if _NAMED_VALUE.search(fact.text) or any(word.lower() in LAB_WORDS | _VALUE_WORDS for word in bare.split()):
        return False  # "performance score of Karnofsky" says what it measures
    # one scale alone, over the whole name (its glosses aside): "Karnofsky PS" names its performance status too
    found = lexicon.find(bare)
    return (
        len(found) == 1
        and isinstance(found[0].entry.kind, Kind)
        and found[0].entry.kind is Kind.SCALE
        and (found[0].start, found[0].end) == (0, len(bare))
    )


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
    if before_of is not None and plural(before_of.group(1).split()[-1]):
        return True  # "Screening values of serum ALT and/or AST": the values are what the verb says
    # "or" and "and/or": either value, so the verb agrees with the second name ("AST and/or ALT level is")
    return plural(second.split()[-1])


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
    if last in LAB_WORDS or last in _VALUE_WORDS:
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
_ROMAN_LEVELS = re.compile(r"[IVX]+(?:\s*(?:-|–|to|or|and)\s*[IVX]+)?")  # a scale's levels named bare
_FOLLOWS_A_VALUE = re.compile(
    r"\s*(?:$|[.,;:)\]]|\((?!\w+\s+\w)|(?:at|in|on|by|per|for|within|during|before|after|from|to|of|with|without|or|"
    r"and|and/or|if|unless|except|as|according|using|based|measured|obtained|calculated|determined|assessed|"
    r"inclusive|while|when|despite|regardless|over|under|prior|since|following|via|that|which|on)\b)",
    re.IGNORECASE,
)


def _not_its_value(text: str, fact: Fact, facts: Sequence[Fact], lexicon: Lexicon) -> bool:
    """Whether "Your <name> is <value>" would misread the criterion: the value names a kind of something after it
    ("NYHA class III or IV congestive heart failure": "Your NYHA is class 3 or 4 congestive heart failure"), or an
    alternative with no value of its own follows ("QTc > 500 ms or history of long QT syndrome": the history is
    no value of the QTc)."""
    if _VERB_AFTER.match(text, fact.end):
        return True  # "Growth factors: ≥ 14 days must have elapsed …": the value is the subject of a clause of its own
    if _NAMED_VALUE.search(fact.text):
        # past a short aside: "Pathologic Stage II-IIIB (N2) NSCLC" names the kind of cancer after it
        aside = _SHORT_ASIDE.match(text, fact.end)
        after = aside.end() if aside else fact.end
        # a comma goes on to other conditions: "NYHA Class III or IV, cardiac disease, …" is no value of NYHA
        if text[after : after + 1] == "," or not _FOLLOWS_A_VALUE.match(text, after):
            return True
    values = [f for f in facts if f.kind is FactKind.VALUE]
    # each value's span marked, so an alternative can tell whether it holds a value of its own
    # (a value with no bound, "abnormality", marked apart: "or other ECG abnormality" is no lab's own value)
    blanked = "".join(_mark(i, values) or c for i, c in enumerate(text))
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
    conditions = [a for a in alternatives[1:] if _A_CONDITION.match(a) and not _own_value(a, lexicon)]
    return bool(conditions) or bool(state and not _VALUE_MARK.search(rest) and _WORDS_OF_A_STATE.search(rest))


# a verb right after the value: "Your growth factors are 14 days or more must have elapsed" would say two verbs
_VERB_AFTER = re.compile(r"\s*(?:must|should|shall|will|has|have|had|is|are|was|were|can|may)\b", re.IGNORECASE)
_A_VALUE, _AN_UNBOUNDED_VALUE = "\x00", "\x01"
_VALUE_MARK = re.compile("[\x00\x01]")


def _mark(i: int, values: Sequence[Fact]) -> str:
    """The mark of the value at `i`, if any: `_A_VALUE` for a bound ("> 3 x ULN"), else `_AN_UNBOUNDED_VALUE`."""
    at = next((f for f in values if f.start <= i < f.end), None)
    return "" if at is None else _A_VALUE if at.comparator is not None else _AN_UNBOUNDED_VALUE


def _own_value(alternative: str, lexicon: Lexicon) -> bool:
    """Whether an alternative (its values marked `_A_VALUE`) is a lab with a value of its own: "… or other liver
    enzymes > 1.5 x ULN" is a second value, though "other" opens a condition ("or other liver disease")."""
    name = _LAB_NAME.match(alternative.split(_A_VALUE, 1)[0].strip()) if _A_VALUE in alternative else None
    return name is not None and _a_lab(name.group("name").strip(), lexicon)


# a word of 4+ letters that is no comparator's or limit's ("or higher", "or 3 times the upper limit of normal")
_WORDS_OF_A_STATE = re.compile(
    r"\b(?!(?:more|less|greater|higher|lower|above|below|equal|times|upper|lower|limit|normal|than|over|under|"
    r"institutional|value|values|range|respectively)\b)[A-Za-z][A-Za-z-]{3,}",
    re.IGNORECASE,
)


def is_a_lab(name: str, lexicon: Lexicon, *, ends_it: bool = False) -> bool:
    """Whether `name` is one lab, test or scale (see `_a_lab`), for rules that say a lab's value in words; with
    `ends_it`, a lexicon's lab must end the name ("the interval between each PSA measurement" names no lab)."""
    return _a_lab(name, lexicon, bare_value=ends_it)


def not_its_value(text: str, fact: Fact, facts: Sequence[Fact], lexicon: Lexicon) -> bool:
    """Whether `fact`, after a lab's name, is no value of it (see `_not_its_value`), for rules that name a lab."""
    return _not_its_value(text, fact, facts, lexicon)
