"""Session 47, plain27: short words for a few long ones (translator.offline_short_words): "capable of <doing>" → "able
to <do>", a source sentence's "In addition," → "Also,"; real corpus criteria, and the ones left as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Capable of giving signed informed consent prior to any study procedure.", INC,
     "You can give signed informed consent before any study procedure."),
    ("Capable of understanding written and/or spoken language", INC,
     "You can understand written and/or spoken language."),
    ("Patients who are willing and capable of giving signed informed consent", INC,
     "You are willing and able to give signed informed consent."),
    ("Women of child-bearing potential, defined as all women physiologically capable of becoming pregnant", EXC,
     "You are a woman who can get pregnant. This means all women physiologically able to get pregnant."),
    ("Negative for HBsAg and positive for hepatitis B core antibody. In addition, patients must be receiving "
     "anti-viral prophylaxis for 2-4 weeks prior to study treatment.", INC,
     "You are negative for hepatitis B surface antigen (HBsAg) and positive for hepatitis B core antibody. Also, you "
     "must be getting anti-viral prophylaxis for 2 to 4 weeks before study treatment."),
])  # fmt: skip
def test_short_words(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # a second gerund joined later would stay one after "able to"
    ("Capable of providing informed consent and complying with trial procedures", INC,
     "You are capable of providing informed consent and complying with trial procedures."),
    # "However" after "; ": the content check reads the part as a list item that must keep its words
    ("Prior treatment with an mTOR inhibitor (including sirolimus) is allowed; however, patients with ≥ grade 3 "
     "toxicities with an mTOR inhibitor are excluded.", EXC,
     "Past treatment with a mechanistic target of rapamycin (mTOR) inhibitor is allowed. This includes sirolimus. "
     "However, patients with grade 3 or higher toxicities with an mTOR inhibitor cannot take part."),
    # a window's anchor stays the source's
    ("Radiotherapy within 30 days before commencing study treatment", EXC,
     "You have had radiation treatment within 30 days before commencing study treatment."),
])  # fmt: skip
def test_long_words_kept(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Patients must be willing to participate", INC, "You must be willing to take part."),
    ("Subjects who have given written informed consent to participate.", INC,
     "You have given written informed consent to take part."),
    ("Males or females of reproductive potential may not participate unless they have agreed to use an effective "
     "contraceptive method.", EXC,
     "Males or females able to have children may not take part unless they have agreed to use an effective birth "
     "control method."),
    # a source's "participate the study" (no "in"): "take part the study" would be no English either
    ("The patient with a legal representative is eligible to participate the study.", INC,
     "If you have a legal representative, you are eligible to participate the study."),
])  # fmt: skip
def test_participate_is_take_part(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


def test_in_addition_kept_beside_also() -> None:
    # Chia NCT01313676: "Also, … also cannot take part" would say it twice
    source = (
        "History of hypersensitivity to any components of the study inhalers. In addition, subjects with a history of "
        "severe milk protein allergy will also be excluded."
    )
    assert "In addition, " in said(source, EXC)
