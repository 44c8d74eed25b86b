"""Two groups named side by side, women who can become pregnant and men, put to the reader (offline backend).

translator.offline_narrowed says "WOCBP and men must use X" as "If you are a woman who can become pregnant or a
man, you must use X" only with the duty right after "men". The corpus also describes the men, joins the groups with
"or", or has no duty (an exclusion that names both groups). Here, each group stays named:

- with a duty: "Women of child-bearing potential and men with partners of child-bearing potential must agree to use
  X" → "If you are a woman who can get pregnant, or a man with partners able to get pregnant, you must agree to use
  X"; "WOCBP or men whose partners are WOCBP must …"; "… and men who partner with such a woman …" ("who partners");
- with no duty, in an exclusion, a description both groups share: "WOCBP and men not using adequate birth control"
  → "You are a woman who can get pregnant or a man, and are not using good enough birth control"; "… and men of
  fathering potential unable or unwilling to use …" → "… or a man of fathering potential, and are unable or …".

The men's description stays the source's words (term edits still reach it), made singular only where its verb
must agree ("who have" → "who has"). A comma, "she"/"they" or another group after the men, a second verb in their
description, or (with no duty) a "who" or "with" that might describe only the men ("men with partners … who are
not using"): no edit.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit, wants_an
from translator.offline_openings import FINITE
from translator.offline_readers_own import THEY_OR_THEIR_PARTNER
from translator.offline_sexually_active import duty_form
from translator.offline_subjects_words import DUTY, LEXICAL, SINGULAR
from translator.word_keys import word_key

_MEN = re.compile(
    r"\s+(?P<join>and|or|and/or)\s+(?P<men>(?:(?:sexually\s+(?:active|mature)|fertile)\s+)?"
    r"(?P<head>men|males|male\s+(?:participants|subjects|patients)))\b",
    re.IGNORECASE,
)
# men offline_narrowed does not name ("sexually mature males")
_UNLISTED = re.compile(r"(?:sexually\s+mature|fertile)\b", re.IGNORECASE)
_ONE_MAN = {"men": "man", "males": "male", "male participants": "male participant", "male subjects": "male subject",
            "male patients": "male patient"}  # fmt: skip
# the duty that is the sentence's main verb ("agrees to" is a "who" clause's verb when "who" comes before it)
_MAIN_DUTY = re.compile(rf"\b(?:{DUTY.pattern}|(?<!\bwho\s)(?<!\bnot\s)(?P<agree>agree\s+to)\b)", re.IGNORECASE)
# how the men alone are described before the duty: "with (female) partners …", "whose partners …", "who have sexual
# contact with …", "of fathering potential", "participating in the study"
_DESCRIBED = re.compile(
    r"\s+(?:with\b|whose\b|who\s+(?P<verb>[\w'’]+)\b|of\s+(?:fathering|reproductive)\s+potential\b|"
    r"(?:participating|taking\s+part)\s+in\b)",
    re.IGNORECASE,
)
# what both groups share when no duty follows (an exclusion): "not using", "unwilling or unable to use"
_SHARED = re.compile(
    r"(?P<qual>\s+(?:of\s+fathering\s+potential|of\s+reproductive\s+potential|with\s+reproductive\s+(?:ability|"
    r"potential)))?\s+(?P<state>(?:not\s+)?(?:using|practicing|practising|employing|taking|willing|unwilling|able|"
    r"unable)\b)",
    re.IGNORECASE,
)
# the one reader's verb after "who": "who have" → "who has", "who partner with" → "who partners with"
_ONE_VERB = {**SINGULAR, "partner": "partners", "engage": "engages", "practice": "practices", "practise": "practises"}
_SOMEONE_ELSE = re.compile(
    r"\b(?:she|her|hers|herself|he|him|his|himself|they|them|those|m[ae]n|males?|patients?|subjects?|participants?|"
    r"children|child(?![-\s]?(?:pugh|bearing))|infants?)\b",
    re.IGNORECASE,
)
_FEMALE_PARTNER = re.compile(r"\b(?:fe)?male\s+(?=(?:sexual\s+)?partners?\b)", re.IGNORECASE)


def paired_group_edits(text: str, masked: str, start: int, at: int, end: int, subject: str, kind: SectionKind) -> (
    list[Edit]
):
    """Edits that put "<women who can become pregnant> and/or <men …> …" to the reader, or none (see the module).

    `masked` is `text` with its brackets blanked, `at` where the women's group (said as `subject`, "a woman who can
    become pregnant") ends and `end` where the sentence ends."""
    men = _MEN.match(masked, at, end)
    if men is None:
        return []
    duty = _MAIN_DUTY.search(masked, men.end(), end)
    if duty is not None:
        return _with_duty(text, masked, start, subject, men, duty, end)
    if kind is not SectionKind.EXCLUSION:
        return []  # "Women … and men not using X" in an inclusion would ask the reader to be one
    return _unless_willing(text, masked, start, subject, men, end) or _shared(text, masked, start, subject, men, end)


def _one_man(men: re.Match[str]) -> str:
    """ "sexually active males" → "a sexually active male"."""
    words = men.group("men")
    head = " ".join(word_key(men.group("head")).split())
    one = words[: men.start("head") - men.start("men")] + _ONE_MAN[head]
    return f"{'an' if wants_an(one) else 'a'} {' '.join(one.split())}"


