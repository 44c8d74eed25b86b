"""Plain-English wording of a fact, as the offline backend writes it.

`phrase(fact)` gives words a patient reads easily ("18 years or older", "less than 1.5 times the
upper limit of normal", "in the 3 months before randomization", "from 5 to 20") and that
`extract_facts` reads back as a fact with the same key — a property the tests check for every fact
found in the corpus. Numbers are written as digits, units in full where that is plainer ("per mm³",
"beats per minute"), and anchors in their plain form ("joining the study" for enrollment).
"""

from __future__ import annotations

import re

from translator.anchors import anchor_phrase
from translator.count_wording import count_unit_as_written
from translator.fact_acuity import snellen
from translator.fact_classifications import edition_wording
from translator.fact_dates import date_wording
from translator.fact_outside import OUTSIDE
from translator.facts import Comparator, Fact, FactKind
from translator.numbers import ROMAN, format_number

_CUES = {
    "no": "no", "not": "not", "without": "without", "never": "never", "none": "none", "neither": "neither",
    "nor": "nor", "except": "except", "unless": "unless", "absence": "no", "free": "free of", "non": "not",
    "naive": "never", "allowed": "is allowed",
}  # fmt: skip
_PLURALS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
            "minute": "minutes", "second": "seconds", "half-life": "half-lives", "pack-year": "pack-years"}  # fmt: skip
_SPELLED = {
    "x ULN": "times the upper limit of normal", "x LLN": "times the lower limit of normal", "x normal": "times normal",
    "/mm3": "per mm³", "/mm³": "per mm³", "/µL": "per µL",
    "kg/m2": "kg/m²", "mL/min/1.73m2": "mL/min/1.73 m²", "bpm": "beats per minute",
    "breaths/min": "breaths per minute", "/min": "per minute", "times/day": "times a day",
    "times/week": "times a week", "times/month": "times a month", "times/year": "times a year",
    "cigarettes/day": "cigarettes a day", "drinks/week": "drinks a week", "drinks/day": "drinks a day",
    "units/week": "units a week", "units/day": "units a day",
    "mg/m2": "mg/m²", "mm2": "mm²", "cm2": "cm²",
}  # fmt: skip
_COUNTED = frozenset({"units", "cigarettes", "drinks", "times", "beats", "breaths"})
_REFERENCE = {"x ULN": "the upper limit of normal", "x LLN": "the lower limit of normal",
              "legal age": "the legal age of adulthood"}  # fmt: skip
_REFERENCE_BOUNDS = {
    Comparator.GT: "above", Comparator.GE: "at least", Comparator.LT: "below", Comparator.LE: "at most",
}  # fmt: skip
_LEVEL_UNITS = ("stage", "grade", "class", "type", "phase", "level")
_LEVEL_WORDS = {Comparator.GE: "{u} {v} or higher", Comparator.GT: "{u} higher than {v}", Comparator.EQ: "{u} {v}",
                Comparator.LE: "{u} {v} or lower", Comparator.LT: "{u} lower than {v}"}  # fmt: skip
_VALUE_WORDS = {Comparator.GE: "{} or more", Comparator.GT: "more than {}", Comparator.LE: "{} or less",
                Comparator.LT: "less than {}", Comparator.EQ: "{}"}  # fmt: skip
_NO_SPACE = ("%", "°C", "°F")
_AT_THE_TIME = ("randomization", "enrollment", "consent", "first dose", "last dose", "diagnosis", "surgery")
_QUALITATIVE = {"past": "in the past", "current": "currently", "recent": "recently", "recurrent": "recurrent",
                "lasting": "persistently"}
_ROMAN_BY_VALUE = {value: numeral for numeral, value in ROMAN.items()}


def phrase(fact: Fact) -> str:
    """The plain-English wording of `fact`."""
    if fact.kind is FactKind.NEGATION:
        return _CUES.get(fact.cue or "", "not")
    if fact.kind is FactKind.TEMPORAL:
        return _temporal(fact)
    if fact.unit is not None and (fact.unit.startswith("x10^") or fact.unit == "/mm3"):
        fact = fact.model_copy(update={"unit": count_unit_as_written(fact.text, fact.unit)})  # "× 10^3/µL" kept
    # "> CTCAE Grade 3" → "CTCAE grade higher than 3": the grading system's name stays with its level.
    return f"{fact.system} {_value(fact)}" if fact.system else _value(fact)


