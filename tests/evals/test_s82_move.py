"""checks-45: planted clause drops the checks missed (every place `evals.mutations_clauses.clause_dropped` can
choose, in the gated paraphrase pool and the first 460 held-out cases): an item that keeps the words its neighbours
share and loses the word that tells it from them ("tubal factor" after "male factor"), or a word of a medical term
("controlled basal cell carcinoma"); a rare word said only by a neighbour's stem ("gastroduodenitis" by
"gastritis"); and glosses of a bracketed term the planter no longer cuts (the term stays, nothing is lost)."""

from __future__ import annotations

from evals.cases import case_errors
from evals.mutations_clauses import drop_places
from tests.evals.test_mutations import EXC, INC, _case


def _errors(source: str, bullet: str, kind: str = "exclusion") -> list[str]:
    case = _case([("E1", EXC if kind == "exclusion" else INC, source, bullet)])
    return [f.message for f in case_errors(case)]


# NCT03241472 E1
TUBAL = "Male factor infertility, tubal factor."
TUBAL_SAID = "Your infertility is caused by a male factor, or by a problem with the tubes (tubal factor)."


def test_the_faithful_tubal_factor_bullet_draws_no_error() -> None:
    assert _errors(TUBAL, TUBAL_SAID) == []


def test_the_word_that_tells_an_item_from_its_neighbour_lost_with_a_shared_words_copy_is_seen_gone() -> None:
    # "factor" is said once where the source says it twice, and "tubal" is said nowhere: the item is gone
    assert _errors(TUBAL, TUBAL_SAID.replace(", or by a problem with the tubes (tubal factor)", "")) == [
        "E1: the bullets citing it leave out the list item “tubal factor”"]


# NCT02802865 E2
HORMONAL = ("Current use of hormonal contraception; use of any type of combined contraceptive or oral progestins "
            "within the past month; or use of hormonal implants or depo progestins within the past 3 months")
HORMONAL_SAID = ("You currently use hormonal birth control; or you have used any type of combined birth control or "
                 "progestin pills within the past month; or you have used hormone implants or depo progestins "
                 "(injections) within the past 3 months.")


def test_the_faithful_contraception_bullet_draws_no_error() -> None:
    assert _errors(HORMONAL, HORMONAL_SAID) == []


def test_a_lost_modifier_before_a_kept_word_is_caught() -> None:
    assert _errors(HORMONAL, HORMONAL_SAID.replace("; or you have used any type of combined birth control", "")) != []


# NCT04348032 E3
OTHER_CANCER = ("other malignant tumors have occurred within 5 years (except adequately treated cervical carcinoma in "
                "situ or skin squamous cell carcinoma, or controlled basal cell carcinoma of the skin).")
OTHER_CANCER_SAID = ("You have had another cancer (malignant tumor) in the last 5 years. Adequately treated cervical "
                     "carcinoma in situ or squamous cell skin cancer, or controlled basal cell carcinoma of the skin, "
                     "are exceptions.")


def test_the_faithful_exceptions_draw_no_error() -> None:
    assert _errors(OTHER_CANCER, OTHER_CANCER_SAID) == []


def test_a_medical_terms_word_lost_with_a_copy_of_the_words_it_shares_is_seen_gone() -> None:
    # the reworded neighbour ("skin squamous cell carcinoma" said "squamous cell skin cancer") shows no gap; but
    # "cell", "carcinoma" and "skin" lost a copy each and "basal" (of "basal cell carcinoma") is said nowhere
    assert _errors(OTHER_CANCER, OTHER_CANCER_SAID.replace(", or controlled basal cell carcinoma of the skin", "")) == [
        "E1: the bullets citing it leave out the list item “controlled basal cell carcinoma of the skin”"]


# NCT04344444 I2: the near miss that keeps the rule to a word right before the item's kept words that end it
COVID = ("Positive SARS-CoV-2 testing or consistent clinical syndrome (based on clinical picture e.g. characteristic "
         "infiltrates on chest x-ray, laboratory findings, and with agreement by two physicians) in patients under "
         "investigation (PUIs).")
COVID_SAID = ("You are a patient under investigation (PUI) with a positive SARS-CoV-2 test, or with symptoms that fit "
              "the illness (based on the clinical picture, for example typical infiltrates on a chest x-ray and lab "
              "findings, with two physicians agreeing).")


