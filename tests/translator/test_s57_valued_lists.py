"""Session 57 (plain34): a closing list of examples whose items carry their own values (a number, a comparator, a
rate) becomes a sentence of its own as a plain list does (translator.offline_valued_lists); a unit of time keeps the
sentence whole."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_sentences import _NOT_A_LIST
from translator.offline_valued_lists import valued_list

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_a_measured_list_of_examples_is_a_sentence_of_its_own() -> None:
    # NCT01456039: the rate stays on the slow heart rate it measures
    assert said(
        "Significant ECG abnormalities including atrio-ventricular (AV) block type II, 3rd degree AV block, or "
        "bradycardia (ventricular rate less than 50 beats/min)", EXC
    ) == (
        "You have significant electrocardiogram (ECG) abnormalities. This includes atrio-ventricular (AV) block type "
        "II, 3rd degree AV block, or slow heart rate (ventricular rate less than 50 beats/min)."
    )
    # NCT02277197: a digit inside a drug's name is no value at all
    source = "Prior treatment with an HGF/cMet inhibitor such as rilotumumab, crizotinib, MetMAb, or ARQ197"
    assert said(source, EXC) == (
        "You have had treatment with an HGF/cMet inhibitor. For example, rilotumumab, crizotinib, MetMAb, or ARQ197."
    )
    # NCT03061812: the head keeps its own window; the grade is the examples'
    assert said(
        "Participant had a serious infection within 2 weeks prior to randomization, including any Grade 3 or higher "
        "viral, bacterial, or fungal infection.", EXC
    ) == (
        "You had a serious infection in the 2 weeks before randomization. This includes any Grade 3 or higher viral, "
        "bacterial, or fungal infection."
    )


def test_a_unit_of_time_or_a_head_list_keeps_the_sentence_whole() -> None:
    # NCT02992574: the years may be the whole list's bound; the head's "or" list could own the last item
    assert said(
        "T2 tumors with one risk factor or T1 tumors with any of the following two high risk factors such as presence "
        "of high grade, lymphovascular invasion, ER/PR negative, HER2 positivity, age < 35 years.", INC
    ) == (
        "You have T2 tumors with one risk factor or T1 tumors with any of the following two high risk factors such as "
        "presence of high grade, lymphovascular invasion, estrogen receptor (ER)/progesterone receptor (PR) negative, "
        "HER2 positivity, age younger than 35 years."
    )
    # NCT02743780: the sentence goes on after the list; "You have any abnormality." would say any at all
    assert said("Any abnormality, including corneal thickness > 620 microns, preventing reliable applanation "
                "tonometry;", EXC) == (
        "You have any abnormality, such as corneal thickness more than 620 µm, preventing reliable applanation "
        "tonometry."
    )
    assert not valued_list("aspirin more than 3 days", _NOT_A_LIST)
    assert not valued_list("aspirin within 7 days", _NOT_A_LIST)
    assert valued_list("slow heart rate (ventricular rate less than 50 beats per minute)", _NOT_A_LIST)
    assert valued_list("3rd degree block, or corrected QT interval (QTc) 470 ms or more", _NOT_A_LIST)
