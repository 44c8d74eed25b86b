"""Later mentions of the reader in a bullet the offline backend has put in the second person.

Once a criterion opens "You …", every later mention of the same participant must be "you" too: "You have a
condition that may prevent the patient from completing the study", "… Subjects must not have …", "… compromise
subject's ability …" and "… contraindicates their participation" read as if about someone else. These edits
(on the source text, like every person edit) turn them round:

- the participant as a subject with its verb, where a clause starts ("… ; patients must not have …",
  "Subject has …", "if patient has …") or with its article anywhere ("such that the patient is not expected to
  survive", "All patients must …") → "you" with the verb agreeing ("you must", "you are", "you have");
- the participant as an object ("prevent the patient from", "the ability of the patient", "the safety of the
  subject") → "you" / "your ability";
- the possessive ("the patient's", "subject's", "participant's") → "your";
- "he/she <verb>s" → "you <verb>";
- "their" / "themselves" → "your" / "yourself", but not where "their" belongs to a thing ("the study drugs or
  their components", "any of their metabolites") or to someone named before it ("relatives … before their
  50th birthday", "their doctor" after "the investigator"), nor in "in their entirety".

A participant narrowed by what follows ("patients with X must …", "patients who …", "for patients receiving …")
is a subset, not "you": those stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit
from translator.offline_pronouns import reader_pronouns
from translator.offline_readers_own import THEY_OR_THEIR_PARTNER
from translator.offline_their_groups import group_named_midway

_MODALS = r"must|should|will|may|can|cannot|shall|would|could|might"
# the second person's form of a verb the third person's subject had ("is" → "are")
AGREE = {
    "is": "are", "are": "are", "was": "were", "were": "were", "has": "have", "have": "have", "had": "had",
    "does": "do", "do": "do", "did": "did", "isn't": "aren't", "hasn't": "haven't", "doesn't": "don't",
}  # fmt: skip
# verbs other than "be", "have" and the modals that the participant's own sentence may have ("the participant
# received placebo", "the patient meets none of these", "the subject understands")
_PAST = (
    "received|stopped|completed|failed|developed|experienced|underwent|took|discontinued|started|signed|achieved|"
    "relapsed|progressed"
)
_PRESENT = (
    "meets|needs|receives|requires|understands|takes|uses|develops|agrees|wishes|continues|qualifies|exceeds|stays|"
    "remains|commits"
)
# as offline_plain words them
_PLAIN_BASE = {"requires": "need", "receives": "get", "undergoes": "have", "demonstrates": "show"}
_VERB = (
    rf"(?P<adv>(?:currently|previously|also|still|already|then)\s+)?"
    rf"(?P<verb>{'|'.join(AGREE)}|{_MODALS}|{_PAST}|{_PRESENT})\b"
)
_CLAUSE_START = re.compile(
    r"(?:^\W*|[.;:!?(]\s*|[.;:!?]\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+|(?:,\s*)?\b(?i:if|unless|when|whenever|"
    r"where|that|which|whether|because|provided|while|until|so|and|or|but)\s+)$"
)
_SUBJECT_VERB = re.compile(
    rf"\b(?P<det>(?:the|all|a|an)\s+)?(?P<noun>patients?|subjects?|participants?)\s+{_VERB}(?![-'’])", re.IGNORECASE
)
# "the patient" where no noun follows it ("the patient record", "the patient population" name other things)
_OBJECT = re.compile(
    r"\bthe\s+(?:patient|subject|participant)(?![-'’\w])(?=\s*(?:[,.;:)\]]|$)|\s+(?:to|from|at|in|into|for|of|with|"
    r"without|and|or|on|by|unless|if|when|while|during|before|after|as|than|until|because|since|throughout|under|"
    r"through|but|according|irrespective|regardless)\b|\s+(?:not\s+)?being\b|\s*\()",
    re.IGNORECASE,
)
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+the\s+(?:patient|subject|participant)(?![-'’\w])", re.IGNORECASE)
# "For example, the participant needing inpatient treatment": an example of a state, with no verb for "you" to take
_EXAMPLE_OF = re.compile(
    r"\b(?i:for\s+example|e\.?g\.?|such\s+as|i\.e\.),?\s+(?P<who>the\s+(?:patient|subject|participant)\s+)"
    r"(?=(?:not\s+)?[a-z]+ing\b)"
)
_OF_THE = re.compile(
    r"\bthe\s+(?P<what>(?:[a-z]+\s+)?[a-z-]+)\s+of\s+the\s+(?:patient|subject|participant)(?![-'’\w])", re.IGNORECASE
)
# "the patients' photographs", "subject's ability"; not "… for HCV Patients' below" (a title in quotes)
_POSSESSIVE = re.compile(
    r"\b(?P<det>(?i:the|a|an)\s+)?(?:(?i:patient|subject|participant)['’]s|(?:patient|subject|participant)s['’])(?=\s+[a-z])"
)
# a participant who is one of several, not the reader ("another patient", "each subject"); with "a"/"an" too
# where the noun has no article of its own ("a subject must …")
_OTHERS = "other|another|each|every|any|one|no"
_OTHER_ONE = re.compile(rf"\b(?:{_OTHERS})\s+$", re.IGNORECASE)
_ANOTHER = re.compile(rf"\b(?:{_OTHERS}|a|an)\s+$", re.IGNORECASE)
# a kind of patient before "patients'": "cancer patients' general well-being" is no "cancer your well-being"
_NOUN_BEFORE = re.compile(
    r"\b(?:cancer|oncology|hiv|aids|diabetic|diabetes|pediatric|paediatric|adult|elderly|older|younger|female|male|"
    r"transplant|dialysis|stroke|copd|asthma|icu|surgical|medical|other|healthy|hospitali[sz]ed|treated|untreated)\s+$",
    re.IGNORECASE,
)
# "he/she" with a verb other than "is", "has", "was", "does" (offline_person words those with their verb); the past of
# "take", "make" … too ("endanger you if he or she took part")
_HE_SHE = re.compile(
    r"\b(?:he\s*/\s*she|she\s*/\s*he|he\s+or\s+she|she\s+or\s+he|s/he)"
    r"(?=\s+(?!(?:is|has|was|does|had|did)\b)(?P<verb>[a-z]{3,}(?:s|ed)|took|made|gave|became|got|went|knew|understood)\b)"
)
_THEIR = re.compile(r"\b(?P<word>their|themselves)\b", re.IGNORECASE)
# "they" with a verb only a person's: "indicating that they are aware", "They must be willing", "if they meet",
# "a medicine that they are now taking" (not "they are the only lesions", "they have resolved", "they need to")
_THEY = re.compile(
    r"\b[Tt]hey\s+(?=(?:(?:must|should|will|may|can|could|would|do|did)\s+)?(?:not\s+)?(?:(?:now|also|currently|still|"
    r"previously|usually)\s+)?(?:(?:are|be|were)\s+(?:(?:now|currently|also|not|sufficiently|fully)\s+)?(?:aware|willing|able|"
    r"practi[cs]ing|intolerant|taking|getting|using|receiving|having|diagnosed|identified|proficient|clinically\s+fit)|"
    r"understand|agree|consent|wish|meet|take\s+part|participate|self-report|think|sign|start|move\s+about|"
    # what a person does about birth control ("Patients must ensure that they use contraception"): no thing uses it
    r"use|practi[cs]e|abstain|refrain|"
    r"need\s+to\s+have\s+been\s+off|"
    r"(?:have|had)\s+(?:not\s+)?(?:(?:previously|already|ever|fully)\s+)?(?:had|took|taken|received|completed|"
    r"recovered|participated|taken\s+part|the\s+ability|been\s+(?:previously\s+)?(?:treated|diagnosed|"
    r"(?:surgically\s+)?sterili[sz]ed|vasectomi[sz]ed|told))|had\s+(?:a|an|any)\s|met\s+the)\b)"
)
# someone other than the reader before "they": the people it may mean
_SOMEONE_BEFORE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|females?|males?|wom[ae]n|m[ae]n|people|persons|"
    r"volunteers?|smokers?|relatives?|famil(?:y|ies)|partners?|spouses?|parents?|child(?:ren)?(?![-\s]?pugh)|doctors?|"
    r"physicians?|investigators?|staff|donors?|caregivers?|guardians?|employees?|members?|representatives?)\b",
    re.IGNORECASE,
)
# a thing before "their": "the study drugs or their components", "any of their metabolites"
_THINGS_BEFORE = re.compile(r"\b(?:or|and|nor|(?:any|all|one|each|some|none|either)\s+of)\s+$", re.IGNORECASE)
# "control of their DIBS and their symptoms": after the reader's own thing, "and their" is the reader's too
_READERS_TOO = re.compile(r"\btheir\s+[\w-]+\s+(?:and|or)\s+$", re.IGNORECASE)
_THEIR_THING = re.compile(
    r"\s+(?:entirety|respective|own\s+right|components?|excipients?|formulations?|ingredients?|metabolites?|"
    r"analog(?:ue)?s?|derivatives?|class|constituents?|salts?|interpretation|use|vehicles?|preparations?)\b",
    re.IGNORECASE,
)
_THEIRS_ONLY = re.compile(r"\s+(?:(?:study\s+)?participation|taking\s+part|own\s+free\s+will)\b", re.IGNORECASE)
# someone else named earlier in the sentence, whom "their" may mean
_OTHER_PEOPLE = re.compile(
    r"\b(?:relatives?|famil(?:y|ies)|siblings?|parents?|partners?|spouses?|child(?:ren)?(?![-\s]?pugh)|mothers?|fathers?|"
    r"doctors?|physicians?|investigators?|staff|donors?|caregivers?|guardians?|employees?|members?|people|persons|"
    r"individuals|women|men|wom[ae]n|m[ae]n|infants?|babies|bab(?:y|ies)|sons?|daughters?)\b",
    re.IGNORECASE,
)


def base_form(verb: str) -> str:
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def _capital(text: str, at: int, word: str) -> str:
    """ "you" → "You" where a sentence starts (not after "i.e." or "e.g.", nor after a decimal point)."""
    before = re.sub(r"[\s\"'(\[]+$", "", text[:at])
    if not before or (
        before[-1] in ".!?" and not re.search(r"\b(?:i\.e|e\.g|etc|vs|approx|[A-Za-z])\.$", before, re.I)
    ):
        return word[:1].upper() + word[1:]
    return word


def later_mentions(text: str, after: int) -> list[Edit]:
    """Edits that make the mentions of the participant after offset `after` (the end of the opening that put the
    criterion in the second person) say "you" (see the module's docstring)."""
    edits: list[Edit] = []
    for m in _SUBJECT_VERB.finditer(text, after):
        noun, det = m.group("noun").lower(), (m.group("det") or "").lower().strip()
        if det != "the" and not _CLAUSE_START.search(text[: m.start("det") if m.group("det") else m.start("noun")]):
            continue  # "for patients who …", "treatment of patients may …": not the reader
        if det == "the" and _ANOTHER.search(text[: m.start()]):
            continue
        if det == "" and not noun.endswith("s") and m.start() > 0 and _ANOTHER.search(text[: m.start()]):
            continue  # "a subject must …", "each patient has …"
        if det in ("a", "an") and noun.endswith("s"):
            continue
        verb = m.group("verb").lower()
        edits.append(Edit(m.start(), m.end("noun"), _capital(text, m.start(), "you"), "person"))
        said = AGREE.get(verb) or (_PLAIN_BASE.get(verb) or base_form(verb) if verb in _PRESENT.split("|") else None)
        if said is not None and said != verb:  # a past tense stays the source's, for the plain words to reword
            edits.append(Edit(m.start("verb"), m.end("verb"), said, "person"))
        edits += agreeing(text, m.end())
    for m in _BEHALF.finditer(text, after):  # "consent on behalf of the patient" → "on your behalf"
        edits.append(Edit(m.start(), m.end(), "on your behalf", "person"))
    for m in _OF_THE.finditer(text, after):  # "the ability of the patient to …" → "your ability to …"
        edits.append(Edit(m.start(), m.end(), f"your {m.group('what')}", "person"))
    for m in _OBJECT.finditer(text, after):
        if not _SUBJECT_VERB.match(text, m.start()) and _capital(text, m.start(), "x") == "x":
            # not where a sentence starts: "The patient, if a man, agrees …" is a subject whose verb comes later
            edits.append(Edit(m.start(), m.end(), "you", "person"))
    for m in _POSSESSIVE.finditer(text, after):
        if not m.group("det") and _OTHER_ONE.search(text[: m.start()]):
            continue  # "another patient's" (but "a patient's ability" is the reader's)
        if not m.group("det") and m.group().endswith(("s'", "s’")) and _NOUN_BEFORE.search(text[: m.start()]):
            continue  # "to quantify cancer patients' general well-being": patients of a kind, not "cancer your"
        edits.append(Edit(m.start(), m.end(), _capital(text, m.start(), "your"), "person"))
    for m in _HE_SHE.finditer(text, after):  # "he/she participates" → "you participate"; "he/she returned"
        edits.append(Edit(m.start(), m.end(), "you", "person"))
        if m.group("verb").endswith("s"):
            edits.append(Edit(m.start("verb"), m.end("verb"), base_form(m.group("verb")), "person"))
    for m in _EXAMPLE_OF.finditer(text, after):
        edits.append(Edit(m.start("who"), m.end("who"), "", "person"))
    # people already said "you" above ("If patients have taken X, they need to …"): the reader, not someone else
    readers = {e.start for e in edits if e.text.lower() == "you"}
    for m in _THEY.finditer(text, after):
        # "the subject" before it is the reader (said "you" by `_OBJECT`): "risk to the subject if they take part"
        if not any(
            s.start() not in readers
            and (not re.search(r"\bthe\s+$", text[: s.start()], re.IGNORECASE) or s.group().lower().endswith("s"))
            for s in _SOMEONE_BEFORE.finditer(text, after, m.start())
        ):
            edits.append(Edit(m.start(), m.start() + 4, _capital(text, m.start(), "you"), "person"))
    for m in THEY_OR_THEIR_PARTNER.finditer(text, after):  # "they or their partner use" → "you or your partner use"
        if not any(s.start() not in readers for s in _SOMEONE_BEFORE.finditer(text, after, m.start())):
            edits.append(Edit(m.start("they"), m.end("they"), _capital(text, m.start(), "you"), "person"))
            edits.append(Edit(m.start("their"), m.end("their"), "your", "person"))
    edits += [e for e in _their(text, after) if not any(e.start == m.start("their") for m in
              THEY_OR_THEIR_PARTNER.finditer(text, after))]
    edits += reader_pronouns(text, after)  # "them", "his", "her", "he", "she" alone
    return edits


# ("… once their candidiasis has been treated and has resolved": "once" opens a clause with its own subject)
_CLAUSE_END = re.compile(
    r"[.;:]\s|\b(?:unless|if|when|because|although|while|whereas|except|that|which|who|once|until)\b"
)
# "… and is", and in a list of the subject's verbs "…, has previously made …, or is now …" ("and, is" too)
_LATER_VERB = re.compile(
    r"(?:\b(?:and|or|but)\s*,?|,)\s+(?:(?:currently|also|still|now)\s+)?(?P<verb>is|has|was|does|isn't|hasn't|doesn't|needs|requires|"
    r"agrees|meets|wishes|understands|consents|uses|takes|lives|speaks|provides|receives|weighs|smokes|plans|"
    # not "signs of", "needs for" (nouns); "is of childbearing potential" is the verb
    # (nor a word's part: "rt-CGMS and/or is-CGMS" names a device)
    r"intends|suffers|demonstrates|continues|undergoes|develops|refuses|lacks|"
    # ("signs", "dates" only before what is signed: not "fever and signs and symptoms", "and dates of …")
    r"(?:signs|dates)(?=\s+(?:a|an|the|their|his|her|written|informed)\b)|"
    r"reads|writes|follows|accepts|completes|resides|maintains)\b(?![-‐])"
    r"(?!(?<!\bis)(?<!\bwas)\s+(?:of|for)\b)",
    re.IGNORECASE,
)


def agreeing(text: str, after: int) -> list[Edit]:
    """ "… or you have X and is chemotherapy-naive" → "and are", "You are asystolic or requires CPR" → "or need CPR":
    the same subject's later verbs, to its clause's end (not past "that", "which" or "who", whose verbs have
    their own subject)."""
    end = _CLAUSE_END.search(text[after:])
    stop = after + end.start() if end else len(text)
    edits = []
    for m in _LATER_VERB.finditer(text, after, stop):
        verb = m.group("verb").lower()
        said = AGREE.get(verb) or _PLAIN_BASE.get(verb) or base_form(verb)
        edits.append(Edit(m.start("verb"), m.end("verb"), said, "person"))
    return edits


# a person named only as whose judgement or diagnosis it is ("the Investigator's determination", "documented
# physician diagnosis of asthma as their primary disease"): no one "their" may mean
_ONLY_AS_A_JUDGE = re.compile(
    r"['’]s?\b|\s+(?:diagnos[ie]s|diagnosed|-diagnosed|determination|assessment|judge?ment)\b"
)


def _named_before(sentence: str, owned: str = "") -> bool:
    """Whether someone else is named in `sentence`, whom "their" may mean: not the very people "their" owns
    ("have infants … not breastfeed their infants": the infants are not their own)."""
    return any(
        not _ONLY_AS_A_JUDGE.match(sentence, m.end()) and m.group().lower() != owned
        for m in _OTHER_PEOPLE.finditer(sentence)
    )


def _their(text: str, after: int) -> list[Edit]:
    edits: list[Edit] = []
    for m in _THEIR.finditer(text, after):
        before = text[: m.start()]
        # after the opening only: the people its words name ("Women of childbearing potential") are the reader
        sentence = re.split(r"[.;!?]\s+", before[after:])[-1]
        if _THEIRS_ONLY.match(text, m.end()):
            pass  # "contraindicates their participation": only the participant takes part
        elif (
            (_THINGS_BEFORE.search(before) and not _READERS_TOO.search(sentence))
            or _THEIR_THING.match(text, m.end())
            or _named_before(sentence, _owned(text, m.end()))
            or group_named_midway(sentence)  # "for subjects with liver involvement of their cancer"
        ):
            continue
        word = "your" if m.group("word").lower() == "their" else "yourself"
        bodies = re.compile(r"\s+bod(?:ies|y)\b", re.IGNORECASE).match(text, m.end())
        if bodies is not None:  # "implants in their bodies": one reader has one body
            edits.append(Edit(m.start(), bodies.end(), _capital(text, m.start(), "your body"), "person"))
            continue
        edits.append(Edit(m.start(), m.end(), _capital(text, m.start(), word), "person"))
    return edits


def _owned(text: str, at: int) -> str:
    """The word after "their" at `at` ("infants" in "their infants"), lower case."""
    word = re.match(r"\s+([\w-]+)", text[at:])
    return word.group(1).lower() if word else ""


# Words that start a clause of its own, or a phrase whose doer may be another ("a risk to the patient", "signed by
# the subject", "that may harm the participant"): a mention after one of them need not be the opening's object.
_OWN_CLAUSE_ENDS = re.compile(
    r"[,;:(\[]|\b(?:that|which|who|whom|whose|where|when|if|unless|because|such|so|as|while|whereas|than|to|"
    rf"{_MODALS}|is|are|was|were|be|been|being|risks?|harm|danger|hazard|safety)\b|\b\w+(?:ed|ing|en)\b",
    re.IGNORECASE,
)


def reader_named_by_the_opening(text: str, after: int) -> bool:
    """Whether the participant is named ("the participant") as an object in the very phrase the second
    person's opening starts, with no clause of its own between: "Has frequent contact with the participant" is
    about someone else (the participant's study partner), and "You have frequent contact with you" would make the
    reader both. `after` is where the opening's words end."""
    # not the possessive: "Severe kidney disease from the patient's history" is the reader's own history
    return any(not _OWN_CLAUSE_ENDS.search(text, after, m.start()) for m in _OBJECT.finditer(text, after))


def reader_twice(text: str, person: Sequence[Edit]) -> bool:
    """Whether the opening made "you" the subject of a phrase that names the participant as someone else: "Has
    frequent contact with the participant" (a study partner's criterion) is no "You have frequent contact with you"."""
    if not person:
        return False
    opening = min(person, key=lambda e: e.start)
    said = opening.text.lower()
    return (said.startswith("you ") or said.startswith("if you ")) and reader_named_by_the_opening(text, opening.end)
