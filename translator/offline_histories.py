"""The histories offline_plain.polish leaves in the second person, said as what was had (session 47, reading grade).

offline_plain.polish says "You have a history of X" as "You have had X" (any past case of X is having had it), but
not before a gerund ("a history of smoking": "You have had smoking" is no English), "any", a number or a bracket, nor
after a modal. Counted over the corpus bullets, 139 bullets still said "You have a history of"; of those, these are
said as had, with the same guards as the first rule (no second "history of" leaning on the same verb, no present state
joined to it: "a history of X or current Y" keeps both times):

- a gerund that names a thing, not a doing: "a history of bleeding diathesis", "eating disorders", "penetrating head
  injury", "worsening heart failure" (never "smoking", "using", "getting", "being": those are acts, not conditions);
- "any" before a kind ("a history of any other cancer" → "had any other cancer"), not "any of" (a list's lead-in);
- a count of events ("a history of 2 or more episodes of …" → "had 2 or more episodes"), never a rate ("2 to 6
  migraine headaches per month" is how often they come, not how many there were);
- a bracketed qualifier before the condition ("a history of (noninfectious) pneumonitis");
- "any history of X" beside a window: "You have had any X within the last 5 years" (offline_example_words says
  "ever had" where no window follows);
- "a history of smoking" alone or before a window back from now: "You have smoked" (not "smoking or using …");
- after a modal: "You must not have a history of X" → "You must not have had X", "You must have a history of X" →
  "You must have had X"; "You do not have a history of X" → "You have not had X" (not "never": a window may follow,
  "in the past 3 years").
"""

from __future__ import annotations

import re

from translator.offline_example_words import BARE_EVENT, NOT_NOW_TOO, THING_GERUNDS
from translator.regex_literals import Replacement

_NOT_HAD = r"(?:or|and|and/or|the|this|these|those|either|both|now|current|currently|ongoing|present|presently)\b"
# what may follow "history of" here that offline_plain's own rule refuses
_NEW_HEAD = (
    rf"(?:{THING_GERUNDS}\b"
    r"|any\s+(?!(?:of|one\s+of|history|time)\b)(?=[a-z])"
    r"|\d+\s+or\s+more\b|\d+\s+(?:[\w-]+\s+){0,3}?episodes?\b"
    r"|\((?:non-?)?[a-z-]+\)\s+[a-z])"
)
_HEAD = rf"(?!{_NOT_HAD}|\w+ing\b)[A-Za-z]"  # what offline_plain's rule takes, for the modal forms
_HISTORY = r"(?:a\s+)?(?:(?:past|prior|previous)\s+)?history of "
# a family history said as the reader's ("a history of any first degree relatives with cancer"): not had by the reader
_RELATIVES = r"(?![^.;]*\b(?:relatives?|family|mother|father|sisters?|brothers?|parents?|siblings?)\b)"
# a singular event with no article ("a history of heart attack"): "had heart attack" would want one (offline_past_events
# gives it after "You have", not after a modal), so these keep "a history of"; "any" and a count are determiners
_BARE_EVENT = rf"(?!(?!any\b|\d){BARE_EVENT})"
# the guards of offline_plain's rule, and no rate ("per month") nor a present state joined later in the sentence
_GUARDS = _BARE_EVENT + r"(?![^.;]*\bhistory of\b)(?![^.;]*\b(?:per|every|each)\s)" + NOT_NOW_TOO + _RELATIVES

_MODAL = r"(?:must not|must|should not|cannot|may not)"

HISTORIES: list[tuple[re.Pattern[str], Replacement]] = [
    (re.compile(rf"(?<!Do )\b(?P<you>You|you) have {_HISTORY}(?={_NEW_HEAD}){_GUARDS}"), r"\g<you> have had "),
    (re.compile(rf"\b(?P<you>You|you) (?P<modal>{_MODAL}) have {_HISTORY}"
                rf"(?={_NEW_HEAD}|{_HEAD}){_GUARDS}"), r"\g<you> \g<modal> have had "),
    # "any history of X" beside a window, which offline_example_words leaves ("ever" and "within the last 5 years" would
    # contradict each other): "You have had any X within the last 5 years"
    (re.compile(rf"(?<!Do )\b(?P<you>You|you) (?P<modal>{_MODAL}\s)?have any history of "
                rf"(?={_HEAD}|{THING_GERUNDS}\b)(?!(?:any|of|either|both|a|an)\b){_GUARDS}"),
     lambda m: f"{m['you']} {m['modal'] or ''}have had any "),
    # smoking is an act: "a history of smoking" alone or before a window back from now is having smoked
    (re.compile(rf"(?<!Do )\b(?P<you>You|you) have {_HISTORY}smoking"
                r"(?=\s*(?:[.;]|$)|\s+(?:in|within|during)\s+the\s+(?:past|last)\s)"), r"\g<you> have smoked"),
    (re.compile(rf"\b(?P<you>You|you) do not have {_HISTORY}(?={_NEW_HEAD}|{_HEAD}){_GUARDS}"),
     r"\g<you> have not had "),
]  # fmt: skip
