"""Two noun-phrase openings put to the reader when nothing else made an opening (offline backend).

- consent (an inclusion): "Signed informed consent" → "You have signed informed consent", "Written informed
  consent" → "You have given written informed consent", "Provision of informed consent" / "Provide informed
  consent" → "You provide informed consent": the source's own words stay, only who gives it is said. Consent
  that someone else gives or signs ("… of parent or guardian", "… by the legally authorised representative",
  "(or their guardian)") is theirs and keeps its words;
- "Any X" (an exclusion) that names a condition the reader has (also "Any form of X", "Any gastrointestinal (GI)
  disorder", "Any gastrointestinal, hepatic or immunological disorder", "Any toxicity greater than grade 1"): "Any
  malabsorption problem" → "You have any malabsorption problem", "Any known hypersensitivity to X" → "You have any known
  hypersensitivity to X", and a device in the body as a condition ("Any implanted medical device (…)" → "You have any
  implanted medical device (…)"); an event a window puts before the study says "You have had any X" ("within 6 months
  prior to screening", "within 4 weeks of first dose", and an unanchored "within 5 years", the years up to now: "Any
  other malignancies within 5 years" → "You have had any other cancers within 5 years"; "You have" beside a word of now,
  "Any concurrent … cancer that has required treatment within 2 years"). "Any of the following", a list or value ("Any
  T, N2-N3, M0"), someone else ("Any patient in whom …") and a time to come ("… planned during the study") keep their
  words.

Each rewrites only the opening words; offline_leads.lead_edits, which calls these, adds the later mentions of the
reader and checks the result. A criterion under a lead-in is read after it, so these are only tried on items at
the top of a criterion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind, TermEntry
from translator.offline_conditions import CONDITION_NOUNS
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_windows import before_the_study

# ---------------------------------------------------------------------------------------------
# Consent

# whoever else may give, sign or be asked for the consent: then it is not (only) the reader's
_SOMEONE_ELSE = re.compile(
    r"\b(?:parents?|guardians?|representatives?|LARs?|legal(?:ly)?|proxy|proxies|surrogates?|next\s+of\s+kin|"
    r"famil(?:y|ies)|relatives?|caregivers?|care-?givers?|partners?|spouses?|witness(?:es)?|minors?|child(?:ren)?|"
    r"infants?|mothers?|fathers?|assent|patients?|subjects?|participants?|persons?|donors?|investigators?|"
    r"physicians?|doctors?|they|their|his|her|he|she)\b",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"signed(?:,?\s+and\s+dated|,\s*dated)?\s+(?=\S)", re.IGNORECASE)
_CONSENT_ADJ = re.compile(
    r"(?:(?:written|signed|dated|voluntary|voluntarily\s+given|personally\s+signed|study[- ]specific|full|valid)"
    r"(?:\s*,\s*|\s+(?:and|and/or)\s+|\s+))*",
    re.IGNORECASE,
)
_CONSENT_NOUN = re.compile(r"(?:informed\s+)?consent\b(?P<form>\s+(?:forms?|documents?|\(ICF\)|form\(s\)))?", re.I)
_PROVIDE = re.compile(r"(?:provision\s+of|provides?|provided)\s+(?=\S)", re.IGNORECASE)


def consent_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "Signed informed consent" → "You have signed informed consent" (see the module)."""
    # "obtained from the patient": the reader, named in the third person, is no one else
    from_reader = _FROM_READER.search(text)
    seen = text[: from_reader.start("from")] + text[from_reader.end() :] if from_reader else text
    if kind is not SectionKind.INCLUSION or _SOMEONE_ELSE.search(seen):
        return []
    provide = _PROVIDE.match(text, start)
    at = provide.end() if provide else start
    adjectives = _CONSENT_ADJ.match(text, at)
    noun_at = adjectives.end() if adjectives else at
    noun = _CONSENT_NOUN.match(text, noun_at)
    if noun is None:
        return []
    obtained = _OBTAINED.match(text, noun.end())
    if obtained:  # "Informed consent obtained": no "You have given consent obtained"
        return _obtained(text, start, noun, obtained)
    if dangling_verb(text, noun.end()) or not text[noun_at:noun.end()].lower().startswith(
        ("informed", "consent")
    ):
        return []
    if provide:  # "Provided written informed consent" was given: it stays past
        said = "You have provided " if provide.group().lower().startswith("provided") else "You provide "
        return [Edit(start, provide.end(), said, "person")]
    verb = re.match(r"consents?\s+to\b", text[start:], re.IGNORECASE)
    if verb and not provide:  # "Consent to use birth control": the reader's own verb
        return [Edit(start, start + len(verb.group().split()[0]), "You consent", "person")]
    word = re.match(r"[A-Za-z]+", text[start:])
    assert word is not None  # the consent's first word: an adjective, "informed" or "consent"
    # "Informed Consent" is a name in title case: its first word keeps its capital beside the second's
    title = re.match(r"\s+[A-Z]", text[start + word.end() :]) and not _SIGNED.match(text, start)
    first = Edit(start, start + word.end(), word.group() if title else word.group().lower(), "person")
    if _SIGNED.match(text, start):
        # "Signed informed consent form" → "You have signed the informed consent form": a form is a thing signed
        signed = _SIGNED.match(text, start)
        assert signed is not None
        the = [Edit(signed.end(), signed.end(), "the ", "person")] if noun.group("form") else []
        return [Edit(start, start, "You have ", "person"), first, *the]
    if noun.group("form"):
        return []  # "Written informed consent form": a form one has, not consent one gives
    return [Edit(start, start, "You have given ", "person"), first]