def _with_duty(
    text: str, masked: str, start: int, subject: str, men: re.Match[str], duty: re.Match[str], end: int
) -> list[Edit]:
    description = masked[men.end() : duty.start()]
    if not description.strip() and men.group("join").lower() == "and" and not _UNLISTED.match(men.group("men")):
        return []  # offline_narrowed says it: "If you are a woman who can become pregnant or a man, you must"
    after = _FEMALE_PARTNER.sub("", masked[duty.end() : end])
    if _SOMEONE_ELSE.search(after) or "," in description or ";" in description:
        return []  # "… must use X and she must …", "men, who have …, must": more than one reader or clause
    # a comma after the women's group when the men's description follows, so "or" reads as joining the two groups
    join = ", or " if description.strip() else " or "
    edits = [Edit(start, men.start("men"), f"If you are {subject}{join}", "person")]
    edits.append(Edit(men.start("men"), men.end("head"), _one_man(men), "person"))
    if description.strip():
        described = _DESCRIBED.match(masked, men.end())
        if described is None or _another_verb(masked, described, duty.start()):
            return []
        if re.search(r"\b(?:she|her|he|his|they|them|their)\b", description, re.IGNORECASE):
            return []  # a pronoun whose person the reader's "you" would change
        verb = described.group("verb")
        if verb is not None:
            one = _ONE_VERB.get(word_key(verb))
            if one is None:
                return []  # "men who agreed …": no verb form we can say of one
            if one != verb:
                edits.append(Edit(described.start("verb"), described.end("verb"), one, "person"))
    lead = len(masked[: duty.start()].rstrip())
    edits.append(Edit(lead, duty.start(), ", you ", "person"))
    return edits + duty_form(duty)


def _another_verb(masked: str, described: re.Match[str], until: int) -> bool:
    """Whether the men's description holds a verb besides its "who" clause's own ("who have X and are Y")."""
    skip = described.end("verb") if described.group("verb") else described.end()
    if re.match(r"\s+whose\b", described.group(), re.IGNORECASE):  # "whose partners are …": the clause's verb
        verb = re.compile(FINITE.pattern, re.IGNORECASE).search(masked, skip, until)
        skip = verb.end() if verb else skip
    for f in re.finditer(rf"{FINITE.pattern}|{LEXICAL.pattern}", masked[:until], re.IGNORECASE):
        if f.start() < skip:
            continue
        word = f.group().lower()
        before = masked[skip : f.start()].split()
        if word.endswith("ed") and before and before[-1].lower() not in ("and", "or", "who", "that"):
            continue  # "partners not sterilized by surgery": a participle of the partners
        if before and before[-1].lower() in ("who", "that", "which"):
            continue  # the partners' own clause ("partners who are pregnant")
        return True
    return False


def _shared(text: str, masked: str, start: int, subject: str, men: re.Match[str], end: int) -> list[Edit]:
    """ "WOCBP and men not using X" → "You are a woman who can become pregnant or a man, and are not using X"."""
    shared = _SHARED.match(masked, men.end(), end)
    if shared is None:
        return []
    rest = masked[shared.end() : end]
    if _SOMEONE_ELSE.search(_FEMALE_PARTNER.sub("", rest)) or re.search(r"\b(?:who|which|that)\b", rest, re.I):
        return []  # "… unless they …", "… who are …": a clause whose subject the groups may or may not be
    if re.search(rf"(?:^|\s)(?:{FINITE.pattern})\s", rest, re.IGNORECASE) or re.search(r"\band\s+agrees?\b", rest):
        return []  # "… not using X and are Y": a second verb for the two groups
    qual_end = shared.end("qual") if shared.group("qual") else men.end()
    return [
        Edit(start, men.start("men"), f"You are {subject} or ", "person"),
        Edit(men.start("men"), men.end("head"), _one_man(men), "person"),
        Edit(qual_end, shared.start("state"), ", and are ", "person"),
    ]



# the men by their partner who can become pregnant, then the exception both groups share: "…, unless willing to"
_UNLESS_WILLING = re.compile(
    r"\s+whose\s+(?:(?:female|sexual)\s+)?partners?\s+(?:is|are)\s+(?:of\s+child-?\s?bearing\s+potential|able\s+to\s+"
    r"(?:become|get)\s+pregnant)\s*,\s*unless\s+(?P<willing>willing)\s+to\b",
    re.IGNORECASE,
)


def _unless_willing(text: str, masked: str, start: int, subject: str, men: re.Match[str], end: int) -> list[Edit]:
    """ "WOCBP and male patients whose partner is of child bearing potential, unless willing to ensure that they or
    their partner use X" → "You are a woman who can become pregnant, or a male patient whose partner is …, unless you
    are willing to ensure that you or your partner use X": either group is excluded unless willing, and "they or their
    partner" is the reader and the reader's own partner. Only with that one pair of pronouns after the exception and
    no other person or clause of its own."""
    m = _UNLESS_WILLING.match(masked, men.end(), end)
    if m is None:
        return []
    rest = masked[m.end() : end]
    pair = THEY_OR_THEIR_PARTNER.search(rest)
    if pair is None:
        return []
    others = _FEMALE_PARTNER.sub("", rest[: pair.start()] + rest[pair.end() :])
    if _SOMEONE_ELSE.search(re.sub(r"\bpartners?\b", "", others, flags=re.I)) or re.search(r"\b(?:who|which)\b", rest):
        return []  # "… unless they …", another pronoun or person whose part "you" would blur
    at = m.end()
    return [
        Edit(start, men.start("men"), f"You are {subject}, or ", "person"),
        Edit(men.start("men"), men.end("head"), _one_man(men), "person"),
        Edit(m.start("willing"), m.end("willing"), "you are willing", "person"),
        Edit(at + pair.start("they"), at + pair.end("they"), "you", "person"),
        Edit(at + pair.start("their"), at + pair.end("their"), "your", "person"),
    ]
