"""Planted error "quantifier_swapped": a list's "any of" turned "all of" (or back), or a "whichever" choice turned.

Two one-word errors no number, negation or content check reads: "You have any of the following:" → "You have all of
the following:" (an inclusion that asks one condition of three now asks all three; an exclusion turned the other way
lets in whom it shut out), and "for 4 weeks or 5 half-lives, whichever is longer" → "whichever is shorter" (a washout
halved for a long-lived drug). The operator turns a lead-in quantifier before "of the following" / "of these" /
"of the below", or the word a "whichever" chooses by, in a bullet whose cited source states a quantifier of that
family or a choice there, so the source says it and the turned word contradicts it. The checks that should see it:
translator.fidelity_quantifiers and translator.fidelity_whichever.
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from evals.mutations_terms import replaced_in_one

# The planter's own wordings, not imported from the checks it measures: a check narrowed later must show up as misses
# here, not narrow what is planted along with it.
_ANY = r"any(?:\s+one)?|one(?:\s+or\s+more)?|at\s+least\s+one|either"
_ALL = r"all|each|both|every\s+one"
_LEAD_IN = re.compile(rf"\b(?:(?P<any>{_ANY})|(?P<all>{_ALL}))(?=\s+(?:of\s+)?(?:the\s+)?(?:following|these|below)\b)",
                      re.IGNORECASE)
_TURNED_LEAD_IN = {"any": "all", "all": "any", "either": "both", "both": "either"}
_CHOICE = re.compile(r"\bwhichever(?:\s+[\w-]+){0,2}?\s+(?:is|comes|occurs|happens|was)\s+(?:the\s+)?"
                     r"(?P<word>[a-z]+)\b", re.IGNORECASE)
_TURNED_CHOICE = {
    "longer": "shorter", "shorter": "longer", "longest": "shortest", "shortest": "longest", "greater": "smaller",
    "smaller": "greater", "greatest": "smallest", "smallest": "greatest", "higher": "lower", "lower": "higher",
    "highest": "lowest", "lowest": "highest", "larger": "smaller", "more": "less", "less": "more", "later": "earlier",
    "earlier": "later", "latest": "earliest", "earliest": "latest", "last": "first", "first": "last",
    "sooner": "later", "older": "younger", "younger": "older",
}


def _turned_lead_in(m: re.Match[str]) -> str:
    word = m.group().casefold()
    if word in _TURNED_LEAD_IN:
        return _TURNED_LEAD_IN[word]
    return "all" if m.group("any") else "any"  # "one or more" → "all", "every one" → "any"


def quantifier_swapped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One lead-in quantifier turned ("any of the following" → "all of the following"), or one "whichever" choice
    turned ("whichever is longer" → "whichever is shorter")."""
    found = []
    for index, bullet in enumerate(case.bullets):
        cited = " ".join(s.text for s in case.sources if s.id in bullet.source_ids)
        stated = {"any" if m.group("any") else "all" for m in _LEAD_IN.finditer(cited)}
        for m in _LEAD_IN.finditer(bullet.text):
            if ("any" if m.group("any") else "all") in stated:
                found.append((index, m.start(), m.end(), _match_case(m.group(), _turned_lead_in(m))))
        if not _CHOICE.search(cited):
            continue
        for m in _CHOICE.finditer(bullet.text):
            word = m.group("word")
            if word.casefold() in _TURNED_CHOICE:
                found.append((index, m.start("word"), m.end("word"), _TURNED_CHOICE[word.casefold()]))
    return replaced_in_one(case, rng, found)


def _match_case(old: str, new: str) -> str:
    return new.capitalize() if old[:1].isupper() else new
