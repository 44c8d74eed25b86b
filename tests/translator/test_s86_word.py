"""Session 86, word50: offline wording that read badly in the corpus dump (a unit said again in brackets, a comparator
said twice, an alcoholic beverage kept in the source's words, "You have or without", a bullet opening in lower case),
the good wording, and that a real error next to it is still caught."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_bracket_repeats import drop_bracket_repeats
from translator.offline_bullet_starts import capitalised_start
from translator.offline_repeats import drop_made_repeats


def test_a_unit_is_not_said_again_in_square_brackets() -> None:
    # NCT01169779: "millimole per liter [mmol/L]" worded "mmol/L [mmol/L]"
    source = "FPG at screening >250 milligram per deciliter (mg/dL) (>13.9 millimole per liter [mmol/L])"
    bullet = said(source)
    assert "[mmol/L]" not in bullet and "more than 250 mg/dL" in bullet and "more than 13.9 mmol/L" in bullet
    assert checks(source, bullet.replace("13.9", "19.3"), EXC)
    assert checks(source, bullet.replace("more than 13.9 mmol/L", "13.9 mmol/L or more"), EXC)
    # NCT02956486, NCT02611817: "milliseconds [ms]", "centimeter [cm]"
    source = ("A prolonged corrected QT (QTc) interval (QT interval with Fridericia's correction [QTcF] greater than "
              "450 milliseconds [ms])")
    bullet = said(source)
    assert "more than 450 ms)" in bullet and "[ms]" not in bullet and "[QTcF]" in bullet
    assert checks(source, bullet.replace("450 ms", "450 s"), EXC)
    bullet = said("Ulcerations (each >0.5 centimeter [cm] in diameter)")
    assert "more than 0.5 cm in diameter" in bullet and "[cm]" not in bullet


def test_spelled_out_words_said_again_in_their_brackets_spelling_are_said_once() -> None:
    # NCT02431247, NCT05348876: "anti- human immunodeficiency virus (anti-HIV)" worded "anti- HIV (anti-HIV)",
    # "computed tomography/ magnetic resonance imaging (CT/MRI)" worded "CT/ MRI (CT/MRI)"
    source = ("no prior use of any approved or experimental anti- human immunodeficiency virus (anti-HIV) drug for any "
              "length of time")
    bullet = said(source)
    assert "experimental anti-HIV drug for any length of time" in bullet and "(anti-HIV)" not in bullet
    assert checks(source, bullet.replace("You have had no use", "You have had use"), EXC)
    source = ("based on standard medical imaging, i.e., computed tomography/ magnetic resonance imaging (CT/MRI) and "
              "bone scan")
    bullet = said(source, SectionKind.INCLUSION)
    assert "that is, CT/MRI and bone scan" in bullet and "(CT/MRI)" not in bullet
    assert checks(source, bullet.replace("CT/MRI and bone scan", "CT/MRI"), INC)
    # a bracket that spells something else stays
    assert drop_bracket_repeats("x", "CT/ MRI (CT/PET) scan") == "CT/ MRI (CT/PET) scan"


def test_a_units_typed_power_is_not_said_again_after_its_plain_form() -> None:
    # NCT03299049: "meter square (m^2)" worded "m² (m^2)"; NCT01169779: "per cubic millimeter (mm^3)"
    source = ("Subjects has estimated creatine clearance <50mL/minute per 1.73 meter square (m^2) via Chronic Kidney "
              "Disease-Epidemiology Collaboration (CKD-EPI) Method")
    bullet = said(source)
    assert "less than 50 mL/min/1.73 m² via" in bullet and "(m^2)" not in bullet
    assert checks(source, bullet.replace("less than 50", "less than 60"), EXC)
    bullet = said("neutrophils <1500 per cubic millimeter (mm^3) and/or platelets <100 000/mm^3")
    assert "less than 1500 per mm³ and/or" in bullet and "(mm^3)" not in bullet
    # a bracket that says more than the unit, or one the source itself repeats, stays
    assert drop_bracket_repeats("x", "less than 50 mL/min/1.73 m² (m^2 of body surface)").endswith("surface)")
    assert drop_bracket_repeats("13.9 mmol/L [mmol/L]", "13.9 mmol/L [mmol/L]") == "13.9 mmol/L [mmol/L]"


def test_a_comparator_the_source_says_twice_in_two_spellings_is_said_once() -> None:
    # NCT02652806, NCT02652819: "more than >3 alcoholic beverages" worded "more than more than 3 …"
    source = ("History of alcohol or drug abuse within the past 2 years and inability to avoid consumption of more "
              "than >3 alcoholic beverages per day.")
    bullet = said(source)
    assert "more than more than" not in bullet and "more than 3 alcoholic drinks a day" in bullet
    assert checks(source, bullet.replace("more than 3", "3 or more"), EXC)
    assert checks(source, bullet.replace(" a day", " a week"), EXC)
    # two bounds stay two, and a repeat the source writes in words stays the source's
    assert drop_made_repeats("x", "up to at least 30%") == "up to at least 30%"
    assert drop_made_repeats("x", "25 or more or more than 20") == "25 or more or more than 20"
    assert drop_made_repeats("at least at least 3", "at least at least 3") == "at least at least 3"


def test_an_alcoholic_beverage_is_worded_as_an_alcoholic_drink_and_consume_said_to_the_reader() -> None:
    # NCT00511134: its first value stayed "greater than 1 alcoholic beverage per day" (no noun to put "alcoholic"
    # before in "1 drink a day"), and its opening verb stayed a command
    source = "Consume greater than 1 alcoholic beverage per day or greater than 7 alcoholic drinks per week."
    bullet = said(source)
    assert bullet == "You consume more than 1 alcoholic drink a day or more than 7 alcoholic drinks a week."
    assert checks(source, bullet.replace("1 alcoholic drink a day", "1 alcoholic drink a week"), EXC)
    assert checks(source, bullet.replace("more than 1 alcoholic", "at least 1 alcoholic"), EXC)
    # "Consume of X" is a noun some sources write: no "You consume of"
    assert not said("Consume of inductive drugs within 30 days prior to study initiation").startswith("You consume")


def test_with_or_without_keeps_its_subject() -> None:
    # NCT06289387: "Individuals with or without T2DM" was tried as "You have or without T2DM" and fell a level
    source = "Individuals with or without T2DM between ages 30 to 70 years"
    bullet = said(source, SectionKind.INCLUSION)
    assert bullet.startswith("People with or without T2DM") and "30 to 70 years old" in bullet
    assert "You have or" not in bullet
    assert checks(source, bullet.replace("30 to 70", "30 to 75"), INC)
    assert checks(source, "People with or without T2DM 30 years old or older", INC)
    assert said("Patients with diabetes", SectionKind.INCLUSION) == "You have diabetes."
    # NCT02007629: "Patients with and without ERA therapy" was written "You have and without ERA treatment."
    source = "Patients with and without endothelin receptor antagonist (ERA) therapy"
    bullet = said(source, SectionKind.INCLUSION)
    assert bullet.startswith("Patients with and without endothelin") and "You have" not in bullet


def test_a_bullet_opening_on_a_worded_symbol_starts_with_a_capital() -> None:
    # NCT00836628, NCT01061775: "≥ 6 months following X" worded "at least 6 months after X"
    source = "≥ 6 months following allogeneic stem cell transplantation"
    bullet = said(source, SectionKind.INCLUSION)
    assert bullet.startswith("At least 6 months after allogeneic")
    assert checks(source, bullet.replace("At least 6", "At least 3"), INC)
    assert said("<1 month post initiation of Metformin treatment").startswith("Less than 1 month")
    # a name the source writes in lower case keeps its letters
    assert said("140mmHg <= sitSBP <= 200mmHg", SectionKind.INCLUSION).startswith("sitSBP 140 to 200")
    assert capitalised_start("ii. Negative test", "ii. Negative test") == "ii. Negative test"


def test_no_full_stop_after_a_question_mark_or_a_lists_last_comma() -> None:
    # NCT01042028: "… receiving the treatment? (for instance X)" made a sentence read "treatment?. For example, X"
    source = ("Infections or other serious medical conditions, which can obstruct the patient's possibility of "
              "receiving the treatment? (for instance serious heart, metabolic or lung disease)")
    bullet = said(source)
    assert "the treatment? For example, serious heart" in bullet and "?." not in bullet
    assert checks(source, bullet.replace(", metabolic or lung disease", " or lung disease"), EXC)
    # NCT02571777: a list's last comma before the source's stop, "for 24 hrs, ." closed up into "hrs,."
    source = "Withholding of bronchodilators prior to spirometry: xanthines for 12 hrs, LABA for 24 hrs, ."
    bullet = said(source, SectionKind.INCLUSION)
    assert bullet.endswith("(LABA) for 24 hrs.") and ",." not in bullet
    assert checks(source, bullet.replace("for 24 hrs", "for 12 hrs"), INC)
    # a stop inside a bracket stays the bracket's
    assert said("Use of St. John's wort (e.g. tea!)").count("!") == 1
