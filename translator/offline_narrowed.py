"""A subject narrowed by whether they can have children, put to the reader with its narrowing kept (offline backend).

"Women of childbearing potential (WOCBP) must use …", "FCBP must also agree …", "A WOCBP must have …" were left in
the third person: translator.offline_openings.gendered_opening takes only a short description with no aside, and
an abbreviation is no subject it knows. Here:

- with a duty: "Women of childbearing potential must use X" → "If you are a woman who can become pregnant, you must
  use X"; "WOCBP who are sexually active must …" → "If you are a woman who can become pregnant and are sexually
  active, you must …";
- with no main verb (mostly an exclusion): "WOCBP who are not using birth control" → "You are a woman who can become
  pregnant and are not using birth control"; "WOCBP not using …" → "… and are not using …"; "Women of childbearing
  potential with a positive pregnancy test" → "… and have a positive pregnancy test".

The narrowing is said in the lexicon's plain words for the group, made singular ("women who can become pregnant" →
"a woman who can become pregnant", "male patients able to have children" → "a male patient able to have children").
Another group beside it ("WOCBP and men must …"), "she"/"her" in the sentence (a third person "you" would sit
beside), or a second verb in the description: no edit.
"""

from __future__ import annotations

import re

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_edits import Edit, apply, merge, tidy, wants_an
from translator.offline_mentions import agreeing
from translator.offline_openings import FINITE
from translator.offline_paired_groups import paired_group_edits
from translator.offline_partner_pregnancies import partner_pregnancy_edits
from translator.offline_partnered import partnered_edits
from translator.offline_predicate_groups import predicate_group_edits
from translator.offline_sentence_ends import blank_asides, group_stop
from translator.offline_sexually_active import sexually_active_edits
from translator.offline_subjects_words import BE_REQUIRED, DUTY, LEXICAL, PERSONAL, reader_verb
from translator.word_keys import word_key

_HEAD = (
    r"(?:(?:fe)?male\s+(?:patients?|subjects?|participants?|volunteers?)|wom[ae]n|(?:fe)?males?|m[ae]n|adults?|"
    r"(?P<plain>patients?|subjects?|participants?))"
)
_NARROW = re.compile(
    rf"(?:(?:an?|all)\s+)?(?P<phrase>{_HEAD}\s+(?:of|with)\s+(?:non-?\s?)?(?:child-?\s?bearing|reproductive)\s+potential"
    # "Women of childbearing age" (the lexicon's "of an age when pregnancy is possible"); "Patients of childbearing or
    # child fathering potential", either parent's potential: "able to get pregnant or father a child"
    r"|(?P<aged>female\s+(?:patients?|subjects?|participants?|volunteers?)|wom[ae]n|females?)\s+of\s+child-?\s?bearing"
    r"\s+age"
    r"|(?:patients|subjects|participants)\s+of\s+(?P<either>child-?\s?bearing\s+or\s+child-?\s?fathering)\s+potential)"
    r"(?P<aside>\s*\((?:[A-Z]{3,6}s?)\))?(?P<mark>[*†‡]*)"
    r"|(?:an?\s+|all\s+)?(?P<abbr>WOCBP|WCBP|FCBP|FOCBP)s?\b(?P<mark2>[*†‡]*)",
    re.IGNORECASE,
)
_ABBREVIATED = {"wocbp": "woman who can become pregnant", "wcbp": "woman who can become pregnant",
                "fcbp": "female who can become pregnant", "focbp": "female who can become pregnant"}  # fmt: skip
_ONE = {"women": "woman", "woman": "woman", "females": "female", "female": "female", "men": "man", "man": "man",
        "males": "male", "male": "male", "patients": "patient", "subjects": "subject", "participants": "participant",
        "volunteers": "volunteer", "adults": "adult", "adult": "adult"}  # fmt: skip
