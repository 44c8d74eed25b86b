"""The noun-phrase openings of the reader's acts that offline_leads tries at one place, in this order:
offline_use_adverbs ("Concurrent use of steroids" → "You use steroids at the same time"), offline_concurrent_uses
(where the used thing runs on: "You use, at the same time, drugs that may prolong QT"), offline_donations
("Blood donation within 90 days before X" → "You have donated blood within 90 days before X"), offline_point_uses
("Use of X at baseline" → "You are using X at baseline"), offline_before_or_during_uses ("Use of X within 2 weeks prior
to Y or during the study" → "You have used or will use X …"), offline_lacks ("Lack of peripheral venous access" →
"You lack peripheral venous access") offline_ongoing_treatments ("Ongoing treatment with X" → "You are getting
ongoing treatment with X") offline_enrolments ("Enrollment in another clinical trial" → "You are enrolled in
another clinical trial") offline_past_or_current_conditions ("Previous or current cancer" → "You have had or now
have cancer") and offline_windowed_treatments ("Treatment within the previous 3 months with X" → "You have had
treatment within …").

The ones this session added (all but offline_use_adverbs) leave a criterion whose later sentences name people ("…;
if patient has recently been on anti-coagulants …, patient must have INR =< 2"): offline_leads says the later
mentions it can to the reader, and one it cannot ("patient must have") would then sit beside "you" as someone
else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact
from translator.offline_before_or_during_uses import before_or_during_use
from translator.offline_concurrent_uses import concurrent_use
from translator.offline_donations import donation_opening
from translator.offline_edits import Edit
from translator.offline_enrolments import enrolment_opening
from translator.offline_lacks import lack_opening
from translator.offline_ongoing_treatments import ongoing_treatment
from translator.offline_past_or_current_conditions import past_or_current_condition
from translator.offline_point_uses import point_use_opening
from translator.offline_sentence_ends import blank_asides
from translator.offline_use_adverbs import use_adverb_opening
from translator.offline_windowed_treatments import windowed_treatment


def act_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """The first of the openings above that puts `text` to the reader, or none."""
    adverb = use_adverb_opening(text, start, kind)
    if adverb or _LATER_PEOPLE.search(text, _first_end(text, start)):
        return adverb
    return (
        concurrent_use(text, start, kind, facts)
        or donation_opening(text, start, kind, facts)
        or point_use_opening(text, start, kind, facts)
        or before_or_during_use(text, start, kind, facts)
        or lack_opening(text, start)
        or ongoing_treatment(text, start)
        or enrolment_opening(text, start, kind, facts)
        or past_or_current_condition(text, start)
        or windowed_treatment(text, start, kind, facts)
    )


_LATER_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|persons?|people|wom[ae]n|m[ae]n|females?|males?|they|them|"
    r"their|he|she|his|her)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", re.IGNORECASE)


def _first_end(text: str, start: int) -> int:
    """Where the first sentence ends (a full stop or ";" outside brackets), or the end of the text."""
    masked = blank_asides(text)
    stop = _SENTENCE_END.search(masked, start)
    return stop.end() if stop else len(text)
