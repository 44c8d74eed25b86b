"""A group said eligible, put to the reader as a condition (offline backend).

"Patients with brain metastases are eligible provided the following are true:" names a group and says it may
take part; translator.offline_person and offline_subjects leave a criterion that names eligibility to others, so
it stayed in the third person. Said to the reader, the group is the condition and the verdict is theirs:

- "Patients with X are eligible" → "If you have X, you are eligible" (offline_plain_clauses then says "can take
  part"); "Participants who are HBsAg positive are eligible if they have received …" → "If you are HBsAg
  positive, you are eligible if you have received …";
- a single "who are / who have" after the group's "with" joins it: "Patients with X who are asymptomatic are
  eligible" → "If you have X and are asymptomatic, you …";
- one of a sex said eligible on a condition on her or him: "A female subject is eligible to participate if she is
  not pregnant" → "If you are female, you can take part if you are not pregnant" ("she is" → "you are", "she
  agrees" → "you agree", "her" → "your"; "if she is of:" before its items → "if you are:").

Only the subject, the words that tie the description to it and the plural pronouns that can only mean the group
("they", "their", "them") change: the description and the rest stay as written. No edit where the description
has a clause of its own ("for which a stent has been placed", "whose natural history …"), names another person
(the patient's physician), says two groups at once ("node-positive and node-negative", "with or without"), or
where a "they" might mean a plural thing named first ("brain metastases … if they have been stable"); nor where
a later sentence says "they" or a singular "he"/"she" speaks of someone.
"""

from __future__ import annotations

import re

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_mentions import AGREE, base_form
from translator.offline_people_pronouns import only_people_meant
from translator.offline_subjects_words import OTHERS, PLURAL_THING

_SUBJECT = re.compile(
    r"(?:the\s+)?(?:patients|subjects|participants)\s+"
    r"(?:(?P<with>with)\b(?!\s+(?:or|and|and/or)\s+without\b|\s+(?:none|any)\b)"
    r"|who\s+(?P<verb>(?:have\s+)?(?:had|received|been)|have|are|were|require|need)\b)",
    re.IGNORECASE,
)
# the group's verdict: "are eligible", "may be included", "can take part" (the words the section's check counts)
_VERDICT = re.compile(
    # ("will only be eligible after …": the "only" stays with its verdict)
    r"\s*,?\s+(?:(?:are|(?:will|may|can)\s+(?:only\s+)?be)\s+(?:also\s+|only\s+)?(?:eligible|included|entered|enrolled)"
    r"|(?:can|may)\s+(?:also\s+)?take\s+part|(?:are|will\s+be)\s+allowed(?=\s+(?:on|in|into)\s+(?:the\s+)?(?:study|trial)\b))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:](?=\s|$)")
# a clause of the description's own, or a word that makes it more than one thing said of the reader
_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|if|unless|is|was|has|will|would|shall|should|must|may|can|cannot|"
    r"could|does|do|did|although|but|except|or\s+those|he|she|his|her|him|it|its|they|their|them)\b"
    r"|\b(?:positive|negative)\b.*\band\b.*\b(?:positive|negative)\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"\s*,?\s*\bwho\s+(?=(?:are|have|had|were)\b)", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?P<p>they|their|them|themselves|theirs)\b", re.IGNORECASE)
_SAID = {"they": "you", "their": "your", "them": "you", "themselves": "yourself", "theirs": "yours"}
# a later sentence whose subject is the group again ("…; patients must have had …"): "you" and "patients" would mix
_GROUP_AGAIN = re.compile(r"[.;:]\s+(?:the\s+|these\s+|such\s+)?(?:patients|subjects|participants)\b", re.IGNORECASE)
# "A female subject is eligible to enter and participate in the study if she …": one of a sex, then its verdict
_ONE = re.compile(
    r"an?\s+(?P<sex>female|woman|male|man)(?:\s+(?:subject|participant|patient|volunteer))?\s+"
    r"(?P<verdict>(?:(?P<be>is|may\s+be|can\s+be|will\s+be)\s+(?:also\s+)?eligible|(?:can|may)\s+take\s+part)\b)",
    re.IGNORECASE,
)
_CAN_TAKE_PART = re.compile(
    r"is\s+eligible(?:\s+to\s+(?:enter\s+and\s+)?(?:participate|take\s+part)(?=\s+(?:in|if)\b|\s*[.;,:]|$)"
    r"|(?=\s+if\b)|\s+for\s+(?:this|the)\s+(?:study|trial)(?=\s+if\b))",
    re.IGNORECASE,
)
_THEM = re.compile(r"\b(?:they|them|their|themselves)\b", re.IGNORECASE)
_SINGULAR = re.compile(r"\b(?:he|she|his|her|him|himself|herself|he/she|his/her)\b", re.IGNORECASE)


def eligible_group_edits(text: str, kind: SectionKind = SectionKind.INCLUSION) -> list[Edit]:
    """ "Patients with X are eligible if they …" → "If you have X, you are eligible if you …", or none.

    Edits whose text alone the fidelity check faults ("leukemia t(15;17), you …" reads the comma as a list of
    numbers) are dropped here, so the criterion keeps every other rewrite rather than falling back a level.
    """
    edits = _edits(text)
    if not edits:
        return []
    item = RequestItem(ref="1", text=text, facts=extract_facts(text))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    return (
        [] if errors(check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))) else edits
    )