# someone else in the sentence: "WOCBP and men must …", "… before she starts taking …"
_ANOTHER = re.compile(
    r"\b(?:she|her|hers|herself|he|him|his|himself|m[ae]n|wom[ae]n|males?|females?|patients?|subjects?|"
    r"participants?|they|them|those|children|child(?![-\s]?pugh)|infants?)\b",  # "their": the reader's (later_mentions)
    re.IGNORECASE,
)
_WHO = re.compile(r"\s*,?\s*(?:who|that)\s+(?P<adv>(?:(?:also|currently|still|not)\s+)*)(?P<verb>[\w'’]+)", re.I)
_PARTICIPLE = re.compile(
    r"\s+(?P<words>(?:not\s+)?(?:using|practicing|practising|taking|receiving|employing|planning|intending|willing|"
    r"unwilling|able|unable|breast-?\s?feeding|nursing|lactating|pregnant|sexually\s+active|protected|without))\b",
    re.IGNORECASE,
)
_THEY = re.compile(r"\b(?:if|unless|until|when|provided|once)\s+(?P<they>they)\b", re.IGNORECASE)
_HERS = re.compile(r"\s+(?:final|next|menstrual|pregnancy|pregnancies|eggs?|ova|period|periods)\b", re.IGNORECASE)
_WITH = re.compile(r"\s+with\s+(?=\S)", re.IGNORECASE)
_PARTNER = re.compile(
    r"\b(?:fe)?male\s+(?=(?:sexual\s+)?partners?\b)|\b(?:non-?\s?sterili[sz]ed|sterile)\s+(?:fe)?male\b"
    r"|\bsexually\s+active\s+with\s+(?:a\s+)?(?:m[ae]n|(?:fe)?males?)\b",  # with whom, not who: no second reader
    re.I,
)
# the duty that is the sentence's main verb; "agrees to" says what is asked as much as "must agree to"
# (not after "not": "who does not agree to" is the description, whose "not" a duty after it would leave behind, as
# "If you are a woman who can become pregnant and do not, you agree to …")
_MAIN_DUTY = re.compile(rf"{DUTY.pattern}|(?<!\bwho\s)(?<!\bnot\s)(?<!n't\s)(?P<agree>agrees?\s+to)\b", re.I)
_RELATIVE_END = re.compile(r"\b(?:that|which|who|whom)\s+$", re.IGNORECASE)
# "… and are not using X or who are breastfeeding": the relative pronoun went with the subject
_OR_WHO = re.compile(r"\b(?:and|or|and/or)\s+(?P<who>who\s+)(?=(?:are|have|had|were|is|has|was|do|does)\b)", re.I)


