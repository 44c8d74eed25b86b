"""A head that names only a kind of thing keeps its examples in its sentence (translator.offline_sentences): "You
have diseases. For example, …" said nothing in its first sentence. Real corpus and Chia criteria."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said


def test_diseases_such_as_stay_one_sentence() -> None:
    source = ("Subjects with diseases such as urinary retention, gastric retention, uncontrolled narrow-angle "
              "glaucoma, severe renal insufficiency, etc.")
    bullet = said(source, EXC)
    assert bullet == ("You have diseases such as urinary retention, stomach retention, uncontrolled narrow-angle "
                      "glaucoma, severely reduced kidney function, etc.")
    assert checks(source, bullet, EXC) == []


def test_medications_and_conditions_such_as_stay_one_sentence() -> None:
    assert said("current use of medications such as anticoagulants, isoniazid, metronidazole, clotrimazole, and "
                "paraldehyde", EXC) == ("You are now using medicines such as blood thinners, isoniazid, "
                                        "metronidazole, clotrimazole, and paraldehyde.")
    assert said("Presence of conditions such as preeclampsia, multiparity, preterm labor", EXC) == (
        "You have conditions such as preeclampsia, multiparity, preterm labor."
    )


def test_a_named_head_still_gets_its_own_sentence() -> None:
    assert said("History of any cerebrovascular accident including transient ischemic attacks", EXC) == (
        "You have had any stroke. This includes transient ischemic attacks."
    )
