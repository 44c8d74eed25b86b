"""Turning a CriterionRequest into the plain data and chat messages of the translate prompt.

`prompts` may not import `translator`, so the prompt's `render` takes plain dicts; this module
prepares them, including a readable meaning for every fact so the model knows what must survive.
"""

from __future__ import annotations

from prompts import Prompt, load_prompt
from translator.backend import CriterionRequest
from translator.criteria import SectionKind
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
    """A short English reading of a fact's normalised form, e.g. 'value at least 18 year'."""
    if fact.kind is FactKind.NEGATION:
        return f"negation ({fact.cue or fact.text}) - the item says this is NOT the case"
    words = ["time window" if fact.kind is FactKind.TEMPORAL else "value"]
    if fact.comparator is Comparator.RANGE:
        words.append(f"between {_num(fact.low)} and {_num(fact.high)}")
    elif fact.comparator is not None:
        value = fact.high if fact.comparator in (Comparator.LT, Comparator.LE) else fact.low
        words.append(f"{_COMPARATOR_WORDS[fact.comparator]} {_num(value)}")
    elif fact.low is not None or fact.high is not None:
        words.append(_num(fact.low if fact.low is not None else fact.high))
    if fact.unit:
        plural = fact.unit in _COUNTABLE_UNITS and (fact.low, fact.high) not in ((1, None), (None, 1), (1, 1))
        words.append(fact.unit + "s" if plural else fact.unit)
    if fact.relation:
        words.append(fact.relation)
    if fact.anchor:
        words.append(fact.anchor)
    return " ".join(words)


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if value.is_integer() else repr(value)
