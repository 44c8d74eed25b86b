"""The subject a closing ", unless …" clause leaves out, where only one thing can be it (offline_unless_clauses).

"You have high blood pressure, unless adequately controlled by medicine." says "unless it is adequately
controlled"; said as a sentence of its own ("This does not apply if …") the clause needs that subject back, or the
reader must supply it. Only two shapes, where the subject is never in doubt:

- what a person does or is ready to do ("unless using birth control", "unless getting anticoagulation", "unless
  willing to …"): the reader's own sentence's only person is the reader → "if you are using …";
- what is said of a condition (treated, controlled, resected, stable, asymptomatic …) after "You have (had) X",
  where X is one short noun phrase: no list ("and", "or", a comma, which the caller refuses), no negation ("no
  X", "never"), no preposition that could carry a second noun ("X of Y", "X after Y"), no time or qualifier after
  it. The pronoun agrees with X's last word: "brain metastases" → "they are", "diabetes", "hypertension" → "it is".

Everything else ("unless approved by the study doctor", "unless disease free for 3 years", "unless due to …")
could say the exception of the reader, of the condition or of the whole statement, and stays as the source has it.
"""

from __future__ import annotations

import re

from translator.offline_asides import outside_brackets

# a sentence this short with a subjectless exception still reads better split ("You have diabetes. This does not
# apply if it is well controlled."): the added subject is what makes the exception plain
MIN_SUBJECTLESS_WORDS = 6

_PERSON_ACT = re.compile(r"(?:using|getting|taking|receiving|willing\s+to|able\s+to)\s+[a-z]", re.IGNORECASE)
_CONDITION_STATE = re.compile(
    r"(?:(?:adequately|well|appropriately|properly|successfully|surgically|completely|fully|curatively|"
    r"definitively|optimally)\s+)?"
    r"(?:treated|controlled|managed|resected|removed|excised|irradiated|cured|corrected|stable|stabili[sz]ed|"
    r"asymptomatic|well-controlled|well-treated|resolved|in\s+remission)\b"
)
_ONE_CONDITION = re.compile(
    r"You\s+have\s+(?:had\s+)?(?P<phrase>(?:(?!(?:no|not|never|any|without|free|and|or|nor|of|with|within|by|as|for|"
    r"in|on|at|to|from|after|before|during|since|than|that|which|who|more|less|least|most|other|past|last|days?|weeks?|"
    r"months?|years?)\b)[A-Za-z][\w'’-]*\s*){1,6})$"
)
# singular nouns that end in a plural's "s"
_SINGULAR_S = re.compile(r"(?:ss|us|is|ys|diabetes|herpes|rabies|measles|mumps|scabies|rickets|shingles)$", re.I)


def subjectless(head: str, rest: str) -> str | None:
    """`rest` (the words after "unless") with the subject it leaves out, or None where that is not certain."""
    if _PERSON_ACT.match(rest):
        return f"you are {rest}"
    if not _CONDITION_STATE.match(rest):
        return None
    one = _ONE_CONDITION.fullmatch(outside_brackets(head).strip())
    if one is None:
        return None
    noun = one.group("phrase").split()[-1]
    plural = noun.lower().endswith("s") and not _SINGULAR_S.search(noun) and not noun.isupper()
    return f"{'they are' if plural else 'it is'} {rest}"
