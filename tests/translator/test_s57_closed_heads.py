"""Session 57 (plain34): a closing series of examples after a head whose only list is one closed pair becomes a
sentence of its own (translator.offline_closed_heads), on corpus criteria; and where the head's list keeps it."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_closed_heads import closed_pair_head

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_a_series_after_a_closed_pair_is_a_sentence_of_its_own() -> None:
    # NCT02970669
    assert said("Subjects who are non-ambulatory or use mobility assistive devices such as motorized devices, "
                "wheelchairs, or walkers.", EXC) == (
        "You are non-ambulatory or use mobility assistive devices. For example, motorized devices, wheelchairs, or "
        "walkers."
    )
    # NCT05894239
    assert said("Clinically significant and active liver disease, including severe liver impairment, viral or other "
                "hepatitis, current alcohol abuse, or cirrhosis", EXC) == (
        "You have medically important and active liver disease. This includes severe liver impairment, viral or other "
        "hepatitis, current alcohol abuse, or cirrhosis."
    )
    # NCT00574366: the head's "not" still covers every example
    assert said("No other concurrent antineoplastic or antitumor agents, including chemotherapy, radiotherapy, "
                "immunotherapy, or hormonal anticancer therapy", INC) == (
        "You are not taking other concurrent antineoplastic or antitumor agents. This includes chemotherapy, "
        "radiation treatment, immunotherapy, or hormonal cancer treatment."
    )


def test_a_head_with_a_comma_or_a_pair_of_examples_keeps_the_sentence() -> None:
    # a comma in the head, or a pair after "such as", is not a closed list
    assert not closed_pair_head("You have had angina, a heart attack or arrhythmias", "A, B, or fainting")
    assert not closed_pair_head("You have hepatitis or cirrhosis", "alcoholic cirrhosis and heart failure")
    assert closed_pair_head("You have hepatitis or cirrhosis", "A, B, and C")
    # NCT01570790: "angina, …, or arrhythmias including A, B, …, syncope": the last items may be the head's
    bullet = said(
        "History of angina, myocardial infarction, CHF, non-controlled atrial arrhythmias or clinically significant "
        "arrhythmias including conduction abnormality, nodal junctional arrhythmias and dysrhythmias, sinus "
        "bradycardia or tachycardia, supraventricular arrhythmias, atrial fibrillation or flutter, syncope or "
        "vasovagal episodes;", EXC
    )
    assert "This includes" not in bullet and "For example" not in bullet