def _edits(text: str) -> list[Edit]:
    start = len(text) - len(text.lstrip())
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda b: " " * len(b.group()), text)  # asides hold no clause
    m = _SUBJECT.match(text, start)
    if m is None:
        return _one_of_a_sex(text, start, masked)
    stop = _SENTENCE_END.search(masked, m.end())
    end = stop.start() if stop else len(text)
    verdict = _VERDICT.search(masked, m.end(), end)
    if verdict is None or _SINGULAR.search(text):
        return []
    desc = masked[m.end() : verdict.start()]
    who = list(_WHO.finditer(desc))
    if not desc.strip() or len(who) > 1 or (who and not m.group("with")):
        return []
    bare = _WHO.sub(" ", desc)
    if _CLAUSE.search(bare) or OTHERS.search(bare) or "(" in bare or ")" in bare:
        return []
    # "hepatitis" is no plural, nor is a Greek "-sis" or an adjective in "-ous" ("myelogenous leukemia in blast crisis")
    described = re.sub(r"\w+(?:itis|sis|ous)\b", "", text[m.end() : verdict.start()])
    # ("… are eligible provided they are not taking steroids": only people take them, offline_people_pronouns)
    they = _PRONOUN.search(text, verdict.end()) and not only_people_meant(text, verdict.end(), end)
    if PLURAL_THING.search(described) and they:
        return []  # "Patients with brain metastases are eligible if they have been stable": they may be the metastases
    others = (o for o in OTHERS.finditer(masked, verdict.end(), end) if not _PRONOUN.fullmatch(o.group()))
    if _PRONOUN.search(text, end) or next(others, None) or _GROUP_AGAIN.search(masked, end):
        return []  # a later sentence's "they", another person after the verdict: not surely the reader
    opening = "If you have" if m.group("with") else f"If you {m.group('verb').lower()}"
    edits = [Edit(start, m.end(), opening, "person")]
    if who:
        w = who[0]
        edits.append(Edit(m.end() + w.start(), m.end() + w.end(), " and ", "person"))
    # the verdict was found in the text with its asides blanked: an aside just before it ("antibody (eg:
    # pembrolizumab or nivolumab) may be enrolled") stays, and ", you" follows it
    verb = verdict.start() + len(verdict.group()) - len(verdict.group().lstrip(" ,"))
    edits.append(Edit(len(text[:verb].rstrip(" ,")), verb, ", you ", "person"))
    for p in _PRONOUN.finditer(text, verdict.end(), end):
        said = _SAID[p.group("p").lower()]
        edits.append(Edit(p.start(), p.end(), said, "person"))
    return edits


def _one_of_a_sex(text: str, start: int, masked: str) -> list[Edit]:
    """ "A female subject is eligible to participate if she is not pregnant" → "If you are female, you are eligible
    to participate if you are not pregnant" (offline_plain then says "can take part"), or none."""
    m = _ONE.match(text, start)
    if m is None:
        return []
    stop = _SENTENCE_END.search(masked, m.end())
    end = stop.start() if stop else len(text)
    pronoun = r"\bshe\b" if m.group("sex").lower() in ("female", "woman") else r"\bhe\b"
    if _THEM.search(masked, m.end()) or re.search(r"\b(?:he|she)\b", text[end:], re.IGNORECASE):
        return []  # a plural person or a later sentence about her: not surely the reader
    if OTHERS.search(masked, m.end(), end) or not re.search(rf"\bif\s+{pronoun}", masked[m.end() : end], re.I):
        return []  # "… if she and her partner …", or no condition on her: the source's words
    sex = "female" if m.group("sex").lower() in ("female", "woman") else "male"
    if stop is not None and text[stop.end() :].strip():
        # "if she is: i) not able …, ii) able to become pregnant, but has …", "if she: a. Is not able to …": the
        # items run on with verbs of their own, which would not agree with "you"
        return []
    edits = [Edit(start, m.start("verdict"), f"If you are {sex}, you ", "person")]
    if (m.group("be") or "").lower() == "is":  # not "you is eligible"; the plain words' own "can take part" where
        # they would have said it (a person edit here overrides theirs)
        plain = _CAN_TAKE_PART.match(text, m.start("verdict"))
        edits.append(Edit(m.start("be"), plain.end() if plain else m.end("be"), "can take part" if plain else "are",
                          "person"))  # fmt: skip
    for p in re.finditer(rf"{pronoun}(?P<adv>\s+(?:either|also|only|still|currently|not))?(?:\s+(?P<verb>[a-z]+)\b)?",
                         text[:end], re.IGNORECASE):  # fmt: skip
        if p.start() < m.end():
            continue
        edits.append(Edit(p.start(), p.start() + len(p.group().split()[0]), "you", "person"))
        verb = p.group("verb")
        if verb is not None:
            said = AGREE.get(verb) or (base_form(verb) if verb.endswith("s") else verb)
            # "if she is of:" before its items → "if you are:"; not before inline text ("of: Non-child-bearing …")
            if verb == "is" and re.match(r"\s+of\s*:\s*$", text[p.end() :]):
                edits.append(Edit(p.start("verb"), p.end() + len(re.match(r"\s+of", text[p.end() :]).group()),  # type: ignore[union-attr]
                                  said, "person"))  # fmt: skip
            elif said != verb:
                edits.append(Edit(p.start("verb"), p.end("verb"), said, "person"))
    for h in re.finditer(r"\b(?P<w>her|his|herself|himself)\b", text[:end], re.IGNORECASE):
        if h.start() > m.end():
            if h.group("w").lower() in ("her", "his") and not re.match(
                r"\s+(?!(?:to|in|from|for|with|and|or|if|at|by)\b)[a-z]", text[h.end() :]
            ):
                return []  # "allow her to": not surely "your"
            said = "yourself" if h.group("w").lower().endswith("self") else "your"
            edits.append(Edit(h.start(), h.end(), said, "person"))
    return edits
