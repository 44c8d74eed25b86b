"""plain9: plain words for common jargon left in bullets, and the near cases that must stay as written.

- "participation" → "taking part" (lexicon substitutes; "study participation" → "taking part in the study"), said only
  where a gerund can stand for a noun (translator.offline_term_fronts);
- "metastatic disease" → "cancer that has spread to other parts of the body", only after a word that describes
  nothing and where the clause ends (translator.offline_term_fronts);
- "histologically confirmed X" → "X confirmed by looking at tissue under a microscope" where X is short and ends the
  sentence (translator.offline_tissue_confirmed).
`said` also checks that the fidelity check finds no error."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_term_fronts import front_fits

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Any condition that would preclude study participation.", EXC, "prevent taking part in the study"),
    ("At least 60 days between the last cycle of any cytokine and study entry is required", EXC,
     "and joining the study is needed"),
    ("Tumour tissue available prior to study entry to evaluate biomarkers.", INC,
     "before joining the study to evaluate"),
    ("Participation in another clinical trial within 30 days.", EXC, "taken part in another clinical trial"),
    ("Patients excluded from participation in the trial.", EXC, "from taking part in the trial"),
    ("Any condition that, in the opinion of the investigator, contraindicates your participation.", EXC,
     "contraindicates your taking part"),
])
def test_a_term_with_an_exact_plain_equal_is_replaced(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    # a noun or a name before it: "Clinical Trial taking part" would say who takes part
    ("For more information about Bristol-Myers Squibb Clinical Trial participation, please visit the website",
     "Clinical Trial participation"),
    # an adjective or article before it: "past taking part", "the taking part"
    ("Any condition that makes the participation in the trial unsafe.", "the participation"),
    ("Unwilling to commit to full participation in the study.", "full participation"),
    ("Potential participation in another trial during this study.", "participation"),
    # a span of time before it: "for the length of taking part in the study" is no English (session 76 says it "for
    # the length of the study", as "during study participation" is "during the study")
    ("Use two forms of birth control for the length of study participation.", "for the length of the study."),
    ("Patients positive for hepatitis within 14 days of registration are NOT eligible for participation",
     "eligible for participation"),
    # a preposition after it that "taking part" does not take (offline_enrolments says the reader's verb with its own
    # "in")
    ("Participation to another interventional study.", "You are taking part in another interventional study"),
    # its own "in" before another: "taking part in the study in another trial" names two studies
    ("Study participation in another trial within 30 days", "Study participation in another trial"),
    # a noun after it, which a gerund cannot describe
    ("Vaccinations within 1 week prior to the pre-entry or study entry visits.", "pre-entry or study entry visits"),
    ("Findings that are consistent with other study entry or exclusion criteria", "other study entry or exclusion"),
])
def test_a_gerund_that_an_article_or_noun_would_lean_on_stays(text: str, kept: str) -> None:
    assert kept in said(text, EXC)


def _fits(before: str, term: str, after: str = "") -> bool:
    lexicon = Lexicon.load()
    text = before + term + after
    match = next(m for m in lexicon.find(text) if m.start == len(before))
    assert match.replacement is not None
    return front_fits(text, match, match.replacement, lexicon)


def test_a_gerund_wording_fits_after_a_preposition_or_possessive_only() -> None:
    assert _fits("Excluded from ", "participation")
    assert _fits("", "participation")
    assert _fits("contraindicates your ", "participation")
    assert not _fits("current ", "participation")
    assert not _fits("the ", "study entry")
    assert _fits("preceding ", "study entry")
    assert _fits("liver ", "bradycardia")  # no gerund: nothing to check
    # a symptom's gerund is a noun already: "uncontrolled vomiting"
    assert _fits("uncontrolled ", "emesis")


def test_a_condition_with_another_head_fits_after_a_word_that_describes_nothing_and_before_a_clause_end() -> None:
    assert _fits("for ", "metastatic disease", ".")
    assert not _fits("liver ", "metastatic disease", ".")
    assert not _fits("for ", "metastatic disease", " within 6 months")
    # a plainer form of the same head is no other head (plain8's phrases)
    assert _fits("systemic ", "symptomatic bradycardia", " within 6 months")
    assert _fits("liver ", "prohibited medications", "")


@pytest.mark.parametrize(("text", "plain"), [
    ("Metastatic disease.", "You have cancer that has spread to other parts of the body."),
    ("Patients with no metastatic disease", "You have no cancer that has spread to other parts of the body."),
    ("Radiographic signs of metastatic disease.", "signs of cancer that has spread to other parts of the body"),
])
def test_metastatic_disease_is_said_as_cancer_that_has_spread(text: str, plain: str) -> None:
    assert plain in said(text, EXC)


@pytest.mark.parametrize(("text", "kept"), [
    ("Liver metastatic disease.", "liver metastatic disease"),  # disease spread to the liver, not liver cancer
    ("Prior chemotherapy for metastatic disease within 6 months.", "metastatic disease within 6 months"),
    ("More than 1 palliative systemic regimen for recurrent or metastatic disease.", "recurrent or metastatic disease"),
    ("Known metastatic disease (M1)", "metastatic disease (M1)"),
])
def test_metastatic_disease_stays_where_a_word_would_describe_the_new_words(text: str, kept: str) -> None:
    assert kept in said(text, EXC)


@pytest.mark.parametrize(("text", "plain"), [
    ("Histologically confirmed breast cancer.",
     "You have breast cancer confirmed by looking at tissue under a microscope."),
    ("Patients with histologically or cytologically confirmed non-small cell lung cancer (NSCLC)",
     "non-small cell lung cancer (NSCLC) confirmed by looking at tissue or cells under a microscope"),
    # the source's own verb: "documented" is not "confirmed"
    ("Histologically documented adenocarcinoma of the prostate.",
     "adenocarcinoma of the prostate documented by looking at tissue under a microscope"),
    ("Cytologically confirmed malignant pleural effusion",
     "pleural effusion confirmed by looking at cells under a microscope"),
    # an abbreviation inside is still spelled out, in the moved words
    ("Histologically or cytologically confirmed NSCLC.",
     "non-small cell lung cancer (NSCLC) confirmed by looking at tissue or cells under a microscope"),
])
def test_tissue_confirmation_goes_after_a_short_disease_that_ends_the_sentence(text: str, plain: str) -> None:
    bullet = said(text, INC)
    assert plain in bullet
    assert "ologically" not in bullet


@pytest.mark.parametrize(("text", "kept"), [
    # a list: whether each item needs the tissue test is the source's to say
    ("Histologically confirmed stage III (unresectable) or stage IV melanoma.", "histologically confirmed stage III"),
    # a qualifier after the disease would seem to be confirmed by the test too
    ("Must have histologically confirmed breast cancer with measurable disease.", "histologically confirmed breast"),
    # a word listed before shares the adverb
    ("Measurable and histologically confirmed disease.", "histologically confirmed disease"),
    # a slash joins a second adverb: moving one would drop the other
    ("Histologically/cytologically-confirmed head and neck squamous cell carcinoma.", "histologically/cytologically"),
    # a name keeps its capital: an opening would lower it
    ("Histologically confirmed Merkel cell carcinoma", "histologically confirmed Merkel cell carcinoma"),
    # more to come: a colon introduces a list
    ("Histologically confirmed diagnosis of one of the following:", "histologically confirmed diagnosis"),
    # inside a compound adjective the phrase is another word's part
    ("Histologically-confirmed-by-biopsy tumor.", "Histologically-confirmed-by-biopsy"),
])
def test_tissue_confirmation_stays_where_the_move_could_change_what_it_qualifies(text: str, kept: str) -> None:
    assert kept.lower() in said(text, INC).lower()
