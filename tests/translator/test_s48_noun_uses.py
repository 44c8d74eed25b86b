"""A use named after what is used, put to the reader (translator.offline_noun_uses): "You use X" with no time said,
"You have used X" with a window before the study or up to now; and what keeps its words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a window up to now or before the study: "have used", the kind of drug in the plural
        ("Antibiotic use within the previous four weeks", "You have used antibiotics within the past four weeks."),
        ("antibiotic use in the last 7 days", "You have used antibiotics in the last 7 days."),
        ("TNF blocker use within the 8 weeks prior to enrollment",
         "You have used TNF blockers in the 8 weeks before joining the study."),
        ("Systemic steroid use in the 6 weeks before Visit 1.", "You have used systemic steroids in the 6 weeks before "
         "Visit 1."),
        ("Macrolide antibiotic use within 30 days of the Baseline Visit",
         "You have used macrolide antibiotics within 30 days of the Baseline Visit."),
        # one drug or a substance as it stands
        ("Dexamethasone use within last 3 months", "You have used dexamethasone within the last 3 months."),
        ("Acetaminophen use within 24 hours of study entry", "You have used acetaminophen within 24 hours of study "
         "entry."),
        # no time said: a use now
        ("Tobacco use", "You use tobacco."),
        ("Illicit drug use", "You use illegal drugs."),
        ("Anticoagulant use (warfarin or heparin)", "You use blood thinners (warfarin or heparin)."),
    ],
)
def test_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # how or when the use is: the adjective is the use's
        ("Chronic insulin use", "Chronic insulin use"),
        ("Preoperative opioid use", "Preoperative opioid use"),
        ("Injecting drug use within the previous six months.", "Injecting drug use within the past six months."),
        # an exception or a clause with a time of its own
        ("Antibiotic use except study drugs", "Antibiotic use except study drugs"),
        ("Laxative use that cannot be stopped prior to the start of the study",
         "Laxative use that cannot be stopped before the start of the study"),
        # a second item joined on
        ("Experimental anti-HIV drug use or use of any agent that acts on the immune system within 60 days prior to "
         "entry", "Experimental anti-HIV drug use or use of any agent that acts on the immune system in the 60 days "
         "before entry"),
        # an abbreviation is spelled out after it: no "(NSAID)s"
        ("NSAID use within the past 48 hours", "Nonsteroidal anti-inflammatory drug (NSAID) use within the past 48 "
         "hours"),
        # a word that is neither a kind of drug nor one drug
        ("afrin use", "Afrin use"),
    ],
)
def test_kept(source: str, kept: str) -> None:
    assert said(source, EXC) == kept


def test_an_inclusion_keeps_its_words() -> None:
    assert said("Statin use for at least six months at the time of screening", SectionKind.INCLUSION) == (
        "Statin use for at least six months at screening"
    )
