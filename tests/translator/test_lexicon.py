"""The plain-language lexicon: matching rules, sense resolution, data-file checks."""

from __future__ import annotations

from importlib import resources

import pytest

from translator.lexicon import Lexicon, LexiconError, TermMatch
from translator.lexicon_coverage import generic_words
from translator.lexicon_entries import AbbreviationEntry, TermEntry, Use
from translator.lexicon_tokens import term_key
from translator.translation import Definition


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def found(lexicon: Lexicon, text: str, context: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    return [(m.text, m.plain) for m in lexicon.find(text, context)]


def only(lexicon: Lexicon, text: str, context: tuple[str, ...] = ()) -> TermMatch:
    matches = lexicon.find(text, context)
    assert len(matches) == 1, [m.text for m in matches]
    return matches[0]


def match_of(lexicon: Lexicon, text: str, word: str, context: tuple[str, ...] = ()) -> TermMatch:
    """The one match of `word` in `text` (other terms may match around it)."""
    matches = [m for m in lexicon.find(text, context) if m.text == word]
    assert len(matches) == 1, [m.text for m in lexicon.find(text, context)]
    return matches[0]


# Terms


def test_find_substitutes_term_case_insensitively(lexicon: Lexicon) -> None:
    match = only(lexicon, "History of Myocardial Infarction within 6 months")
    assert match.text == "Myocardial Infarction"
    assert (match.start, match.end) == (11, 32)
    assert match.use is Use.SUBSTITUTE
    assert match.replacement == "heart attack"


def test_find_matches_regular_and_latin_plurals(lexicon: Lexicon) -> None:
    assert only(lexicon, "two myocardial infarctions").replacement == "heart attacks"
    metastases = only(lexicon, "known brain metastases")
    assert metastases.plural and metastases.entry == lexicon.lookup("brain metastasis")
    assert only(lexicon, "solid tumors").plural


def test_find_matches_british_spellings(lexicon: Lexicon) -> None:
    assert [m.entry for m in lexicon.find("haemoglobin, oedema, tumour")] == [
        lexicon.lookup("hemoglobin"),
        lexicon.lookup("edema"),
        lexicon.lookup("tumor"),
    ]


def test_find_prefers_the_longest_entry(lexicon: Lexicon) -> None:
    assert found(lexicon, "asymptomatic congestive heart failure")[1][0] == "congestive heart failure"
    pulmonary = only(lexicon, "pulmonary hypertension")
    assert pulmonary.replacement is None  # not "lung high blood pressure"
    assert pulmonary.plain == "high blood pressure in the arteries of the lungs"


def test_find_never_matches_right_after_non(lexicon: Lexicon) -> None:
    assert found(lexicon, "non-malignant") == []
    assert only(lexicon, "non-Hodgkin lymphoma").entry == lexicon.lookup("non-hodgkin lymphoma")


def test_find_withholds_replacement_inside_a_compound(lexicon: Lexicon) -> None:
    match = only(lexicon, "hypertension-related death")
    assert match.in_compound and match.replacement is None
    assert match.definition() == Definition(term="hypertension", plain="high blood pressure")


def test_find_needs_whole_words(lexicon: Lexicon) -> None:
    assert found(lexicon, "renally") == []
    # A sentence break splits a phrase: two words, not one heart attack.
    assert [m.text for m in lexicon.find("myocardial. Infarction")] == ["myocardial", "Infarction"]


# Abbreviations


def test_find_matches_abbreviations_case_sensitively(lexicon: Lexicon) -> None:
    assert only(lexicon, "eGFR ≥ 60").plain == "estimated glomerular filtration rate"
    assert only(lexicon, "EGFR positive").plain == "epidermal growth factor receptor"
    assert only(lexicon, "ECOG 0-1").plain == "Eastern Cooperative Oncology Group"
    assert only(lexicon, "ECoG recording").plain == "electrocorticography"
    assert found(lexicon, "egfr") == []


def test_find_matches_abbreviation_plural_and_variants(lexicon: Lexicon) -> None:
    nsaids = match_of(lexicon, "chronic use of NSAIDs", "NSAIDs")
    assert nsaids.is_abbreviation and nsaids.entry == lexicon.lookup("NSAID")
    assert only(lexicon, "HbA1C 7-10%").entry == only(lexicon, "A1c 7-10%").entry


def test_find_keeps_abbreviation_glued_to_a_number_whole(lexicon: Lexicon) -> None:
    assert [m.text for m in lexicon.find("anti-PD-1 or PD-L1 antibody")][:2] == ["PD-1", "PD-L1"]
    assert only(lexicon, "prior 5-FU").plain == "5-fluorouracil"
    assert only(lexicon, "MK-3475").text == "MK"  # a company's code prefix may be glued to its number


def test_find_resolves_sense_from_nearby_cues(lexicon: Lexicon) -> None:
    assert match_of(lexicon, "radiographic PD per RECIST 1.1", "PD").plain == "progressive disease"
    assert match_of(lexicon, "PD treated with levodopa", "PD").plain == "Parkinson's disease"
    assert only(lexicon, "stage IV").replacement == "4"
    assert match_of(lexicon, "IV infusion", "IV").plain == "intravenous"


def test_hla_dr_is_a_tissue_type_not_diabetic_retinopathy(lexicon: Lexicon) -> None:
    # real wordings from NCT00264290, NCT00513474 and an eye trial
    assert match_of(lexicon, "(HLA-DR)+ CD8+ T cells", "DR").plain == "HLA-DR"
    assert match_of(lexicon, "matched at the A, B, DR loci", "DR").plain == "HLA-DR"
    assert match_of(lexicon, "proliferative DR in the study eye", "DR").plain == "diabetic retinopathy"


def test_a_term_inside_a_longer_name_keeps_the_longer_entry(lexicon: Lexicon) -> None:
    assert only(lexicon, "cardiac disease").replacement == "heart"
    assert only(lexicon, "cardiac arrest").replacement is None  # not "heart arrest"
    assert only(lexicon, "transient elastography").replacement is None  # a named test, not "temporary"
    assert only(lexicon, "lupus anticoagulant").replacement is None  # a lab antibody, not a blood thinner


def test_find_resolves_sense_from_spelled_out_expansion(lexicon: Lexicon) -> None:
    match = lexicon.find("alkaline phosphatase (AP) ≤ 2.5")[-1]
    assert match.text == "AP" and match.plain == "alkaline phosphatase"


def test_find_resolves_sense_from_context(lexicon: Lexicon) -> None:
    assert only(lexicon, "diagnosis of AD", context=("Atopic Dermatitis",)).plain == "atopic dermatitis"
    assert only(lexicon, "diagnosis of AD", context=("Alzheimer Disease",)).plain == "Alzheimer's disease"


def test_find_reports_ambiguity_when_no_sense_wins(lexicon: Lexicon) -> None:
    match = only(lexicon, "diagnosis of AD")
    assert match.ambiguous and match.sense is None
    assert match.plain is None and match.use is None and match.replacement is None and match.definition() is None


def test_find_drops_an_abbreviation_that_is_the_english_word(lexicon: Lexicon) -> None:
    assert found(lexicon, "ALL of the following criteria") == []
    assert match_of(lexicon, "relapsed ALL after chemotherapy", "ALL").plain == "acute lymphoblastic leukemia"
    assert found(lexicon, "ALL PATIENTS MUST CONSENT") == []


def test_definition_combines_expansion_and_gloss(lexicon: Lexicon) -> None:
    definition = only(lexicon, "ALT").definition()
    assert definition is not None and definition.term == "ALT"
    assert definition.plain.startswith("alanine aminotransferase: a liver enzyme")


# Data files


def test_packaged_lexicon_is_loaded_once(lexicon: Lexicon) -> None:
    assert Lexicon.load() is lexicon
    assert len(lexicon.terms) > 1500 and len(lexicon.abbreviations) > 500


def test_term_rows_are_well_formed() -> None:
    text = (resources.files("translator") / "data" / "lexicon_terms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["term", "use", "plain", "plain_plural", "variants", "kind"]
    assert all(len(row) == 6 for row in rows), [row for row in rows if len(row) != 6]
    owners: dict[tuple[str, ...], int] = {}
    for number, row in enumerate(rows[1:]):
        for form in (row[0], *filter(None, row[4].split("|"))):
            assert owners.setdefault(term_key(form), number) == number, f"{form!r} is in two rows"


def test_every_plain_wording_is_present_and_new(lexicon: Lexicon) -> None:
    for term in lexicon.terms:
        assert term.plain.strip() and term.plain.lower() != term.term.lower(), term
    for abbreviation in lexicon.abbreviations:
        for sense in abbreviation.senses:
            assert sense.expansion.strip() and sense.expansion != abbreviation.abbreviation, abbreviation
            assert sense.plain is None or sense.plain.strip(), abbreviation


def test_substitute_wording_fits_in_a_sentence(lexicon: Lexicon) -> None:
    # A replacement that starts with an article breaks sentences like "treated hypothyroidism".
    wordings = [(t.term, t.plain) for t in lexicon.terms if t.use is Use.SUBSTITUTE]
    wordings += [
        (a.abbreviation, s.wording) for a in lexicon.abbreviations for s in a.senses if s.use is Use.SUBSTITUTE
    ]
    assert [w for w in wordings if w[1].split()[0].lower() in {"a", "an", "the"}] == []


def test_ambiguous_abbreviations_declare_cues_for_every_sense(lexicon: Lexicon) -> None:
    ambiguous = [a for a in lexicon.abbreviations if a.ambiguous]
    assert len(ambiguous) > 40
    assert all(s.cues for a in ambiguous for s in a.senses)


def test_every_entry_form_finds_itself(lexicon: Lexicon) -> None:
    missing = []
    entries: list[TermEntry | AbbreviationEntry] = [*lexicon.terms, *lexicon.abbreviations]
    for entry in entries:
        head = entry.term if isinstance(entry, TermEntry) else entry.abbreviation
        for form in (head, *entry.variants):
            matches = lexicon.find(form)
            if len(matches) != 1 or matches[0].entry is not entry or matches[0].text != form.rstrip("."):
                missing.append(form)
    assert missing == []


def test_generic_words_are_not_lexicon_terms(lexicon: Lexicon) -> None:
    assert sorted(w for w in generic_words() if isinstance(lexicon.lookup(w), TermEntry)) == []


# Errors

HEADER = "term\tuse\tplain\tplain_plural\tvariants\tkind\n"


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("hypertension\tsubstitute\thigh blood pressure\tcondition\n", "4 columns, expected 6"),
        ("hypertension\treplace\thigh blood pressure\t\t\tcondition\n", "term 'hypertension': use"),
        ("hypertension\tdefine\thypertension\t\t\tcondition\n", "repeats the term"),
        ("hypertension\tdefine\thigh blood pressure\t\t\tdisease\n", "term 'hypertension': kind"),
        ("angina\tdefine\tchest pain\t\t\tcondition\nangina\tdefine\tchest pain\t\t\tcondition\n", "line 2"),
    ],
)
def test_bad_term_row_raises_error_naming_the_line(terms: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as raised:
        Lexicon.from_text(HEADER + terms, "")
    assert raised.value.line is not None


def test_missing_header_raises_error() -> None:
    with pytest.raises(LexiconError, match="header"):
        Lexicon.from_text("angina\tdefine\tchest pain\t\t\tcondition\n", "")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[lab]\nALT = ", "not valid TOML"),
        ("[labs]\nALT = { expansion = 'alanine aminotransferase' }\n", "not a kind table"),
        (
            "[lab]\nPT = { senses = [{ expansion = 'prothrombin time' }, { expansion = 'physical therapy' }] }\n",
            "no cues",
        ),
        ("[lab]\nALT = { expansion = 'a', senses = [] }\n", "both 'senses' and sense fields"),
        ("[lab]\nALT = { expansion = 'x' }\n[test]\nALT = { expansion = 'y' }\n", "already listed"),
        ("[lab]\nALT = { expansion = 'ALT' }\n", "repeats it"),
    ],
)
def test_bad_abbreviation_raises_error_naming_it(toml: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_text(HEADER, toml)


def test_from_text_builds_a_small_lexicon() -> None:
    small = Lexicon.from_text(
        HEADER + "angina\tdefine\tchest pain from too little blood flow to the heart\t\tangina pectoris\tcondition\n",
        "[scale]\nNYHA = { expansion = 'New York Heart Association' }\n",
    )
    assert len(small) == 2
    assert [m.text for m in small.find("NYHA III angina pectoris")] == ["NYHA", "angina pectoris"]
    assert isinstance(small.lookup("NYHA"), AbbreviationEntry)
