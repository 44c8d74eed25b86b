"""Two more clauses a semicolon can set off as a sentence of their own (translator.offline_semicolons).

offline_semicolons cuts at "; " where the part after it opens with its own subject before its own verb. Two parts
open on a lead word before that clause, and say the same as a sentence of their own:

- "…; for example, X" → "…. For example, X.": examples of what the sentence before them says (as offline_sentences
  says a closing "(e.g. X)"): "You are on a non-standard schedule for ERT; for example, weekly infusions as opposed to
  infusions every two weeks." → "You are on a non-standard schedule for ERT. For example, weekly infusions …";
- "…; if A, B" → "…. If A, B.", where B is a clause (its own subject and verb): the condition is the second rule's own,
  before it and inside it, and the first part holds without it: "Your serum creatinine is 1.5 mg/dL or less; if serum
  creatinine more than 1.5 mg/dL, then the estimated GFR must be more than 60 mL/min" → "… or less. If serum
  creatinine …". Only as the last part (offline_semicolons keeps a condition before another part whole).

Neither where the first part opens on a scope of its own ("For the low risk stage I arms, components … can be mixed
…; if yolk sac tumor is the only component, then it must …"): the scope may be both parts', and a sentence of its
own would lose it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EXAMPLES = re.compile(r"for\s+(?:example|instance),\s+\S", re.IGNORECASE)
_FRONTED = re.compile(
    r"(?:for|in|at|during|among|within|after|before|on|from|with|without|under|per|according\s+to)\b[^,;]*,", re.I
)
_CONDITION_THEN = re.compile(r"if\s+[^,;()]+,\s+(?:then\s+)?(?P<clause>[^;]+)$", re.IGNORECASE)


def led_clause(rest: str, a_clause: Callable[[str], bool]) -> bool:
    """Whether `rest`, a part after a semicolon, is examples or a condition before a clause (`a_clause` reads it)."""
    if _EXAMPLES.match(rest):
        return True
    m = _CONDITION_THEN.match(rest)
    return m is not None and a_clause(m.group("clause"))


def fronted_scope(first: str) -> bool:
    """Whether the first part opens on a fronted scope ("For X, …", "In patients with Y, …") that may cover the rest."""
    return _FRONTED.match(first.lstrip()) is not None