def test_a_lost_word_before_a_word_the_item_loses_too_is_a_rewording() -> None:
    # "consistent clinical syndrome" said "symptoms that fit the illness": "clinical" is said by the clinical picture
    assert _errors(COVID, COVID_SAID, "inclusion") == []


def test_the_reworded_item_left_out_is_still_caught() -> None:
    assert _errors(COVID, COVID_SAID.replace(", or with symptoms that fit the illness", ""), "inclusion") != []


# NCT00729651 E5
GUT = ("Patients with history of major gastrointestinal disease (peptic ulcer, malabsorption, esophageal disease, "
       "gastritis, gastroduodenitis, etc.) within the last 6 months")
GUT_SAID = ("You have had a major stomach or bowel (gastrointestinal) disease in the last 6 months, such as peptic "
            "ulcer, malabsorption, esophageal disease, gastritis or gastroduodenitis.")


def test_the_faithful_list_of_gut_diseases_draws_no_error() -> None:
    assert _errors(GUT, GUT_SAID) == []


def test_a_rare_word_said_only_by_a_neighbours_stem_is_seen_gone() -> None:
    # "gastr" is the stem of "gastrointestinal", "gastritis" and "gastroduodenitis" alike
    assert _errors(GUT, GUT_SAID.replace(" or gastroduodenitis", "")) == [
        "E1: the bullets citing it leave out the list item “gastroduodenitis”"]


def test_a_rare_word_written_with_another_ending_is_said() -> None:
    # NCT02247401 I2.2: "Relapsers" said "relapsed"
    source = ("Treatment Experienced (Prior null responders, Partial responders or Relapsers to pegylated-interferon "
              "[pegIFN]/RBV);")
    said = ("Treatment-experienced: you did not respond at all (null responder), responded partly (partial responder) "
            "or relapsed after pegylated interferon (pegIFN) with ribavirin (RBV).")
    assert _errors(source, said, "inclusion") == []


def _dropped(source: str, bullet: str) -> list[str]:
    case = _case([("E1", EXC, source, bullet)])
    return [case.bullets[i].text[a:b] for i, a, b in drop_places(case)]


# NCT01064622 E9
SALTS = ("Patients with uncontrolled hypocalcemia, hypomagnesemia, hyponatremia, or hypokalemia, defined as less than "
         "the lower limit of normal for the institution, despite adequate electrolyte supplementation are excluded "
         "from this study")
SALTS_SAID = ("You have low calcium, low magnesium, low sodium or low potassium (hypocalcemia, hypomagnesemia, "
              "hyponatremia or hypokalemia) that is not controlled, meaning below the lower limit of normal for the "
              "study site, even with enough electrolyte supplements.")


def test_a_gloss_of_a_term_the_bracket_after_it_still_writes_is_not_planted() -> None:
    places = _dropped(SALTS, SALTS_SAID)
    assert ", low magnesium" not in places  # "hypomagnesemia" is still said in the bracket
    assert ", hypomagnesemia" in places  # the term itself is still planted


def test_a_plain_item_before_a_bracket_that_does_not_gloss_it_is_still_planted() -> None:
    # NCT02182830 E20.2: "intrauterine devices" is said by the bracket's "IUDs"; the skin patch is not
    source = ("Acceptable methods of birth control include tubal ligation, transdermal patch, intra uterine "
              "devices/systems (IUDs/IUSs), oral, implantable or injectable contraceptives.")
    said = ("Acceptable methods of birth control include tying of the tubes (tubal ligation), a skin patch "
            "(transdermal patch), intrauterine devices or systems (IUDs/IUSs), birth control pills, implants or "
            "injections.")
    places = _dropped(source, said)
    assert ", intrauterine devices" not in places
    assert ", a skin patch (transdermal patch)" in places