def narrowed_edits(text: str, kind: SectionKind, lexicon: Lexicon) -> list[Edit]:
    """Edits that put a criterion opening with a group narrowed by child-bearing to the reader, or none.

    Without a duty only in an exclusion: there "You are a woman who can become pregnant and are not using X" is
    what excludes; in an inclusion "Women of childbearing potential with a negative test" is a condition for
    those women, and "You are a woman who …" would make being one a requirement."""
    start = len(text) - len(text.lstrip())
    m = _NARROW.match(text, start)
    if m is None:  # other narrowings, each in its own module: "Sexually active males not using X", "Men with a
        # female partner of … must", "Patients allergic to X", "Female who is pregnant …; or male whose partner is …"
        others = (sexually_active_edits, partnered_edits, predicate_group_edits, partner_pregnancy_edits)
        return next((edits for rule in others if (edits := rule(text, kind))), [])
    one = "" if m.group("plain") or m.group("either") else _one_of(m, lexicon)
    if one is None:
        return []
    # brackets hold no verb or group of the sentence's own ("(all female subjects must have a negative test)")
    masked = blank_asides(text)
    if (defined := _SELF_DEFINED.match(masked, m.end())) is not None:  # the group's own definition, an aside too
        masked = masked[: defined.start()] + " " * len(defined.group()) + masked[defined.end() :]
    stop = group_stop(masked, m.end())
    end = stop.start() if stop else len(text)
    if stop is not None and stop.group().startswith(":"):
        return []  # "Women of childbearing potential:" heads a list of what is asked of them
    if defined is not None and text[end:].strip(" .;"):
        return []  # "…, defined as all women …. UNLESS they are:": whom the later "they" means is unsure
    mark = m.group("mark") or m.group("mark2") or ""
    # "Patients of childbearing potential": what the lexicon says of any who could ("able to become pregnant", "able
    # to have children" for "of reproductive potential"), with no noun that would make it a group of women
    subject = f"{'an' if wants_an(one) else 'a'} {one}{mark}"  # ("an adult able to have children")
    if m.group("plain"):
        subject = ("able to become pregnant" if "child" in m.group().lower() else "able to have children") + mark
    if m.group("either"):  # (no sex: "a patient who can father a child" is as much the reader)
        subject = "able to get pregnant or father a child" + mark
    # "… 30 days after their final study visit": with no one else in the sentence, what is theirs is the reader's
    yours = [Edit(t.start(), t.end(), "your", "person") for t in re.finditer(r"\btheir\b", text[:end])
             if t.start() > m.end() and (PERSONAL.match(text, t.end()) or _HERS.match(text, t.end()))]  # fmt: skip
    # "WOCBP and men with X must …", "WOCBP or men …", "WOCBP and men not using X" (translator.offline_paired_groups)
    if paired := paired_group_edits(text, masked, start, m.end(), end, subject, kind):
        return [*paired, *(y for y in yours if all(y.start != p.start for p in paired))]  # (one "your" for "their")
    if (men := _AND_MEN.match(masked, m.end(), end)) is not None:
        opening = _and_men(masked, start, subject, men, end)
        return [*opening, *yours] if opening else []
    # "WOCBP may be enrolled if they agree to …": a "they" that opens a condition can only be the group, the reader
    # (not past an aside of the sentence's own: "(including perimenopausal females who …) must agree …" may lose
    # its opening to the words inside, and "until you have completed" would then follow "Female subjects")
    own_aside = "(" in text[m.end() : end]
    theirs = [] if own_aside else [Edit(t.start("they"), t.end("they"), "you", "person")
                               for t in _THEY.finditer(masked, m.end(), end)]  # fmt: skip
    if _ANOTHER.search(_PARTNER.sub("", masked[m.end() : end] if own_aside else _THEY.sub(" ", masked[m.end() : end]))):
        return []
    yours += theirs
    # (not a relative clause's own modal: "… in sexual activity that could lead to pregnancy, must agree …")
    duties = _MAIN_DUTY.finditer(masked, m.end(), end)
    duty = next((d for d in duties if not _RELATIVE_END.search(masked, 0, d.start())), None)
    description = text[m.end() : duty.start() if duty else end]
    aside = re.fullmatch(r"\s*(?P<aside>\([^()]*\))?\s*,?\s*(?P<adv>(?:(?:also|still|then)\s+)?)", description)
    if duty is not None and aside is not None:  # "FCBP (as defined in Appendix 4) must …": the aside stays the group's
        adverbs = aside.group("adv").strip()
        you = f"you {adverbs + ' ' if adverbs else ''}"
        if aside.group("aside"):  # left where it stands, so the edits of its facts ("[ie, ≥ 12 months …]") still apply
            around = [Edit(start, m.end(), f"If you are {subject}", "person"),
                      Edit(m.end() + aside.end("aside"), duty.start(), f", {you}", "person")]  # fmt: skip
            return [*around, *_duty_form(duty), *yours]
        return [Edit(start, duty.start(), f"If you are {subject}, {you}", "person"), *_duty_form(duty), *yours]
    if duty is not None and (whose := _WHOSE_PARTNERS.fullmatch(text, m.end(), duty.start())) is not None:
        # "WOCBP whose male partners are potentially fertile (that is, no vasectomy) must use …": the clause stays
        return [Edit(start, m.end(), f"If you are {subject}", "person"),
                Edit(whose.end("clause"), duty.start(), ", you ", "person"), *_duty_form(duty), *yours]  # fmt: skip
    if duty is None and kind is SectionKind.INCLUSION and _ASKED.match(masked, m.end(), end):
        return _asked(text, masked, start, m.end(), end, subject, yours)
    if duty is None and kind is not SectionKind.EXCLUSION:
        return []
    if duty is None and re.fullmatch(r"\s*(?:,?\s*(?:unless|except)\b.*)?", masked[m.end() : end], re.DOTALL | re.I):
        return [Edit(start, m.end(), f"You are {subject}", "person"), *yours]  # "FCBP, unless using birth control …"
    condition = _description(text, m.end(), duty.start() if duty else end)
    if condition is None:
        return []
    said, lead_end = condition
    if duty is None:
        if _second_verb(masked, lead_end, end):
            return []
        later_who = [Edit(w.start("who"), w.end("who"), "", "person") for w in _OR_WHO.finditer(text, lead_end, end)]
        edits = [Edit(start, lead_end, f"You are {subject} and {said}", "person"), *later_who,
                 *agreeing(text, lead_end), *yours]  # fmt: skip
        return _either(text, kind, (start, lead_end, end), subject, said, edits) or edits
    if _second_verb(masked, lead_end, duty.start()) or "," in text[lead_end : duty.start()].rstrip(" ,"):
        return []  # "WOCBP who are X, and who have Y must": more than one description to move
    between = len(text[: duty.start()].rstrip(" ,"))
    return [
        Edit(start, lead_end, f"If you are {subject} and {said}", "person"),
        Edit(between, duty.start(), ", you ", "person"),
        *_duty_form(duty),
        *yours,
    ]