def _amount(value: float | None, unit: str | None) -> str:
    number = _readable(value if value is not None else 0.0)
    if unit is None:
        return number
    if unit in _PLURALS:
        return f"{number} {unit if value == 1 else _PLURALS[unit]}"
    if unit == "percentile":
        return f"{number}th percentile"
    if unit in _NO_SPACE:
        return f"{number}{unit}"
    if unit.startswith("x10^"):
        return f"{number} × 10^{unit[4:]}"
    spelled = _SPELLED.get(unit, unit)
    counted, _, rest = spelled.partition(" ")
    if value == 1 and counted in _COUNTED and rest:  # "1 unit a day", not "1 units a day" (a bare "times" stays)
        spelled = f"{counted[:-1]} {rest}"
    return f"{number} {spelled}"


def _readable(value: float, floor: float = 10000) -> str:
    """Large whole numbers as a reader reads them: "150,000", "2.5 million" (not "150000", "2500000")."""
    if value != int(value) or abs(value) < floor:
        return format_number(value)
    if abs(value) >= 10**6 and value % 10**5 == 0:
        return f"{format_number(value / 10**6)} million"  # "2.5 million", "500 million"
    return f"{int(value):,}"


def _value(fact: Fact) -> str:
    if fact.label in ("minimum", "maximum") and fact.low is not None and fact.high is not None:
        return f"{fact.label} {format_number(fact.low)} to {_amount(fact.high, fact.unit)}"  # "minimum 3 to 4"
    if fact.label == OUTSIDE and fact.low is not None and fact.high is not None:
        return f"outside {format_number(fact.low)} to {_amount(fact.high, fact.unit)}"  # not "from 11 to 14"
    if fact.label is not None:
        if fact.unit in _LEVEL_UNITS and fact.comparator not in (None, Comparator.EQ, Comparator.RANGE):
            return _LEVEL_WORDS[fact.comparator].format(u=fact.unit, v=fact.label)
        if fact.unit == "fraction":
            top, _, bottom = fact.label.partition("/")
            if fact.comparator in (None, Comparator.EQ) and top.isdigit() and bottom == str(int(top) + 1):
                return f"{fact.label} of"  # "2/3 of": "2/3" alone reads as a choice of two levels ("ECOG 0/1")
            return _VALUE_WORDS[fact.comparator or Comparator.EQ].format(fact.label)
        if fact.unit == "code":
            return f"code {edition_wording(fact.label)}"
        if fact.unit == "date":
            return date_wording(fact.label)  # "code CTCAE version 3": a bare "CTCAE 3" is no edition
        return f"{fact.unit} {fact.label}" if fact.unit else fact.label
    if fact.unit in _LEVEL_UNITS:
        return _level(fact)
    if fact.unit == "Snellen":
        return _acuity(fact)
    if fact.unit in _REFERENCE and fact.comparator not in (None, Comparator.EQ, Comparator.RANGE):
        bound = fact.low if fact.low is not None else fact.high
        if bound == 1:
            return f"{_REFERENCE_BOUNDS[fact.comparator]} {_REFERENCE[fact.unit]}"
    low, high, unit = fact.low, fact.high, fact.unit
    comparator = fact.comparator or Comparator.EQ
    if comparator is Comparator.RANGE:
        if unit is None and _consecutive(low, high):
            return f"{format_number(low or 0)} or {format_number(high or 0)}"
        if _written_high_first(fact.text, format_number(low or 0), format_number(high or 0)):
            low, high = high, low  # "letter score of 73 to 25" stays "from 73 to 25"
        tail = _amount(high, unit)
        if fact.age and unit in _PLURALS:
            tail += " old"
        return f"from {_readable(low or 0, 1000 if abs(high or 0) >= 10000 else 10000)} to {tail}"  # "2,000 to 200,000"
    if unit in _REFERENCE or unit == "x normal":
        words = {Comparator.GT: "more than ", Comparator.GE: "at least ", Comparator.LT: "less than ",
                 Comparator.LE: "no more than ", Comparator.EQ: ""}  # fmt: skip
        return f"{words[comparator]}{_amount(low if low is not None else high, unit)}"
    if fact.age:
        age_words = {Comparator.GE: "{} or older", Comparator.GT: "older than {}", Comparator.LE: "{} or younger",
                     Comparator.LT: "younger than {}", Comparator.EQ: "{} old"}  # fmt: skip
        return age_words[comparator].format(_amount(low if low is not None else high, unit))
    return _VALUE_WORDS[comparator].format(_amount(low if low is not None else high, unit))


