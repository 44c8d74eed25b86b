"""An exclusion that adds an expected need to a past event, put to the reader (offline backend): "Major surgical
procedure, open biopsy, or significant traumatic injury within 28 days prior to Day 0, or anticipation of need for
major surgical procedure during the course of the study" → "You have had major surgery, open biopsy, or significant
traumatic injury in the 28 days before Day 0, or you are expected to need major surgery during the study".

The opening rules read the whole text and leave it a noun phrase: the "during the course of the study" of the
second half puts a time to come in it, so "You have had" would be a guess for all of it. The two halves are two
conditions joined by "or": the words before the joint are read alone by the opening rules (`edits_for`, as
offline_closing_notes reads the words before a closing note), and the joint says the second half as
offline_expected says the same words at the top of a criterion ("you are expected to need", the passive leaving who
expects it unsaid, as the source does). Only where "or" joins them (a comma alone may be read as "and"), only once,
in one sentence, and only when the opening rules rewrite the first half from its first word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.criteria import SectionKind
from translator.offline_edits import Edit

_JOINT = re.compile(
    r"\s*,?\s+or\s+(?:an?\s+|the\s+)?(?:anticipated\s+need\s+for|anticipation\s+of\s+(?:the\s+|a\s+)?need\s+for|"
    r"anticipation\s+of\s+needing)\s+(?=[A-Za-z])(?!(?:any\s+of|the\s+following)\b)",
    re.IGNORECASE,
)
# a second sentence or a list-lead: the joint may not join two conditions on the reader alone
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.;:](?=\s+\S)", re.IGNORECASE)
# a full stop that starts a new sentence with a capital (a note of its own)
_NEXT_SENTENCE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)\.\s+[A-Z]")


def expected_after(text: str, kind: SectionKind, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of the words before ", or anticipation of need for", and the joint said as ", or
    you are expected to need" (see the module); none otherwise."""
    joint_said = ", or you are expected to need "
    return joined_halves(text, kind, edits_for, _JOINT, lambda joint: joint_said, notes_after=True)


def joined_halves(
    text: str,
    kind: SectionKind,
    edits_for: Callable[[str], list[Edit]],
    joints: re.Pattern[str],
    said: Callable[[re.Match[str]], str | None],
    notes_after: bool = False,
) -> list[Edit]:
    """The edits `edits_for` makes of the words before the one match of `joints`, and the joint as `said` words it
    (None: no edit), when the first half is a sentence on the reader from its first word; none otherwise (see the
    module; translator.offline_planned_joins words other second halves the same way)."""
    found = list(joints.finditer(text))
    if kind is not SectionKind.EXCLUSION or len(found) != 1:
        return []
    joint = found[0]
    # a sentence end before the joint, or a list-lead or ";" anywhere, may leave the joint not joining two conditions
    # on the reader; with `notes_after` (the expected need), a full stop after the joint's sentence starts a note of
    # its own ("… during the course of the study. Patients with a vascular access device are allowed."), which the
    # other rules word as they would alone (not for the plans: "Is a participant or plans to participate in another
    # trial, whilst … . Participation in …" would part "a participant" from the trial it is in)
    ends = [m for m in _SENTENCE_END.finditer(text) if m.start() < joint.start() or m.group() != "."]
    if ends or (_SENTENCE_END.search(text) and not (notes_after and _NEXT_SENTENCE.search(text, joint.end()))):
        return []
    joined = said(joint)
    if joined is None:
        return []
    before = text[: joint.start()]
    start = len(text) - len(text.lstrip())
    own = edits_for(before)
    if not own or min(e.start for e in own) != start or max(e.end for e in own) > len(before):
        return []
    if not any(e.what == "person" and e.start == start and e.text.startswith("You ") for e in own):
        return []  # the first half is no sentence on the reader ("Your …", a note): the joint's "you" would dangle
    return [*own, Edit(joint.start(), joint.end(), joined, "person")]
