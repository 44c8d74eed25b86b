"""Third-person and noun-phrase bullets put to the reader, second round (translator.offline_leads and the
agreement of a subject's later verbs in translator.offline_mentions), on real corpus criteria.

Each case is a criterion whose bullet still opened with a fragment ("Now have active cancer", "Use of X",
"Past X allowed") or broke agreement after "You" ("You are considered a suicide risk, has previously made …")
before these rules; the kept cases are shapes where "You …" would guess a tense or misstate who is meant.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline_audit import _faithful


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a list of the subject's verbs after commas agrees with "you"
        (
            "NCT00877487",
            "Subject is currently considered a suicide risk",
            "You are now considered a suicide risk, have previously made a suicide attempt or have",
        ),
        ("NCT02750306", "Is pregnant, is attempting", "You are pregnant, are attempting to become pregnant, or are"),
        ("NCT03012334", "Participant has a regular sleep", "You have a regular sleep pattern, are not engaged in"),
        # "and, is"
        ("NCT00718640", "Participants who received at least 1", "You received at least 1 prior line of chemotherapy"),
    ],
)
def test_later_verbs_of_the_reader_agree(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_a_verb_after_and_comma_agrees() -> None:
    assert "and, are refractory to or have relapsed" in _faithful("NCT00718640", "Participants who received at least 1")


def test_a_verb_after_a_clause_of_its_own_keeps_its_subject() -> None:
    # "who is involved": the employee's verb, not the reader's
    text = _faithful("NCT02068443", "Is a study site employee")
    assert text.startswith("You are a study site employee, are its immediate family member, are in a dependent")
    assert "employee who is involved" in text
