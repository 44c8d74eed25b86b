"""Planted error "negation_moved": a verb's negation left behind as its clause is cut, the verb said positively.

An offline rule once wrote "Woman of childbearing potential who does not agree to adopt adequate birth control" as
"… can become pregnant and do not, you agree to adopt …": the "not" stays, so a count of negations sees nothing,
but "agree" is now said positively. The operator plants that mistake: a verb negated by an auxiliary ("do not
agree", "cannot swallow", "will not comply") in a faithful bullet, after the start of its sentence, gets its clause
cut between the negation and the verb ("do not, you agree").
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase

# An auxiliary's negation and the word after it; not at a sentence's start, where a writer has no clause to cut.
_NEGATED_VERB = re.compile(
    r"(?<=[a-z,] )(?:(?:do|does|did|will|would|could|can)\s+not|cannot|can[’']t|won[’']t|(?:do|does|did)n[’']t)"
    r"(?=\s+[a-z]{3,}\b)", re.IGNORECASE)


def negation_moved(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """A negated verb cut off from its negation: "… and do not agree to X" → "… and do not, you agree to X"."""
    found = [(index, m) for index, bullet in enumerate(case.bullets) for m in _NEGATED_VERB.finditer(bullet.text)]
    if not found:
        return None
    index, match = found[rng.randrange(len(found))]
    text = case.bullets[index].text
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": f"{text[: match.end()]}, you{text[match.end():]}"})
    return case.model_copy(update={"bullets": bullets})
