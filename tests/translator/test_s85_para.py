"""Session 85, para49: false alarms of the 150 held-out paraphrases written before the checks ran on them
(NCT ids in each test), and the real errors next to each that must still be caught."""

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks


def test_a_multiple_pregnancy_is_more_than_one_baby() -> None:
    # NCT02902172 E6: "multiple order pregnancies" said "pregnant with more than one baby"
    source = "multiple order pregnancies (twins, triplets)"
    assert checks(source, "You are pregnant with more than one baby (twins, triplets).", EXC) == []
    assert checks(source, "You are pregnant with more than two babies (twins, triplets).", EXC)
    # "more than one" stays invented where the source names no multiple pregnancy
    assert checks("Pregnancy", "You are pregnant with more than one baby.", EXC)


def test_one_standing_for_a_trial_left_is_no_count() -> None:
    # NCT01663857 E2: "discontinued less than 14 days from another clinical trial" said "or left one less than 14 days
    # ago": "one" is the trial
    source = "Are currently enrolled or discontinued less than 14 days from another clinical trial"
    faithful = "You are currently enrolled in another clinical trial, or left one less than 14 days ago."
    assert checks(source, faithful, EXC) == []
    assert checks(source, "You are currently enrolled in another clinical trial, or left one less than 30 days ago.",
                  EXC)
    # a count of trials after the verb still counts
    assert checks(source, "You are currently enrolled in another clinical trial, or left one trial less than 14 days "
                          "ago.", EXC)


def test_consuming_drinks_is_no_lost_name_and_an_alcoholic_beverage_is_a_drink() -> None:
    # NCT01709305 E11 ("consumes" read as what is measured), NCT00511134 E6 ("alcoholic beverage" no unit)
    source = ("Routinely consumes >2 alcoholic drinks per day or >14 alcoholic drinks per week, or engages in binge "
              "drinking")
    faithful = ("You routinely drink more than 2 alcoholic drinks a day or more than 14 alcoholic drinks a week, or "
                "you binge drink.")
    assert checks(source, faithful, EXC) == []
    assert checks(source, faithful.replace("more than 2", "more than 3"), EXC)
    source = "Consume greater than 1 alcoholic beverage per day or greater than 7 alcoholic drinks per week."
    faithful = "You drink more than 1 alcoholic drink a day or more than 7 alcoholic drinks a week."
    assert checks(source, faithful, EXC) == []
    assert checks(source, faithful.replace("1 alcoholic drink a day", "1 alcoholic drink a week"), EXC)
    # a beverage that is not said alcoholic is no drink of alcohol
    assert checks("More than 2 caffeinated beverages per day", "You drink more than 2 drinks a day.", EXC)


def test_a_misspelt_breaths_per_minute_is_that_rate() -> None:
    # NCT03551210 I3.3: "respiratory rate > 24 breathes/minute"
    source = "tachypnea (respiratory rate > 24 breathes/minute);"
    assert checks(source, "fast breathing (tachypnea: a breathing rate above 24 breaths a minute);", INC) == []
    assert checks(source, "fast breathing (tachypnea: a breathing rate above 20 breaths a minute);", INC)


def test_receiving_the_last_dose_is_the_last_dose() -> None:
    # NCT00115739 I11: "after receiving the last dose of study drug" read no anchor, so "after your last dose" looked
    # changed
    source = ("Patients of reproductive potential must practice effective contraception while on study and for at "
              "least six months after receiving the last dose of study drug.")
    faithful = ("If you could have children, you must use effective contraception while on study and for at least six "
                "months after your last dose of study drug.")
    assert checks(source, faithful, INC) == []
    assert checks(source, faithful.replace("your last dose", "your first dose"), INC)
    assert checks(source, faithful.replace("six months", "three months"), INC)


def test_a_day_glued_to_its_of_is_still_that_day() -> None:
    # NCT02555709 E11: "within 8 weeks prior to Day 1of the trial"
    source = "Blood donation or significant blood loss within 8 weeks prior to Day 1of the trial"
    faithful = "You have donated blood or lost a significant amount of blood within 8 weeks before Day 1 of the trial."
    assert checks(source, faithful, EXC) == []
    assert checks(source, faithful.replace("Day 1", "Day 15"), EXC)
    assert checks(source, faithful.replace("8 weeks", "4 weeks"), EXC)


def test_millimoles_per_litre_and_kilograms_per_metre_square_are_units() -> None:
    # NCT02392234 I3 ("≥60 millimole per liter (mmol/L)"), NCT03150082 I4 ("19-30 kg per meter square (kg/m^2)")
    source = "Sweat chloride value ≥60 millimole per liter (mmol/L) during screening"
    assert checks(source, "Your sweat chloride value is 60 mmol/L or more during screening.", INC) == []
    assert checks(source, "Your sweat chloride value is 60 mg/dL or more during screening.", INC)
    source = ("Body weight >=50 kilogram (kg) and body mass index (BMI) within the range 19-30 kg per meter square "
              "(kg/m^2) (inclusive).")
    faithful = "You weigh 50 kilograms (kg) or more and your body mass index (BMI) is within 19-30 kg/m^2 (inclusive)."
    assert checks(source, faithful, INC) == []
    assert checks(source, faithful.replace("19-30", "19-35"), INC)


def test_times_and_is_no_frequency_a_day() -> None:
    # NCT00513968 I6: "between 1.5 times and 5 times the ULN" read "1.5 times and" as "1.5 times a day" ("an" + "d")
    from translator.facts import extract_facts

    facts = extract_facts("Your ALT is between 1.5 times and 5 times the upper limit of normal (ULN).")
    assert all(f.unit != "times/day" for f in facts)
    assert [f.unit for f in extract_facts("Take it 3 times a day.")] == ["times/day"]


def test_one_time_said_once() -> None:
    # NCT01663857 I2: "treated one time with a platinum-based chemotherapy" said "treated once with …"
    source = ("Have been treated one time with a platinum-based chemotherapy and your disease has come back at least "
              "six months after you completed treatment")
    faithful = ("You have been treated once with platinum-based chemotherapy, and your disease came back at least six "
                "months after you finished treatment.")
    assert checks(source, faithful, INC) == []
    assert checks(source, faithful.replace("treated once", "treated twice"), INC)
    assert checks(source, faithful.replace("treated once", "treated"), INC)
    # "once" opening a clause counts nothing
    assert checks(source, "Once you have been treated with platinum-based chemotherapy, your disease came back at "
                          "least six months after you finished treatment.", INC)