# "… consent (must be / is / has been) obtained" (or "provided"): obtained from the reader is given by the reader;
# only when what follows says when ("before any study procedure"), by which rules ("according to ICH GCP") or
# nothing, not from whom (someone else is ruled out above) unless "from the patient", the reader; consent "signed"
# was signed by the reader
_OBTAINED = re.compile(
    r"\s+(?:(?P<verb>must\s+be|will\s+be|is|has\s+been)\s+)?(?P<how>obtained|given|provided|signed)\b"
    r"(?:\s+from\s+the\s+(?:patient|subject|participant)\b)?"
    r"(?=\s*(?:[.;]?\s*$|(?:before|prior\s+to|at|according\s+to|in\s+accordance\s+with)\b))",
    re.IGNORECASE,
)
# "obtained from the patient", one person alone (not "the patient or legal representative", "patient/guardian"):
# the reader's consent, said "You have given" with "from the patient" dropped as _OBTAINED drops "obtained"
_FROM_READER = re.compile(
    r"\b(?:obtained|given|signed)(?P<from>\s+from\s+the\s+(?:patient|subject|participant)\b)"
    r"(?!\s*(?:or|and|and/or|/|'|’|\())",
    re.IGNORECASE,
)
_GIVE = {"must be": "You must give ", "will be": "You will give "}


def _obtained(text: str, start: int, noun: re.Match[str], obtained: re.Match[str]) -> list[Edit]:
    """ "Written informed consent obtained before any study procedure" → "You have given written informed consent
    before any study procedure"; "… must be obtained" → "You must give …", "… will be obtained" → "You will give
    …". A form is signed, not given: it keeps its words."""
    if noun.group("form") or _SIGNED.match(text, start):
        return []
    verb = " ".join((obtained.group("verb") or "").lower().split())
    word = re.match(r"[A-Za-z]+", text[start:])
    assert word is not None  # the consent's first word
    title = re.match(r"\s+[A-Z]", text[start + word.end() :])  # "Informed Consent", a name in title case
    # "Informed consent signed": signed by the reader, as said ("You have signed informed consent")
    said = _GIVE.get(verb, "You have given ")
    if obtained.group("how").lower() == "signed":
        said = {"must be": "You must sign ", "will be": "You will sign "}.get(verb, "You have signed ")
    return [
        Edit(start, start, said, "person"),
        Edit(start, start + word.end(), word.group() if title else word.group().lower(), "person"),
        Edit(obtained.start(), obtained.end(), "", "person"),
    ]


# ---------------------------------------------------------------------------------------------
# "Any X"

