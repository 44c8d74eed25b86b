"""Planted error "and_or_swapped": "and" written "or" between two items of a faithful bullet, or "or" written "and".

A careless writer or a model keeps every word and turns the join: "You have HIV and hepatitis B" → "You have HIV or
hepatitis B", "You are willing and able to …" → "You are willing or able to …", "A, B, or C" → "A, B, and C". The
operator turns a join that stands between the same two words in a source the bullet cites (so the source states it
there), and only where the turn changes what the bullet asks: not in "and/or", "with or without", "either … or",
"whether or not", "between … and", "one or more"; not among examples ("such as", "for example", "including") or under
"any of", where either join reads alike; not under a negation ("no A or B" and "no A and B" are both read as
neither); not between the sexes or states of people ("male or female", "pregnant or breastfeeding women").
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from evals.mutations_terms import replaced_in_one

_JOIN = re.compile(r"(?<![\w/-])([A-Za-z][\w'-]*)(,?\s+)(and|or)(\s+)([A-Za-z][\w'-]*)(?![\w/])")
# Words that make the join part of a fixed phrase or a comparator ("18 or older", "one or more", "or both").
_FIXED = frozenset("""with without whether either neither between both more less older younger higher lower greater
fewer above below over under later earlier longer shorter not one two the a an any all other others of to in on at by
for from as be is are was were has have had do does""".split())  # noqa: SIM905 - a word list reads better as words
_PEOPLE = frozenset("""male female males females man men woman women boy boys girl girls child children adolescents
adolescent adults adult patient patients participant participants subject subjects pregnant breastfeeding
breast-feeding lactating nursing""".split())  # noqa: SIM905
_READ_ALIKE = re.compile(r"\b(?:such as|e\.?g|i\.?e|for example|for instance|including|includes?|like|any of|one of|"
                         r"either|neither|both|between|at least one|limited to|types? of|kinds? of|examples?)\b",
                         re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|without|except|excluding|unless|none|nor|cannot|free of|other than)\b"
                       r"|n't\b", re.IGNORECASE)


def and_or_swapped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One "and" between two items written "or", or one "or" written "and": "HIV and hepatitis B" → "HIV or
    hepatitis B"."""
    found = []
    for index, bullet in enumerate(case.bullets):
        cited = " ".join(s.text for s in case.sources if s.id in bullet.source_ids)
        for m in _JOIN.finditer(bullet.text):
            before, join, after = m.group(1), m.group(3), m.group(5)
            if {before.casefold(), after.casefold()} & (_FIXED | _PEOPLE) or "/" in bullet.text[m.end():m.end() + 1]:
                continue
            clause = re.split(r"[.;:]\s", bullet.text[:m.start()])[-1]
            rest = re.split(r"[.;:]\s", bullet.text[m.end():])[0]
            sentence = re.split(r"[.;]\s", bullet.text[:m.start()])[-1]  # "any of these:" reads over its list
            if _READ_ALIKE.search(sentence) or _NEGATION.search(clause) or _NEGATION.search(rest):
                continue
            stated = rf"(?<![\w-]){re.escape(before)}\s*,?\s+{join}\s+{re.escape(after)}(?![\w/-])"
            if re.search(stated, cited, re.IGNORECASE) and not re.search(
                    rf"\b{re.escape(before)}\s+and/or\s+{re.escape(after)}\b", cited, re.IGNORECASE):
                found.append((index, m.start(3), m.end(3), "or" if join.casefold() == "and" else "and"))
    return replaced_in_one(case, rng, found)
