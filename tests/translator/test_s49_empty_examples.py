"""An examples frame left empty in a bullet ("For example." closing a sentence, "For example or needle biopsy")
lost the source's example (translator.fidelity_examples.emptied_examples); the faithful wording passes, and so does
a source's own empty cue said as such."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import checks


@pytest.mark.parametrize(("source", "faithful", "lost"), [
    # NCT01803438 E4
    ("Subject had any previous cardiac surgery, e.g. prosthetic valves.",
     "You had any past heart surgery. For example, prosthetic valves.",
     "You had any past heart surgery. For example."),
    # the corpus's "Minor surgical procedure (e.g. fine needle aspiration or needle biopsy)"
    ("Minor surgical procedure (e.g. fine needle aspiration or needle biopsy) within 14 days of study registration.",
     "You have had minor surgery within 14 days of joining the study. For example, fine needle aspiration or needle "
     "biopsy.",
     "You have had minor surgery within 14 days of joining the study. For example or needle biopsy."),
])
def test_an_empty_examples_frame_is_an_error(source: str, faithful: str, lost: str) -> None:
    assert checks(source, faithful) == []
    assert "content_missing" in checks(source, lost)


def test_the_sources_own_empty_cue_passes() -> None:
    # NCT: "E.g.:" ends the source, its examples in the criteria after it
    assert checks("Patients with other mimicking disorders or primary sleep disorders. E.g.:",
                  "You have other mimicking disorders or primary sleep disorders. Such as.") == []
    # a lead-in's colon: the criteria that follow are its examples
    assert checks("Had other serious illness or medical conditions including",
                  "You had another serious illness or medical conditions such as:") == []
