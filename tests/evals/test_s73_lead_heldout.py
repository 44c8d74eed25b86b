"""Faithful wordings of older held-out paraphrases that drew a false error, and the planted errors beside them that
must still be caught (session of 2026-12-06, 18:51)."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks

MARROW = "Must not have inaspirable bone marrow."
LYMPHOMA = ("Patients with known active CNS lymphoma. Subjects with previous CNS lymphoma that have been treated with "
            "chemotherapy, radiotherapy or surgery who have remained asymptomatic for 90 days (3 months) and "
            "demonstrate, no CNS lymphoma, as shown by lumbar puncture, CT scan or MRI, are eligible..")
LYMPHOMA_SAID = ("You have known active lymphoma in the brain or spinal cord (CNS lymphoma). If you had CNS lymphoma "
                 "before that was treated with {}, and you have had no symptoms for 90 days (3 months) and a lumbar "
                 "puncture, CT scan or MRI shows no CNS lymphoma, you can take part.")


def test_an_affixed_word_glossed_after_its_plain_negation_adds_none() -> None:
    # NCT00260832 E3: "cannot be drawn out" says the "in-" of "inaspirable", which the gloss then names
    said = "You have bone marrow that cannot be drawn out with a needle (inaspirable bone marrow)."
    assert checks(MARROW, said, EXC) == []
    assert checks("Inaccessible tumor", "Your tumor cannot be reached (inaccessible).", INC) == []
    # the plain words with no negation drop it; a second negation, or one with no gloss, is still added
    assert checks("Inaccessible tumor", "Your tumor can be reached (inaccessible).", INC) == ["negation_dropped"]
    assert "negation_added" in checks(MARROW, said.replace("You have", "You do not have"), EXC)
    assert "negation_added" in checks(MARROW, "You have bone marrow that cannot be drawn out with a needle.", EXC)
    assert "negation_added" in checks(MARROW, "You do not have inaspirable bone marrow.", EXC)


def test_a_verb_the_clause_runs_on_is_no_list_member() -> None:
    # NCT01120834 E4: "… and demonstrate, no CNS lymphoma, as shown by …" lists no "demonstrate"
    assert checks(LYMPHOMA, LYMPHOMA_SAID.format("chemotherapy, radiotherapy or surgery"), EXC) == []
    assert "content_missing" in checks(LYMPHOMA, LYMPHOMA_SAID.format("chemotherapy or surgery"), EXC)