# "WOCBP and men must …", "Women of childbearing potential and sexually active males are required to …": either
# group has the duty, so the reader who is either has it
_AND_MEN = re.compile(
    r"\s+and\s+(?P<men>(?:(?:sexually\s+active|non-?\s?surgically\s+sterile)\s+)?(?P<head>men|males|male\s+"
    r"(?:participants|subjects|patients))(?:\s+(?:of\s+fathering|with\s+reproductive)\s+potential)?)\s+(?=\S)",
    re.IGNORECASE,
)
_ONE_MAN = {"men": "man", "males": "male", "male participants": "male participant", "male subjects": "male subject",
            "male patients": "male patient"}  # fmt: skip


def _and_men(masked: str, start: int, subject: str, men: re.Match[str], end: int) -> list[Edit]:
    """ "WOCBP and men must use X" → "If you are a woman who can become pregnant or a man, you must use X": only
    with the duty right after the men, and no one else in the sentence."""
    duty = _MAIN_DUTY.match(masked, men.end())
    if duty is None or _ANOTHER.search(_PARTNER.sub("", masked[duty.end() : end])):
        return []
    head = " ".join(word_key(men.group("head")).split())
    one = (
        men.group("men")[: men.start("head") - men.start("men")]
        + _ONE_MAN[head]
        + men.group("men")[men.end("head") - men.start("men") :]
    )
    said = f"If you are {subject} or {'an' if wants_an(one) else 'a'} {' '.join(one.split())}, you "
    return [Edit(start, duty.start(), said, "person"), *_duty_form(duty)]


# one "whose" clause on the women's partners, with at most an aside: no comma, second verb or clause
_WHOSE_PARTNERS = re.compile(
    r"\s+(?P<clause>whose\s+(?:male\s+)?(?:sexual\s+)?partners?\s+(?:is|are)\s+[\w\s-]+?(?:\s*\([^()]*\))?)\s*,?\s*",
    re.IGNORECASE,
)


