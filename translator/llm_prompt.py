"""Turning a CriterionRequest into the plain data and chat messages of the translate prompt.

`prompts` may not import `translator`, so the prompt's `render` takes plain dicts; this module
prepares them, including a readable meaning for every fact so the model knows what must survive.
"""

from __future__ import annotations

from prompts import Prompt, load_prompt
from translator.backend import CriterionRequest
from translator.criteria import SectionKind
from translator.fact_outside import OUTSIDE
from translator.fact_scant import LABEL as SCANT
from translator.facts import Comparator, Fact, FactKind

PROMPT_ID = "translate_criterion"

SECTION_LABELS = {
    SectionKind.INCLUSION: "You may be able to join if…",
    SectionKind.EXCLUSION: "You cannot join if…",
    SectionKind.OTHER: "Other things to know",
}

_COMPARATOR_WORDS = {
    Comparator.EQ: "exactly",
    Comparator.GT: "more than",
    Comparator.GE: "at least",
    Comparator.LT: "less than",
    Comparator.LE: "at most",
}

_COUNTABLE_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "cycle", "dose", "line"})
# Scales whose word goes before the level: "grade 2", "stage 3B", "class B".
_LEVEL_UNITS = frozenset({"grade", "stage", "class", "level", "TNM", "fibrosis", "fraction"})
# The parts of a study a rule may apply to ("Cohort 3"): `translator.fact_codes`.
_PART_UNITS = frozenset({"substudy", "cohort", "part", "period", "panel", "phase", "arm", "step"})
# Cues that make an exception, not a negation: "except", "unless", "… are allowed".
_EXCEPTION_CUES = frozenset({"except", "unless", "allowed"})
# A time window with no number: "prior therapy" is in the past, "current smoker" now.
_RELATION_WORDS = {"past": "in the past (before now)", "current": "now (at present)", "future": "in the future"}
# A bound said before a range ("at least 4-6 weeks"): the range's label.
_RANGE_BOUNDS = frozenset({"minimum", "maximum"})



def translate_prompt() -> Prompt:
    return load_prompt(PROMPT_ID)


def prompt_data(request: CriterionRequest) -> dict[str, object]:
    """The plain data the translate template reads."""
    return {
        "section": {"kind": request.kind.value, "label": SECTION_LABELS[request.kind]},
        "items": [
            {
                "ref": item.ref,
                "depth": item.ref.count("."),
                "text": item.text,
                "logic": item.logic.value if item.logic else None,
                "facts": [{"text": fact.text, "meaning": describe_fact(fact)} for fact in item.facts],
            }
            for item in request.items
        ],
        "refs": [item.ref for item in request.items],
    }


def chat_messages(prompt: Prompt, request: CriterionRequest) -> list[dict[str, str]]:
    """The messages the model reads for `request` (system, then user)."""
    return prompt.render(prompt_data(request))


def describe_fact(fact: Fact) -> str:
    """A short English reading of a fact's normalised form, e.g. 'value at least 18 years', in words that say what the
    checks compare: the bound, the number or label, the unit, the time window's anchor."""
    if fact.kind is FactKind.NEGATION:
        if fact.cue in _EXCEPTION_CUES:
            return f"exception ({fact.cue}) - the item makes an exception here; keep it as an exception"
        return f"negation ({fact.cue or fact.text}) - the item says this is NOT the case"
    kind = "time window" if fact.kind is FactKind.TEMPORAL else "value"
    if fact.label == SCANT:
        return ("amount \"little or none\" - keep \"little or no\" (or \"few or no\"); without its \"no\" it says "
                "the opposite")
    if fact.unit == "code":
        return (f"name or code \"{fact.text}\" - keep it exactly as written, every letter and digit; it names one "
                "thing (a drug, a study, an edition of a classification) and is not an amount")
    if fact.unit == "date":
        return f"date \"{fact.text}\" - keep this date: its day, month and year"
    if fact.unit == "schedule":
        return f"schedule at {fact.label} - keep every time point"
    if fact.unit in _PART_UNITS:
        return f"{fact.unit} {fact.label} - the part of the study this applies to; keep its number"
    if fact.label and fact.low is None and fact.high is None and fact.unit is None:
        return (f"{kind} \"{fact.label}\" - a level or result with no number; keep this word or one that means the "
                "same")
    words = ["age" if fact.age else kind, *_bound(fact)]
    if fact.system:
        words.append(f"on the {fact.system} scale")
    if fact.relation:
        words.append(_RELATION_WORDS.get(fact.relation, fact.relation) if len(words) == 1 else fact.relation)
    if fact.anchor:
        words.append(fact.anchor)
    reading = " ".join(words)
    if fact.label in _RANGE_BOUNDS and fact.low is not None and fact.high is not None:
        bound = "at least" if fact.label == "minimum" else "at most"
        reading += (f" - one bound said before a range (\"{fact.text}\": {bound} somewhere from {_num(fact.low)} to "
                    f"{_num(fact.high)}); keep the bound word and both numbers")
    elif fact.unit == "fraction":
        reading += f" - one fraction, not a range; keep it as {fact.label}"
    return reading


def _bound(fact: Fact) -> list[str]:
    """The comparator, number or label, and unit: "at least 18 years", "grade 2", "stage 3B", "fraction 1/2"."""
    labelled = fact.label is not None and fact.label not in _RANGE_BOUNDS and fact.label != OUTSIDE
    if fact.comparator is Comparator.RANGE and fact.label == OUTSIDE:
        number = f"outside {_num(fact.low)} to {_num(fact.high)}"  # not in the range: not "between"
    elif fact.comparator is Comparator.RANGE or (fact.comparator is None and None not in (fact.low, fact.high)):
        number = f"between {_num(fact.low)} and {_num(fact.high)}"
    elif labelled:
        number = f"{_COMPARATOR_WORDS[fact.comparator]} " if fact.comparator not in (None, Comparator.EQ) else ""
        number += str(fact.label)
    elif fact.comparator is not None:
        value = fact.high if fact.comparator in (Comparator.LT, Comparator.LE) else fact.low
        number = f"{_COMPARATOR_WORDS[fact.comparator]} {_num(value)}"
    elif fact.low is not None or fact.high is not None:
        number = _num(fact.low if fact.low is not None else fact.high)
    else:
        return [fact.unit] if fact.unit else []
    if not fact.unit:
        return [number]
    if fact.unit in _LEVEL_UNITS or labelled:
        # "grade 2", "stage 3B", "at least grade 2": the scale's word comes before its level.
        head, _, level = number.rpartition(" ")
        return [f"{head} {fact.unit} {level}".strip()]
    plural = fact.unit in _COUNTABLE_UNITS and (fact.low, fact.high) not in ((1, None), (None, 1), (1, 1))
    return [number, fact.unit + "s" if plural else fact.unit]


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if value.is_integer() else repr(value)
