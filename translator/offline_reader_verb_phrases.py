"""Plain words that are verb phrases, said as the reader's verbs (offline backend, on the composed bullet).

The lexicon and the plain words say some nouns of doing with a gerund and its object or particle: "hemoptysis" →
"coughing up blood", "syncope" → "fainting", "discontinuation of X" → "stopping X". After an opening's "You have"
such a gerund reads as no English: "You have coughing up blood", "You have had stopping methotrexate for a
safety-related reason", "You have had fainting in the 6 months before screening". Said as the verb it stands for:

- "have had coughing up blood" / "fainting" → "have coughed up blood" / "have fainted", and "have had stopping X"
  → "have stopped X" (with "no": "have had no fainting" → "have not fainted"): the same past, the same words after;
- "You have coughing up blood" before a window that looks back ("within 8 weeks of the first dose", "in the past 3
  months") → "You have coughed up blood": the window puts it in the past as "had" would; and with nothing after it
  ("Hemoptysis" as an exclusion) → "You are coughing up blood", the symptom now.

Only where the gerund's phrase stands alone: a list goes on in nouns ("You have had fainting, presyncopy, …", "You
have had coughing up blood, brain hemorrhage …"), which a verb would break, and a phrase a word describes ("ongoing
coughing up blood") keeps its words (translator.offline_term_fronts keeps the term there in the first place).
"""

from __future__ import annotations

import re

# the gerund phrase, and its past participle; "stopping" takes its object after it
_PAST = {"coughing up blood": "coughed up blood", "fainting": "fainted", "stopping": "stopped"}
# what may follow an intransitive phrase said as a verb: the sentence's end, a bracket, or a word that begins a
# window, a measure or a reason (not a list's "," / "or", nor "needing" or "requiring", which describe a noun)
_ALONE_AFTER = (
    r"(?=\s*(?:[.;]|$)|\s+\(|\s+(?:in|within|during|since|before|after|due|more|less|of|at|while|over|on|because)\b)"
)
_HAD = re.compile(
    rf"\b(?P<have>have|has)\s+had\s+(?P<no>no\s+)?(?:(?P<intransitive>coughing up blood|fainting){_ALONE_AFTER}"
    rf"|(?P<transitive>stopping)(?=\s+[a-z]))"
)
# "You have coughing up blood": the opening's present, before a window that looks back or the sentence's end
_HAVE = re.compile(rf"\bYou\s+have\s+coughing up blood{_ALONE_AFTER}")
_BACK = re.compile(
    r"\s(?:within|with)\s+(?:the\s+)?\d+[\s-]+(?:days?|weeks?|months?|years?)\b"
    r"|\s(?:in|during|within)\s+the\s+(?:past|last|previous|\d+[\s-]+(?:days?|weeks?|months?|years?)\s+before)\b"
)
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|$")


def reader_verb_phrases(text: str) -> str:
    """`text` with the gerund phrases above said as the reader's verbs (see the module)."""
    text = _HAD.sub(_had, text)
    for m in reversed(list(_HAVE.finditer(text))):
        end = _SENTENCE_END.search(text, m.end())
        rest = text[m.end() : end.start() if end else len(text)]
        if not rest.strip():
            text = text[: m.start()] + "You are coughing up blood" + text[m.end() :]
        elif _BACK.search(rest):
            text = text[: m.start()] + "You have coughed up blood" + text[m.end() :]
    return text


def _had(m: re.Match[str]) -> str:
    phrase = m.group("intransitive") or m.group("transitive")
    have = m.group("have")
    return f"{have} not {_PAST[phrase]}" if m.group("no") else f"{have} {_PAST[phrase]}"