_ANY = re.compile(
    r"any\s+(?!(?:of|one|patients?|subjects?|participants?|persons?|people|individuals?|wom[ae]n|m[ae]n|"
    r"females?|males?|number|amount|time|grade|stage|dose|type|kind|form|t\d?|n\d?|m\d?|"
    # a time the rule cannot say with "have" ("Any prior disease": had, not has)
    r"prior|previous|past|recent|recently|former|new|newly|history|planned|future|such)\b)(?=[A-Za-z])",
    re.IGNORECASE,
)
# what a condition's name is: the words up to its first preposition, clause or aside
_NAME_END = re.compile(
    r"\s*(?:[,;:(\[/]|$|\.\s*|\s(?:or|and|and/or|with|without|of|in|on|at|from|to|for|due|after|before|during|"
    r"within|requiring|needing|including|such|except|other|that|which|who|as|by|per|despite|secondary|"
    r"affecting|involving|associated|related|caused|resulting|likely|considered|judged|deemed|"
    # a grade after the name: "Any unresolved toxicity greater than CTC grade 1", "Any peripheral neuropathy above
    # grade 2"
    r"greater|higher|above|grade|ctc\w*|nci)\b|\s*[<>≤≥])",
    re.IGNORECASE,
)
# "Any form of leukemia", "Any type of active seizure disorder": a kind of a condition is the condition
_KIND_OF = re.compile(r"any\s+(?P<kind>(?:forms?|types?|kinds?)\s+of\s+)(?=[A-Za-z])", re.IGNORECASE)
# an abbreviation in brackets inside the name: "Any gastrointestinal (GI) disorder"
_ABBREVIATION = re.compile(r"\s\([A-Z][A-Za-z0-9-]{0,9}\)(?=\s)")
# adjectives joined before one condition: "Any gastrointestinal, hepatic, respiratory, endocrine or immunological
# disorder", "Any medical or psychiatric condition"; each a single adjective ("Any surgery or condition" is no
# such list), the name after them read as any other
_COORDINATED = re.compile(
    r"(?:(?:[a-z]+(?:al|ic|ary|ory|ous|ive|ed|ant|ent|ar)|endocrine|acute|severe|unstable)"
    r"(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and|and/or)\s+))+(?=[A-Za-z])",
    re.IGNORECASE,
)
_CONDITION_WORDS = CONDITION_NOUNS | frozenset({
    "condition", "conditions", "problem", "problems", "abnormality", "abnormalities", "allergy", "hypersensitivity",
    "intolerance", "contraindication", "contraindications", "complication", "complications", "malignancy",
    "malignancies", "cancers", "illness", "illnesses", "disorder", "infections", "reaction", "reactions",
    # what one has as one has a condition: "Any inflammatory changes of the surface of the eye", "Any relevant
    # deviation from healthy conditions"
    "changes", "deviation", "deviations",
    # a side effect one still has: "Any unresolved toxicity greater than CTC grade 1 from previous anti-cancer therapy"
    "toxicity", "toxicities",
})  # fmt: skip
# a thing in the body one has as one has a condition: "Any implanted medical device (…)" → "You have any …"
_HELD_THINGS = frozenset({
    "device", "devices", "implant", "implants", "pacemaker", "pacemakers", "prosthesis", "prostheses", "stent",
    "stents", "shunt", "shunts", "defibrillator", "defibrillators", "neurostimulator", "neurostimulators",
})  # fmt: skip
# a time to come or beside the study: "You have" would be a guess
_NOT_NOW = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|during|after|following|will|future|intend\w*)\b", re.I
)
_PAST_RELATIONS = ("before", "past")
_NOW = re.compile(r"\b(?:current(?:ly)?|concurrent|ongoing|present|now|at\s+the\s+time\s+of)\b", re.IGNORECASE)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|those|wom[ae]n|m[ae]n|partners?|"
    r"children|infants?|he|she|they)\b",
    re.IGNORECASE,
)


def any_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Any malabsorption problem" → "You have any malabsorption problem" (see the module)."""
    m = _ANY.match(text, start) or _KIND_OF.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or text.rstrip().endswith(":"):
        return []
    masked = _ABBREVIATION.sub(lambda a: " " * len(a.group()), text)
    coordinated = _COORDINATED.match(masked, m.end())
    name_at = coordinated.end() if coordinated else m.end()
    name_end = _NAME_END.search(masked, name_at)
    name = " ".join(masked[name_at : name_end.start() if name_end else len(text)].split())
    words = name.split()
    if not words or len(words) > 6 or any(not re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words):
        return []
    if not _names_a_condition(name, words[-1], lexicon) or dangling_verb(text, m.end()):
        return []
    sentence = re.split(r"[.;](?:\s|$)", text[start:], maxsplit=1)[0]
    if _NOT_NOW.search(sentence) or _PEOPLE.search(text, m.end()):
        return []  # "… Patients with irreversible toxicity may be included": a second subject after "You have any X"
    # an event a window of its own puts before the study ("within 6 months before screening"), not "past treatment"
    # (or "within 4 weeks of first dose", "within 5 years": measured back from the study's start, or from now)
    past = any(
        f.kind is FactKind.TEMPORAL
        and (f.relation in _PAST_RELATIONS or before_the_study(f, unanchored=True))
        and (f.low is not None or f.high is not None)
        for f in facts
    )
    # "Any concurrent … malignancy that has required treatment within 2 years", "… at the time of or within 6 months
    # of Screening": the window times a clause or a time up to now, the condition is the reader's now
    past = past and not _NOW.search(sentence)
    said = text[start : start + 3]
    return [Edit(start, start + 3, ("You have had " if past else "You have ") + said.lower(), "person")]


def _names_a_condition(name: str, last: str, lexicon: Lexicon) -> bool:
    if last.lower() in _CONDITION_WORDS or last.lower() in _HELD_THINGS:
        return True
    return any(
        isinstance(found.entry, TermEntry)
        and found.entry.kind in (Kind.CONDITION, Kind.SYMPTOM)
        and found.end == len(name)
        for found in lexicon.find(name)
    )
