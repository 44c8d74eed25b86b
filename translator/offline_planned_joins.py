"""An exclusion that adds a plan, an expectation or a present to a past event, put to the reader (offline backend):
"Major surgery within 8 weeks prior to screening or planned major surgery within 6 months following baseline" →
"You have had major surgery in the 8 weeks before screening, or you have planned major surgery within 6 months
following baseline".

The opening rules read the whole text and leave it a noun phrase: the second half's time to come ("planned",
"during the study") would make "You have had" a guess for all of it. translator.offline_expected_joins reads the two
halves of ", or anticipation of need for X" apart; these are the other second halves the corpus joins the same way,
each said with the source's own verb of planning or expecting and its object and time kept:

- "or planned X during/within …" → ", or you have planned X during/within …" (only a noun phrase followed at once by
  its time to come; not a planned use, treatment or taking part, said below or not at all); "or planned pregnancy" →
  ", or you plan to get pregnant";
- "or planned participation in X" → ", or you plan to take part in X" ("anticipated participation in X" → ", or you
  are expected to take part in X"); "or planned use of X" → ", or you plan to use X"; "or plan(s) to X" → ", or you
  plan to X";
- "or anticipation that X" → ", or it is expected that X";
- a present in place of the plan: "or current participation in X" → ", or you are now taking part in X" ("current
  enrolment in", "current use of": "you are now enrolled in", "you are now using"), "or concurrent enrollment in X" →
  ", or you are at the same time enrolled in X" (and "taking part in" for "participation"): the time the source's
  adjective says, as offline_openings says "Current participation in X" at the top of a criterion;
- "or expected/anticipated to require/need/… X" → ", or you are expected to require/need/… X" (the passive leaves who
  expects it unsaid, as the source does, and as offline_expected says the same words at the top of a criterion);
- "or anticipation of (a) X during …", "or anticipated X during …" → ", or you are expected to have (a) X during …"
  (only with "during" later in the sentence: a procedure or treatment in the study, not a change or a use).

Not where a second "or" with no list before it follows the joint ("or plans to become pregnant or inadequate birth
control": the verb would take the third condition as its object), nor where the second half names a person ("or
plan to be pregnant woman"), nor after a definition in the first half.

The joint keeps the source's "or" or "and/or". Only where the words before it are a sentence on the reader from
their first word (offline_expected_joins.joined_halves), only once, in one sentence, and only in an exclusion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_expected_joins import expected_after, joined_halves

# what a second half may not be, read as "you have X planned": an act or a use, which "have … planned" does not say
_NOT_A_THING = (
    r"(?!(?:use|usage|participation|taking|treatment|therapy|concurrent|concomitant|to|administration|receipt)\b)"
)
_TO_COME = r"(?=\s+(?:during|within|in\s+the\s+next|at\s+any\s+time)\b)"
_JOINTS = re.compile(
    r"\s*,?\s+(?P<sep>or|and/or|OR)\s+(?:"
    r"(?P<plan>(?:the\s+)?plans?\s+to\s+(?=[a-z]))"
    r"|(?P<take>planned\s+(?:participation|taking\s+part)\s+in\s+(?=[a-z]))"
    r"|(?P<expect_take>(?:anticipated|expected)\s+(?:participation|taking\s+part)\s+in\s+(?=[a-z]))"
    r"|(?P<use>planned\s+use\s+of\s+(?=[a-z]))"
    r"|(?P<now_take>current\s+participation\s+in\s+(?=[a-z]))"
    r"|(?P<now_enrol>current\s+enrol(?:l)?ment\s+in\s+(?=[a-z]))"
    r"|(?P<now_use>current\s+use\s+of\s+(?=[a-z]))"
    r"|(?P<same_take>concurrent\s+participation\s+in\s+(?=[a-z]))"
    r"|(?P<same_enrol>concurrent\s+enrol(?:l)?ment\s+in\s+(?=[a-z]))"
    r"|(?P<that>(?:anticipation|expectation)\s+that\s+(?=[a-z]))"
    r"|(?P<to>(?:expected|anticipated)\s+to\s+(?=(?:require|need|use|receive|undergo|take|start|begin|initiate|"
    r"participate|have)\b))"
    rf"|(?P<of>anticipation\s+of\s+(?!(?:the\s+|a\s+)?need\b){_NOT_A_THING}"
    r"(?=(?:an?\s+|the\s+)?[a-z][^.;:]*\bduring\b))"
    rf"|(?P<expected>anticipated\s+(?!(?:need|needs|changes?)\b){_NOT_A_THING}(?=[a-z][^.;:]*\bduring\b))"
    r"|(?P<pregnancy>planned\s+pregnancy\s+)"
    rf"|(?P<planned>planned\s+)(?={_NOT_A_THING}[a-z][\w/-]*(?:(?:,\s+|\s+(?:or|and|and/or)\s+|\s+)"
    rf"{_NOT_A_THING}[a-z][\w/-]*){{0,7}}?{_TO_COME})"
    r")",
)
_SAID = {
    "plan": "you plan to ",
    "take": "you plan to take part in ",
    "expect_take": "you are expected to take part in ",
    "use": "you plan to use ",
    "now_take": "you are now taking part in ",
    "now_enrol": "you are now enrolled in ",
    "now_use": "you are now using ",
    "same_take": "you are at the same time taking part in ",
    "same_enrol": "you are at the same time enrolled in ",
    "that": "it is expected that ",
    "to": "you are expected to ",
    "of": "you are expected to have ",
    "expected": "you are expected to have ",
    "pregnancy": "you plan to get pregnant ",
    "planned": "you have planned ",
}
# a second "or" with no list before it ("or plans to become pregnant or inadequate birth control"): a third condition
# the second half's verb would take as its object
_BARE_OR = re.compile(r"^[^,.;:]*?\s(?:or|OR|and/or)\s")
# a person named in the second half ("or plan to be pregnant woman"): not a condition on the reader alone
_SOMEONE = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|females?|males?|patients?|subjects?|participants?|partners?|persons?|people)\b", re.I
)
# a definition in the first half ("Major surgery, defined as …, within 28 days"): the sentence split it gets would
# carry the first half's window into the definition
_DEFINED = re.compile(r"\b(?:defined\s+as|means|i\.\s?e\.)", re.IGNORECASE)


def _said(joint: re.Match[str]) -> str | None:
    text = joint.string
    rest = text[joint.end() :]
    if _BARE_OR.search(rest) or _SOMEONE.search(rest) or _DEFINED.search(text, 0, joint.start()):
        return None
    form = next(name for name in _SAID if joint[name] is not None)
    return f", {joint['sep']} {_SAID[form]}"


def planned_after(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of the words before ", or planned X …" (and the module's other joints), and the
    joint said to the reader (see the module); none otherwise."""
    return joined_halves(text, kind, edits_for, _JOINTS, _said)


def expected_or_planned_after(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """offline_expected_joins' edits of ", or anticipation of need for X", or else this module's."""
    return expected_after(text, kind, edits_for) or planned_after(text, kind, edits_for)
