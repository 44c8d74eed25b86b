"""Exclusions that name a state or an event of the reader's as a noun phrase, put to the reader (offline backend).

One entry for offline_leads, which tries these at the top of a criterion: "Pregnancy or lactation" (a state now,
offline_pregnancy_states), "Recent myocardial infarction" (an event had lately, offline_recent_events), "Current
antiretroviral therapy" (a treatment got now, offline_current_treatments), "Lactation" alone (offline_lone_states).
"""

from __future__ import annotations

from translator.criteria import SectionKind
from translator.offline_current_treatments import current_treatment_opening
from translator.offline_edits import Edit
from translator.offline_lone_states import lone_state_opening
from translator.offline_pregnancy_states import pregnancy_opening
from translator.offline_recent_events import recent_event_opening


def state_noun_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """The first of the three openings that applies (see the module), or none."""
    return (
        pregnancy_opening(text, start, kind)
        or recent_event_opening(text, start, kind)
        or current_treatment_opening(text, start, kind)
        or lone_state_opening(text, start, kind)
    )
