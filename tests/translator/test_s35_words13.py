"""Fragments and third-person openings put to the reader (session 35, words13): a refusal or a discontinuation named
as a noun (translator.offline_noun_acts), a list item that opens on "Who" (offline_who_items), a "they" left after
the reader's opening (offline_their_reader), a sex label of men and women who are not pregnant
(offline_not_pregnant_women), and two receipts joined with one verb (offline_stock_words). Each rule has real cases
that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, bullet_for, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # refusal or inability, said with the reader's verbs
        ("Refusal or inability to give informed consent to participate in the study",
         "You refuse or are unable to give informed consent to take part in the study."),
        ("Refusal or inability to sign informed consent for the trial",
         "You refuse or are unable to sign informed consent for the trial."),
        ("Inability or refusal to provide valid informed consent",
         "You are unable or refuse to give valid informed consent."),
        ("Refusal to undergo regional anesthesia.", "You refuse to have regional anesthesia."),
        ("Refusal of blood products", "You refuse blood products."),
        # a later "or unable to" is the reader's too
        ("Refusal to participate in screening procedures or unable to participate in screening procedures or unable "
         "to comply with the requirements of the protocol.",
         "You refuse to take part in screening procedures or are unable to take part in screening procedures or are "
         "unable to follow the study rules."),
        ("Patients refusing or unable to give a written consent of information",
         "You refuse or are unable to give a written consent of information."),
        # the patient's refusal to act is the reader's (once kept as written here; words16)
        ("Refusal of the patient to participate into the study", "You refuse to participate into the study."),
        # near cases: no act, three nouns, a group of other people
        ("Patient refusal", "Your refusal."),  # (the reader's, as "patient's refusal" is: session 72)
        # (Chia) a second noun joined to the refusal
        ("Refusal of treatment or contraindication to NeuroAiD",
         "Refusal of treatment or contraindication to NeuroAiD"),
        ("Refusal, inability, or high reluctance to use CPAP regularly for treatment of OSA, despite medical advice;",
         "Refusal, inability, or high reluctance to use CPAP regularly for treatment of obstructive sleep apnea (OSA), "
         "despite medical advice"),
    ],
)
def test_refusals(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Discontinuation of dopamine agonists and/or gabapentin , or other treatments for RLS (e.g. opioids, "
         "benzodiazepines) at least 2 weeks prior to Baseline",
         "You stopped dopamine agonists and/or gabapentin, or other treatments for restless legs syndrome (RLS) "
         "(such as opioids, "
         "benzodiazepines) at least 2 weeks before Baseline."),
        ("Discontinuation of all therapy (including radiotherapy, chemotherapy, immunotherapy, or investigational "
         "therapy) for the treatment of iNHL or CLL ≥ 4 weeks prior to Day 1",
         "You stopped all treatment (such as radiation treatment, chemotherapy, immunotherapy, or experimental "
         "treatment) for the treatment of iNHL or chronic lymphocytic leukemia (CLL) at least 4 weeks before Day 1."),
        # near cases: no least time (whose stop it is, the source's), a window
        ("Discontinuation of taxane therapy in the metastatic setting secondary to lack of resolution of ≥ grade 2 "
         "toxicity",
         "Stopping taxane treatment in the metastatic setting secondary to lack of resolution of grade 2 or higher "
         "toxicity"),
        ("Discontinuation of steroids within 2 weeks prior to Baseline",
         "Stopping steroids in the 2 weeks before Baseline"),
    ],
)
def test_discontinuations(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Failure to respond to the following systemic therapies: Methotrexate, Cyclosporine, PUVA or Fumarate",
         "You failed to respond to these systemic treatments: Methotrexate, Cyclosporine, psoralen plus "
         "ultraviolet A (PUVA) or Fumarate."),
        ("Failure to achieve remission after first induction chemotherapy",
         "You failed to achieve remission after first induction chemotherapy."),
        ("Failure to fully recover from acute, reversible effects of prior chemotherapy regardless of interval since "
         "last treatment",
         "You failed to fully recover from acute, reversible effects of past chemotherapy regardless of interval "
         "since last treatment."),
        # consent not given, as the consent rules say it (once kept as written here; words16)
        ("Failure to provide consent", "You have not given consent."),
        # near case: a second noun joined
        ("failure to respond to prednisone and at least one other systemic immunosuppressive, or intolerance to such "
         "medications due to side effects",
         "Failure to respond to prednisone and at least one other systemic immunosuppressive, or intolerance to such "
         "medicines due to side effects"),
    ],
)
def test_failures(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain", "kind"),
    [
        ("Who previously received GFT505.", "You previously received GFT505.", SectionKind.EXCLUSION),
        ("Who drink more than 8 cups daily of beverage containing caffeine.",
         "You drink more than 8 cups daily of beverage containing caffeine.", SectionKind.EXCLUSION),
        ("Who have taken fibrates within 6 weeks prior to the first dose administration.",
         "You have taken fibrates in the 6 weeks before the first dose.", SectionKind.EXCLUSION),
        # was "You have had who have had surgery …": the leads read "Who have undergone" as a noun
        ("Who have undergone surgery or have donated blood within 12 weeks prior to the start of the study.",
         "You have had surgery or have donated blood in the 12 weeks before the start of the study.",
         SectionKind.EXCLUSION),
        ("Who cannot read the informed consent form.", "You cannot read the informed consent form.",
         SectionKind.EXCLUSION),
        # a lower-case "who" goes on from the item before
        ("who are not on anti-coagulation", "Who are not on anti-coagulation", SectionKind.EXCLUSION),
        # near cases: "are" before a noun, and a clause with a verb of its own
        ("Who are known or suspected alcohol or drug abusers (more than 14 units of alcohol per week).",
         "Who are known or suspected alcohol or drug abusers (more than 14 units of alcohol per week).",
         SectionKind.EXCLUSION),
        ("Who agreed to participate in the clinical study, signing the informed consent form, will be considered "
         "eligible.",
         "Who agreed to take part in the clinical study, signing the informed consent form, will be considered "
         "eligible.", INCLUSION),
    ],
)
def test_who_items(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain


def test_a_who_item_under_a_lead_in_keeps_its_words() -> None:
    items = [RequestItem(ref="1", text="Risk index (minimum 3- maximum 8):"),
             RequestItem(ref="1.1", text="who are not on anti-coagulation")]
    rendering, _ = backend().render_items(CriterionRequest(kind=INCLUSION, items=items))
    assert rendering.bullets[1].text == "Who are not on anti-coagulation"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Patients will be discontinued from the study should they develop any significant adverse side effects "
         "that cannot be managed by dosage adjustment",
         "You will be stopped from the study if you develop any significant adverse side effects that cannot be "
         "managed by dosage adjustment."),
        ("Subjects have a history or complication for which the investigator or subinvestigator deems them "
         "inappropriate for this study",
         "You have a history or complication for which the study doctor or subinvestigator deems you inappropriate "
         "for this study."),
    ],
)
def test_they_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Male or non-pregnant, non-lactating females",
         "You are a man, or a woman who is not pregnant and not breastfeeding."),
        ("Male or non-pregnant and non-nursing female aged 18 or older",
         "You are a man, or a woman who is not pregnant and not breastfeeding, aged 18 or older."),
        ("male or non-pregnant female, aged 18-80 years old",
         "You are a man, or a woman who is not pregnant, aged 18 to 80 years old."),
        ("Male or non-pregnant female (as indicated by a negative urine pregnancy test immediately prior to vaccine "
         "administration) between the ages of 18 and 40 years, inclusive.",
         "You are a man, or a woman who is not pregnant (as shown by a negative urine pregnancy test right before "
         "vaccine administration), 18 to 40 years old, inclusive."),
        # near cases: whose "or lactating", and whose diagnosis, are the source's to say
        ("Male or non-pregnant or lactating female, 18-50 years of age inclusive",
         "Male or non-pregnant or breastfeeding female, 18 to 50 years old inclusive"),
        ("Males or non-pregnant, non-lactating females with a physician-confirmed diagnosis of asthma.",
         "Males or non-pregnant, non-breastfeeding females with a physician-confirmed diagnosis of asthma."),
    ],
)
def test_not_pregnant_labels(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


def test_two_receipts_joined_keep_one_verb() -> None:
    # was "You have had vagal nerve stimulation (VNS) or have received deep brain stimulation (DBS) …"
    assert said(
        "Participant has received vagal nerve stimulation (VNS) or has received deep brain stimulation (DBS) in the "
        "current episode of depression"
    ) == (
        "You have received vagal nerve stimulation (VNS) or have received deep brain stimulation (DBS) in the current "
        "episode of depression."
    )
    assert said("Patients who have received chemotherapy within 4 weeks") == "You have had chemotherapy within 4 weeks."


def test_a_failure_to_respond_is_said_failed_not_had() -> None:
    # moved from test_offline_sentences' "no 'You have' before what is not a condition": a failure to respond is
    # still no condition one has, and now says "You failed to respond"
    text = bullet_for("NCT00195507", "Failure to respond to the following").text
    assert text.startswith("You failed to respond to these") and "You have" not in text