def _one_of(m: re.Match[str], lexicon: Lexicon) -> str | None:
    """ "Women of childbearing potential" → "woman who can become pregnant" (the lexicon's plain words, singular)."""
    if m.group("abbr"):
        return _ABBREVIATED[word_key(m.group("abbr"))]
    # ("Women with childbearing potential" says what "Women of childbearing potential" does)
    phrase = re.sub(r"\s+with\s+", " of ", " ".join(m.group("phrase").split()), flags=re.IGNORECASE)
    entry = lexicon.lookup(phrase)
    if m.group("aged"):  # the lexicon's words for "childbearing age" after the group's own: "woman of an age when …"
        words = [*m.group("aged").split(), "of", "an", "age", "when", "pregnancy", "is", "possible"]
    elif isinstance(entry, TermEntry) and entry.use is Use.SUBSTITUTE:
        words = entry.plain.split()
    elif re.search(r"\bof\s+child-?\s?bearing", phrase, re.IGNORECASE):  # "female participants of …": no entry
        # the words before "of", in whatever case the source writes them ("FEMALE PATIENTS OF CHILD-BEARING …")
        before_of = re.split(r"\s+of\b", phrase, maxsplit=1, flags=re.IGNORECASE)[0]
        words = [*before_of.split(), "who", "can", "become", "pregnant"]
    elif re.search(r"\bof\s+reproductive\s+potential", phrase, re.IGNORECASE):  # "Women of reproductive potential"
        # the lexicon's words for "of reproductive potential" ("able to have children"), as it says of patients
        before_of = re.split(r"\s+of\b", phrase, maxsplit=1, flags=re.IGNORECASE)[0]
        words = [*before_of.split(), "able", "to", "have", "children"]
    else:
        return None
    head = 0
    while head < len(words) and words[head].lower() in _ONE:
        head += 1
    if head == 0:
        return None
    return " ".join([*(_ONE[word_key(w)] for w in words[:head]), *words[head:]])


def _description(text: str, at: int, until: int) -> tuple[str, int] | None:
    """What the description says of the reader, after "and", and where the words it replaces end: "who are not
    using" → ("are not using", end of "using"); "not using" → ("are not using", …); "with" → ("have", …)."""
    who = _WHO.match(text, at)
    if who is not None and who.end() <= until:
        verb = reader_verb(who.group("verb").lower())
        if verb is None or (verb.endswith("ed") and verb not in ("used", "received", "agreed")):
            return None
        adv = " ".join(who.group("adv").lower().split())
        return f"{adv + ' ' if adv else ''}{verb}", who.end()
    part = _PARTICIPLE.match(text, at)
    if part is not None and part.end() <= until:
        return "are " + " ".join(part.group("words").split()), part.end()
    with_ = _WITH.match(text, at)
    if with_ is not None and with_.end() <= until:
        return "have ", with_.end()
    return None


# in an inclusion, a "who" clause that is itself what the group is asked: "WOCBP who agree to use X", "… who are not
# breastfeeding, have a negative pregnancy test …" (not "who are pregnant", "who are sexually active", which may be
# who the trial is for: said "If you are …, you are sexually active" they would stop being required)
_ASKED = re.compile(
    r"\s*,?\s*who\s+(?:agrees?\s+to|(?:is|are)\s+willing\s+to|ha(?:s|ve)\s+(?:a\s+)?negative\b|"
    r"(?:is|are)\s+not\s+(?:pregnant|breast-?\s?feeding|lactating|nursing)\b|do(?:es)?\s+not\s+plan\b)",
    re.IGNORECASE,
)


def _asked(text: str, masked: str, start: int, at: int, end: int, subject: str, yours: list[Edit]) -> list[Edit]:
    """ "Women of childbearing potential who agree to use X" (an inclusion) → "If you are a woman who can become
    pregnant, you agree to use X": being one is the condition, what the clause says is asked of her."""
    condition = _description(text, at, end)
    if condition is None or _second_verb(masked, condition[1], end):
        return []
    said, lead_end = condition
    later_who = [Edit(w.start("who"), w.end("who"), "", "person") for w in _OR_WHO.finditer(text, lead_end, end)]
    if len(later_who) != len(re.findall(r"\bwho\b", masked[lead_end:end], re.IGNORECASE)) or text[end:].strip(" .;"):
        return []  # "… and who agrees to …" (no verb "you" could take), a later sentence ("… to the patient")
    return [Edit(start, lead_end, f"If you are {subject}, you {said}", "person"), *later_who,
            *agreeing(text, lead_end), *yours]  # fmt: skip