def _acuity(fact: Fact) -> str:
    """'20/40 or better': a Snellen fraction grows as sight improves."""
    if fact.comparator is Comparator.RANGE:
        worse, better = snellen(fact.low or 1), snellen(fact.high or 1)
        if _written_high_first(fact.text, worse, better):
            return f"from {better} to {worse}"  # "20/40 to 20/320": best to worst sight, as the source reads
        return f"from {worse} to {better}"
    value = snellen(fact.low if fact.low is not None else fact.high or 1)
    words = {Comparator.GE: "{} or better", Comparator.GT: "better than {}", Comparator.LE: "{} or worse",
             Comparator.LT: "worse than {}"}  # fmt: skip
    return words.get(fact.comparator or Comparator.EQ, "{}").format(value)


def _written_high_first(text: str, low: str, high: str) -> bool:
    """Whether the source wrote a range from its high end ("20/40 to 20/320", "letter score of 73 to 25"). The
    wording keeps the source's order: both orders hold the same values, but a scale read from best to worst, as
    sight is, reads wrong reversed. Either bound not found as written ("1,000") keeps low to high."""
    at_low = re.search(rf"(?<![\d.,/]){re.escape(low)}(?![\d/]|[.,]\d)", text)
    at_high = re.search(rf"(?<![\d.,/]){re.escape(high)}(?![\d/]|[.,]\d)", text)
    return at_low is not None and at_high is not None and at_high.start() < at_low.start()


def _consecutive(low: float | None, high: float | None) -> bool:
    return low is not None and high is not None and low.is_integer() and high - low == 1


def _level(fact: Fact) -> str:
    unit = fact.unit or ""

    def level(value: float | None) -> str:
        number = value if value is not None else 0.0
        if unit == "level" and number.is_integer() and int(number) in _ROMAN_BY_VALUE:
            return _ROMAN_BY_VALUE[int(number)]  # "level 3" could be any level; "level III" is a scale level
        return format_number(number)

    comparator = fact.comparator or Comparator.EQ
    if comparator is Comparator.RANGE:
        # Two neighbouring levels read as a choice ("type 1 or 2", "grade 1 or 2"), not a span.
        joint = "or" if _consecutive(fact.low, fact.high) else "to"
        return f"{unit} {level(fact.low)} {joint} {level(fact.high)}"
    value = level(fact.low if fact.low is not None else fact.high)
    return _LEVEL_WORDS[comparator].format(u=unit, v=value)


def _anchor(anchor: str, relation: str) -> str:
    text = anchor_phrase(anchor)
    if relation == "at" and anchor in _AT_THE_TIME:
        return f"the time of {text}"
    if relation == "at" and anchor.startswith("day "):
        return text
    return text


_RANGE_BOUNDS = {"minimum": "at least ", "maximum": "at most "}


def _temporal(fact: Fact) -> str:
    relation = fact.relation or "during"
    if fact.low is None and fact.high is None:
        if relation in _QUALITATIVE:
            return _QUALITATIVE[relation]
        if fact.anchor is None:
            return "at the time of" if relation == "at" else relation
        preposition = "on" if relation == "at" and fact.anchor.startswith("day ") else relation
        return f"{preposition} {_anchor(fact.anchor, relation)}"
    comparator = fact.comparator or Comparator.EQ
    if comparator is Comparator.RANGE:
        amount = f"{format_number(fact.low or 0)} to {_amount(fact.high, fact.unit)}"
        # "at least 4 to 6 weeks since": a floor or a ceiling somewhere in the range (`translator.quantities`)
        amount = f"{_RANGE_BOUNDS[fact.label]}{amount}" if fact.label in _RANGE_BOUNDS else amount
    else:
        amount = _amount(fact.low if fact.low is not None else fact.high, fact.unit)
    bound = {Comparator.GE: "at least ", Comparator.GT: "more than ", Comparator.LT: "less than ",
             Comparator.LE: "up to ", Comparator.EQ: "", Comparator.RANGE: ""}[comparator]  # fmt: skip
    anchor = f" {_anchor(fact.anchor, relation)}" if fact.anchor else ""
    if relation == "for":
        return f"for {bound}{amount}"
    if relation == "every":
        return f"every {bound}{amount}"
    if relation == "at":
        return f"at {bound}{amount}{anchor}"
    if comparator is Comparator.LE and relation == "before":
        return f"in the {amount} before{anchor}" if anchor else f"in the past {amount}"
    if comparator is Comparator.LE and relation == "after":
        return f"in the {amount} after{anchor}" if anchor else f"in the next {amount}"
    if comparator is Comparator.LE and relation == "within":
        return f"within {amount} of{anchor}" if anchor else f"within {amount}"
    if relation == "before":
        return f"{bound}{amount} before{anchor}" if anchor else f"{bound}{amount} ago"
    if relation == "within":
        return f"{bound}{amount} from{anchor}"
    return f"{bound}{amount} {relation}{anchor}"
