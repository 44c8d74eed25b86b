"""SCRATCH until the lead's `translator/fidelity.py` lands: the minimal `check_rendering`.

Same signature as the real one, `check_rendering(request, rendering) -> list[Finding]`, so that
switching is one import line in `translator/llm_models.py`. It checks only what can be checked
without the fact extractor: refs exist, every item is covered, number tokens survive exactly and
none is invented, and a negation cue in an item still has one in the bullets citing it.
Messages are written to be read by the model when it is asked again.
"""

from __future__ import annotations

import re

from translator.backend import CriterionRequest, Rendering
from translator.facts import FactKind
from translator.findings import Finding, Severity

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|\d+(?:\.\d+)?")
# "one" is left out: "at least one of these" must not count as the number 1 (see _ONE below).
_NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ONE = re.compile(r"\bone\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(no|not|never|none|neither|nor|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|absence)\b"
    r"|n't\b",
    re.IGNORECASE,
)


def numbers(text: str) -> set[str]:
    """Number tokens in `text`, normalised so that '1,000', '1000' and '1000.0' compare equal."""
    found = {_normalise(match.group()) for match in _NUMBER.finditer(text)}
    found |= {_NUMBER_WORDS[match.group().lower()] for match in _NUMBER_WORD.finditer(text)}
    return found


def check_rendering(request: CriterionRequest, rendering: Rendering) -> list[Finding]:
    """Findings for `rendering` against `request` (errors make the LLM answer again)."""
    items = {item.ref: item for item in request.items}
    findings: list[Finding] = []
    for index, bullet in enumerate(rendering.bullets):
        unknown = [ref for ref in bullet.refs if ref not in items]
        if unknown:
            findings.append(
                _error(
                    "unknown_ref",
                    f"Bullet {index + 1} cites {', '.join(map(repr, unknown))}, which is not an item; "
                    f"cite only these refs: {', '.join(items)}.",
                    bullet_index=index,
                )
            )
        cited = [items[ref].text for ref in bullet.refs if ref in items]
        if cited:
            allowed = set().union(*(_numbers_with_one(text) for text in cited))
            invented = numbers(bullet.text) - allowed
            for number in sorted(invented):
                findings.append(
                    _error(
                        "number_invented",
                        f"Bullet {index + 1} contains the number {number}, which is not in the items it cites "
                        f"({', '.join(bullet.refs)}); never add numbers.",
                        bullet_index=index,
                    )
                )
    for ref, item in items.items():
        citing = [bullet.text for bullet in rendering.bullets if ref in bullet.refs]
        if not citing:
            findings.append(
                _error("item_not_covered", f"Item [{ref}] is not cited by any bullet; write a bullet for it.", ref)
            )
            continue
        said = " ".join(citing)
        for number in sorted(numbers(item.text) - numbers(said)):
            findings.append(
                _error(
                    "fact_missing",
                    f"Item [{ref}] contains the number {number}, but no bullet citing [{ref}] has it; keep every "
                    "number exactly, with its comparator and unit.",
                    ref,
                )
            )
        negated = any(fact.kind is FactKind.NEGATION for fact in item.facts) or _NEGATION.search(item.text)
        if negated and not _NEGATION.search(said):
            findings.append(
                _error(
                    "negation_dropped",
                    f"Item [{ref}] is negated ('no', 'not', 'without'…), but the bullets citing [{ref}] are not; "
                    "keep the negation so the meaning does not flip.",
                    ref,
                )
            )
    return findings


def _numbers_with_one(text: str) -> set[str]:
    # A source saying "one" may be rendered "1", but "one" is never required to survive.
    return numbers(text) | ({"1"} if _ONE.search(text) else set())


def _normalise(token: str) -> str:
    value = float(token.replace(",", ""))
    return str(int(value)) if value.is_integer() else repr(value)


def _error(check: str, message: str, ref: str | None = None, *, bullet_index: int | None = None) -> Finding:
    # criterion_id holds the request-local ref here; the pipeline maps refs back to criterion ids.
    return Finding(check=check, severity=Severity.ERROR, criterion_id=ref, bullet_index=bullet_index, message=message)