def _second_verb(text: str, at: int, end: int) -> bool:
    """Whether a verb after the description's own belongs to another clause than a relative one ("… who is sexually
    active with a partner agrees to …": "agrees" is the main verb)."""
    for f in re.finditer(rf"{FINITE.pattern}|{LEXICAL.pattern}", text[:end], re.IGNORECASE):
        if f.start() < at or (not FINITE.fullmatch(f.group()) and not f.group().lower().endswith("s")):
            continue  # "a clinically accepted method", "agree to use": no verb with a subject of its own
        before = text[at : f.start()].split()
        if not before or before[-1].lower().strip(",") not in ("who", "that", "which", "or", "and", "and/or", "but"):
            return True
    return False


_SAID = {"needs": "need", "has": "have"}


def _duty_form(duty: re.Match[str]) -> list[Edit]:
    """ "needs to" / "has to" / "is required to" → "need to" / "have to" / "must" after "you"; "will be required to"
    → "will need to" (plain words would say "be needed to"); "All FCBP must each have" → "you must have"."""
    text = duty.string
    if duty.group("agree"):
        return [Edit(duty.start("agree"), duty.end("agree"), "agree to", "person")]
    if (required := BE_REQUIRED.match(text, duty.end())) is not None:
        return [Edit(required.start("be"), required.end(), "need to", "person")]
    if (each := re.compile(r"\s+each\b", re.IGNORECASE).match(text, duty.end())) is not None:
        return [Edit(each.start(), each.end(), "", "person")]
    word = duty.group("duty")
    if re.fullmatch(r"(?:is|are)\s+required\s+to", word, re.IGNORECASE):
        return [Edit(duty.start("duty"), duty.end("duty"), "must", "person")]
    said = re.sub(r"^(?:needs|has)\b", lambda w: _SAID[word_key(w.group())], word, flags=re.I)
    return [Edit(duty.start("duty"), duty.end("duty"), said, "person")] if said != word else []


# the group defined by itself right after it: ", defined as all women physiologically capable of becoming pregnant"
# (its "women" are the group, no one else; the words stay, the rules after say "defined as" as "This means")
_SELF_DEFINED = re.compile(
    r",\s*defined\s+as\s+(?:all\s+|any\s+)?(?:wom[ae]n|females?)\b[^,;.()\[\]]*(?=,|\s*[.;]|\s*$)", re.IGNORECASE
)


# the one later clause of an exclusion's description, "or who are" ("… not using X or who are pregnant or nursing")
_OR_WHO_ARE = re.compile(r"\s+or\s+who\s+are\s+(?=\w)", re.IGNORECASE)


def _either(
    text: str, kind: SectionKind, span: tuple[int, int, int], subject: str, said: str, edits: list[Edit]
) -> list[Edit]:
    """ "WOCBP not using effective contraception or who are pregnant or nursing" → "You are a woman who can become
    pregnant and you are either not using effective contraception or pregnant or nursing", where the fidelity check
    faults `edits` ("… and are not using X or are pregnant" reads as a list whose "not" the woman and the pregnancy
    lost): "either" says the two clauses are what the woman may be, one of them denied. Only one such clause, both
    said with "are"; none otherwise (or where the plain edits pass)."""
    start, lead_end, end = span
    ors = list(_OR_WHO_ARE.finditer(text, lead_end, end))
    if len(ors) != 1 or not said.startswith("are") or not _faulted(text, kind, edits):
        return []
    rest = said[len("are") :].strip()
    either = [Edit(start, lead_end, f"You are {subject} and you are either{' ' + rest if rest else ''}", "person"),
              Edit(ors[0].start(), ors[0].end(), " or ", "person")]  # fmt: skip
    either += [e for e in edits[1:] if e.start >= lead_end and not ors[0].start() <= e.start < ors[0].end()]
    return [] if _faulted(text, kind, either) else either


def _faulted(text: str, kind: SectionKind, edits: list[Edit]) -> bool:
    """Whether the fidelity check faults the bullet `edits` make of `text` alone."""
    item = RequestItem(ref="1", text=text, facts=extract_facts(text))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    return bool(errors(check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))))
