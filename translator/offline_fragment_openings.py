"""Openings for noun-phrase fragments that the earlier opening rules leave (offline backend), tried in this order
after them all: a sex label with a "who" clause (translator.offline_label_clauses), a recovery named as a noun
(offline_recoveries), a condition whose grade, clause or severity kept it a noun phrase (offline_condition_phrases),
a treatment allowed at the same time (offline_same_time_permissions), the pregnant group with pregnancy's definition
or test (offline_pregnancy_definitions), a result named normal before its name (offline_normal_results), and a
condition named stable (offline_stable_conditions), a lower bound named "Minimum … of N"
(offline_minimum_values), and, not under a lead-in, a use named after what is used
("Antibiotic use within 4 weeks", offline_noun_uses). Each has its own guards; the first that puts the criterion to
the reader wins."""

from __future__ import annotations

from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact
from translator.lexicon import Lexicon
from translator.offline_condition_phrases import condition_phrase_opening
from translator.offline_edits import Edit
from translator.offline_label_clauses import sex_label_edits_with_clause
from translator.offline_minimum_values import minimum_value_edits
from translator.offline_normal_results import normal_result
from translator.offline_noun_uses import noun_use_opening
from translator.offline_pregnancy_definitions import defined_pregnancy
from translator.offline_recoveries import recovery_opening
from translator.offline_same_time_permissions import same_time_permission
from translator.offline_stable_conditions import stable_condition_opening


def fragment_opening(
    text: str, kind: SectionKind, facts: Sequence[Fact], lexicon: Lexicon, parent: str | None, lead: str | None
) -> list[Edit]:
    """The first of these rules' edits that puts `text` to the reader, or none (`parent` is the text of the item
    above, `lead` the same unless that is a topic heading)."""
    return (
        sex_label_edits_with_clause(text, kind, facts, parent)
        or recovery_opening(text, kind, lead)
        or condition_phrase_opening(text, facts, lexicon)
        or same_time_permission(text, kind)
        or defined_pregnancy(text, kind)
        or normal_result(text, lexicon)
        or stable_condition_opening(text, facts, lexicon)
        or minimum_value_edits(text)
        or (noun_use_opening(text, kind, facts, lexicon) if lead is None else [])
    )