def test_a_rare_word_the_bullets_say_by_an_abbreviation_or_spelled_right_is_said() -> None:
    # NCT03558750 I3.4: "chimeric antigen receptor-transduced [CAR-T] therapy" said "CAR-T therapy"
    car_t = ("Patients should have exhausted (or be ineligible for) approved therapies known to provide clinical "
             "benefit for DLBCL or PCNSL (e.g. high dose chemotherapy with autologous stem cell transplant, chimeric "
             "antigen receptor-transduced [CAR-T] therapy, etc.).")
    car_t_said = ("You should have used up all approved therapies known to give clinical benefit for DLBCL or PCNSL, "
                  "or be ineligible for them. Examples are high dose chemotherapy with an autologous stem cell "
                  "transplant, CAR-T therapy, and so on.")
    assert _errors(car_t, car_t_said, "inclusion") == []
    # NCT00295672 E1: the record's "resecable" said "resectable"
    resectable = ("metastatic disease, small Cell lung carcinoma, prior chemotherapy, prior radiotherapy, resecable "
                  "tumor, any instable systemic disease, any other malignancies within 5 years,")
    resectable_said = ("You have any of these: cancer that has spread (metastatic disease), small cell lung cancer, "
                       "earlier chemotherapy, earlier radiation therapy, a tumor that can be removed by surgery "
                       "(resectable), any unstable disease affecting the whole body, or any other cancer within 5 "
                       "years.")
    assert _errors(resectable, resectable_said) == []
    # NCT02162862 E2.1: the record's "Diagnositic" said "Diagnostic"
    assert _errors("History or current episode of psychiatric disorder by Diagnositic and Statistical Manual "
                   "(DSM-IV)", "You have a history of, or a current episode of, a psychiatric disorder as defined by "
                   "the Diagnostic and Statistical Manual (DSM-IV).") == []


# NCT00002475 I3
IRRADIATION = "No brain metastases unresponsive to irradiation or surgery"
IRRADIATION_SAID = "You do not have brain metastases that did not respond to radiation or surgery."


def test_radiation_says_irradiation() -> None:
    assert _errors(IRRADIATION, IRRADIATION_SAID, "inclusion") == []


def test_the_last_item_after_irradiation_said_as_radiation_is_seen_gone() -> None:
    # "irradiation" said "radiation" is the gap's neighbour: "surgery" left out after it is gone
    assert "E1: the bullets citing it leave out the list item “surgery”" in _errors(
        IRRADIATION, IRRADIATION_SAID.replace(" or surgery", ""), "inclusion")


# NCT02849951 E9 (the record has no comma after "6-mercaptopurine")
IMMUNE = ("Treatment with methotrexate, azathioprine, 6-mercaptopurine TNF-alpha-antagonists, vedolizumab or "
          "certolizumab pegol, tacrolimus, or anti-integrin therapy within last 8 weeks prior to screening,")
IMMUNE_SAID = ("You have been treated with methotrexate, azathioprine, 6-mercaptopurine, TNF-alpha blockers "
               "(TNF-alpha-antagonists), vedolizumab or certolizumab pegol, tacrolimus, or anti-integrin therapy "
               "within the last 8 weeks before screening.")


def test_mercaptopurine_left_out_is_a_medicine_left_out() -> None:
    assert _errors(IMMUNE, IMMUNE_SAID) == []
    assert _errors(IMMUNE, IMMUNE_SAID.replace(", 6-mercaptopurine", "")) == [
        "E1: the bullets citing it do not name “mercaptopurine”"]


def test_one_of_a_pair_of_words_for_one_thing_is_not_planted() -> None:
    # NCT02212561 E5: "disease, illness": one word group of the checks, the other word still said
    source = ("Any significant concurrent disease, illness, or psychiatric disorder that would compromise patient "
              "safety or compliance, study participation, follow up, or interpretation of study research.")
    said = ("You have any significant disease, illness or psychiatric disorder at the same time that would put your "
            "safety or compliance, your taking part in the study, follow-up, or the interpretation of study research "
            "at risk.")
    places = _dropped(source, said)
    assert ", illness" not in places
    assert ", follow-up" in places


def test_two_medicines_that_share_their_first_letters_are_still_planted() -> None:
    # NCT01278056 E15: "deferiprone or deferasirox" share the stem "defer" but are two medicines
    places = _dropped("Patients currently or previously treated with deferiprone or Deferasirox",
                      "You are being treated, or have been treated before, with deferiprone or deferasirox.")
    assert " or deferasirox" in places


def test_a_rare_word_in_an_item_with_an_everyday_word_may_be_said_in_plain_words() -> None:
    # Chia NCT01320579 (offline bullet): "dermatologic" said "skin", beside "dermatitis", which shares its stem
    source = ("History of other significant skin disease, or skin manifestations of allergic illness or other "
              "dermatologic condition, except chronic moderate or severe atopic dermatitis, that would interfere with "
              "the trial assessments or compromise the patient's safety according to the opinion of the Investigator")
    said = ("You have had other significant skin disease, or skin manifestations of allergic illness or other skin "
            "condition, except chronic moderate or severe atopic dermatitis, that would get in the way of the trial "
            "assessments or compromise your safety according to the opinion of the study doctor.")
    assert _errors(source, said) == []
