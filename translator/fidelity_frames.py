"""Frame words kept: who may become pregnant, who is breastfeeding, who judges, who else takes part.

The words-left-out checks (`translator.fidelity_content`, `translator.fidelity_items`) compare content words, and
treat the words of a criterion's frame as no content: "pregnant", "childbearing" and "reproductive" compare as one
word, "women" and "patients" not at all, "physician" and "investigator" as one. So "If you are female and able to
become pregnant, you must have a negative pregnancy test" said as "If you are female, you must have a negative
pregnancy test" looks complete to them ("pregnancy" is still said), though it now asks every woman for the test.
Each frame below is a thing a criterion is said of or by, which a faithful rewrite says in some words and a
careless one loses:

- childbearing potential: "of childbearing potential", "able to become pregnant", "can have children", "fertile";
- pregnancy itself, apart from those phrases: "pregnant", "pregnancy test";
- breastfeeding: "breastfeeding", "nursing", "lactating";
- whose judgement decides: "in the opinion of the investigator", "as judged by the treating physician";
- who else is asked: "patient or caregiver", "the patient's legal representative", "assent";
- planning a pregnancy: "women who plan to become pregnant", "pregnancy planned", said with "plan", "intend",
  "want", "wish", "try", "hope" … ("Pregnant and breastfeeding women, or women of an age when pregnancy is possible"
  has lost the women who plan one: being able to is said, planning is not);
- agreeing: "agree to comply with the study protocol", said as "agree", "willing", "consent", "accept", "commit",
  "promise", "undertake" ("You must understand the study rules." has lost that the reader agrees to follow them).

Where the source names a frame and none of the bullets citing it does, the frame is gone: an error. Where the
bullets name it fewer times than the source ("Women of childbearing potential must have a negative pregnancy test.
In addition, females of childbearing potential must use contraception" said with one of the two left out), a
mention is likely lost, but a rewrite that joins the two sentences says it once for both: a warning, for an editor.
An abbreviation in brackets after its words ("childbearing potential (WOCBP)") is the same mention. The bullets'
wordings are looked for as widely as the frame can be said ("your doctor", "the study team", "someone who looks
after you"), so a rewording is never taken for a loss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from translator.findings import Finding, Severity

# Being able to conceive, in any of its wordings; the same pattern reads the bullets, so a rewrite that keeps the
# meaning keeps a match ("of childbearing potential" → "who can become pregnant", "able to have children").
_CHILDBEARING = (
    r"child[- ]?bearing|reproductive\s+(?:potential|age|capacity|years)|procreat\w*|\bfertile|\bfertility|"
    r"\bWOCBP\b|\bWCBP\b|\bFCBP\b|\bconceiv\w*|\bconception\b|"
    r"(?:become|becoming|get|getting|got|fall|falling)\s+pregnant|pregnancy\s+(?:is\s+)?possible|"
    # (not a name that starts with the word: "has Child-Pugh score of less than 7")
    r"(?:have|bear|father|having|bearing|fathering|has)\s+(?:a\s+)?(?:children|child|babies|baby)(?![\w-])"
)
_CHILDBEARING_RE = re.compile(_CHILDBEARING, re.IGNORECASE)
_POSSIBLE = re.compile(r"pregnancy\s+(?:is\s+)?possible", re.IGNORECASE)
_PREGNANT_RE = re.compile(r"\bpregnan\w*", re.IGNORECASE)
_PREGNANT_SAID_RE = re.compile(r"\bpregnan\w*|\bexpecting\s+(?:a\s+)?bab(?:y|ies)\b|\bgestation\w*", re.IGNORECASE)
# "Nursing" is breastfeeding but for the nursing home, staff or care.
_BREASTFEEDING_RE = re.compile(
    r"breast[- ]?fe[ed]\w*|breast\s*milk|\blactat\w*|chest[- ]?feed\w*|"
    r"\bnursing\b(?!\s+(?:homes?|facilit\w*|care|staff|students?|assistants?|personnel|professionals?|services?|"
    r"cent(?:er|re)s?|institutions?|teams?|notes?|records?|assessments?|interventions?|visits?))",
    re.IGNORECASE,
)
# Whose judgement decides: a person of the study or of the patient's care. "PI" is left out: it is as often a
# protease inhibitor.
_JUDGE = r"investigators?|physicians?|doctors?|clinicians?|sponsors?|(?:study|research|medical|treating|care)\s+teams?"
_JUDGE_RE = re.compile(rf"\b(?:{_JUDGE})\b", re.IGNORECASE)
_JUDGE_SAID_RE = re.compile(
    rf"\b(?:{_JUDGE}|researchers?|(?:study|medical|research)\s+staff|company|companies|oncologists?|surgeons?|"
    r"cardiologists?|neurologists?|specialists?|nurses?|GP|dentists?|psychiatrists?|pharmacists?)\b",
    re.IGNORECASE,
)
# Who else is asked or takes part: a caregiver, a legal representative or guardian, a parent; and a child's assent.
_OTHERS = r"care[- ]?givers?|carers?|guardians?|(?:legal(?:ly)?\s+(?:authori[sz]ed\s+|acceptable\s+)?)representatives?"
_OTHERS_RE = re.compile(rf"\b(?:{_OTHERS})\b", re.IGNORECASE)
_OTHERS_SAID_RE = re.compile(
    rf"\b(?:{_OTHERS}|representatives?|parents?|family|relatives?|someone|somebody|person|people|"
    r"proxy|next\s+of\s+kin|partners?|spouses?)\b",
    re.IGNORECASE,
)
_ASSENT_RE = re.compile(r"\bassent\w*", re.IGNORECASE)
_ASSENT_SAID_RE = re.compile(r"\bassent\w*|\bagree\w*|\bchild\w*|\bminors?\b", re.IGNORECASE)
_PLANNING_RE = re.compile(
    r"\b(?:plan|plans|planning|intend|intends|intending|wish|wishes|wishing|want|wants|wanting|desire|desires|desiring"
    r"|try|tries|trying)\s+(?:to\s+)?(?:become|get|getting|becoming|be)\s+pregnant|\bplanned\s+pregnanc"
    r"|\bpregnancy\s+(?:is\s+)?planned|\bplanning\s+(?:a\s+|for\s+)?pregnanc", re.IGNORECASE)
_PLANNING_SAID_RE = re.compile(r"\b(?:plan|intend|wish|want|desir|try|trie|hop|aim|seek|expect|think)\w*",
                               re.IGNORECASE)
_AGREE_RE = re.compile(r"\bagree\w*", re.IGNORECASE)
_AGREE_SAID_RE = re.compile(r"\b(?:agree|willing|consent|accept|commit|promis|undertak|pledg)\w*", re.IGNORECASE)
# Being willing, and being able: "Willing to use contraception" said as "You use contraception" states what the
# reader does, not what they agree to; "willing and able to comply" as "willing to comply" drops whether they can.
_WILLING_RE = re.compile(r"\b(?:un)?willing\w*", re.IGNORECASE)
_WILLING_SAID_RE = re.compile(r"\b(?:(?:un)?willing|agree|commit|promis|undertak|pledg|want|wish|ready"
                              r"|prepared|refus|decline|choose|chose)\w*|\bwill\s+not\b|\bwon[’']t\b", re.IGNORECASE)
_ABLE_RE = re.compile(r"(?<!-)\b(?:un)?able\b(?!-)(?!\s+to\s+be\s+[a-z]+(?:ed|en)\b)|\b(?:in)?ability\s+to\b"
                      r"|\b(?:in)?capable\s+of\b", re.IGNORECASE)
# ("would impair the ability to obtain consent" said "would make it hard to get your consent")
_ABLE_SAID_RE = re.compile(r"\b(?:(?:un)?able|(?:in)?ability|(?:in)?capab\w*|can|cannot|could|manage\w*)\b"
                           r"|\b(?:hard|harder|difficult)\s+(?:for\s+\w+\s+)?to\b", re.IGNORECASE)
# Being able to be done to ("be able to be enrolled … according to the investigator"): what may happen to the reader,
# said as "may be enrolled" as well as "can be enrolled"; a bullet that says neither ("you are enrolled") has lost it.
_POSSIBLE_RE = re.compile(r"\b(?:un)?able\s+to\s+be\s+[a-z]+(?:ed|en)\b", re.IGNORECASE)
_POSSIBLE_SAID_RE = re.compile(r"\b(?:(?:un)?able|can|cannot|could|may|might|possib\w*)\b", re.IGNORECASE)
# Known, documented, confirmed before what they qualify ("Known HIV infection", "documented diagnosis of …"): a
# diagnosis on record, not a condition the reader may have unawares ("Known HIV infection" said as "You have HIV
# infection" asks for a test the study does not). Not "known to …", "confirmed by …": a clause of their own.
# "Known or suspected" is either ("You have, or may have, …"): no record asked for. Only leading, where it opens a
# criterion or a sentence: a "known" further in ("Patients with known Gilbert's syndrome are allowed …") is said as
# "if you have Gilbert syndrome" by careful writers too.
_KNOWN_RE = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?:(?:any|has|have|had|a|an)\s+)?(?:known|documented|confirmed)\b"
                       r"(?!\s+(?:to|as|by|that|in|with|for|from|of"
                       r"|at|on|if|whether|is|are|was|were|be|been|via|using|through|per|according|(?:and/)?or\s+"
                       r"suspected)\b)", re.IGNORECASE)
_KNOWN_SAID_RE = re.compile(r"\b(?:known|know|knows|documented|documentation|documents?|confirm\w*|diagnos\w*"
                            r"|proven|proved|verified|record\w*|established|shown|evidence|identified|tested)\b",
                            re.IGNORECASE)



class _Frame(NamedTuple):
    name: str
    source: re.Pattern[str]
    said: re.Pattern[str]
    cues: tuple[str, ...]  # a source names the frame only if it has one of these: most criteria are read no further


_FRAMES = (
    _Frame("being able to become pregnant", _CHILDBEARING_RE, _CHILDBEARING_RE,
           ("child", "reproductive", "procreat", "fertil", "cbp", "concei", "concep", "pregnan", "bab")),
    _Frame("pregnancy", _PREGNANT_RE, _PREGNANT_SAID_RE, ("pregnan",)),
    _Frame("breastfeeding", _BREASTFEEDING_RE, _BREASTFEEDING_RE, ("breast", "lactat", "chest", "nursing")),
    _Frame("whose judgement decides", _JUDGE_RE, _JUDGE_SAID_RE,
           ("investigator", "physician", "doctor", "clinician", "sponsor", "team")),
    _Frame("who else is asked", _OTHERS_RE, _OTHERS_SAID_RE, ("care", "guardian", "representative")),
    _Frame("assent", _ASSENT_RE, _ASSENT_SAID_RE, ("assent",)),
    _Frame("planning a pregnancy", _PLANNING_RE, _PLANNING_SAID_RE,
           ("plan", "intend", "wish", "want", "desir", "try", "tries")),
    _Frame("agreeing", _AGREE_RE, _AGREE_SAID_RE, ("agree",)),
    _Frame("being willing", _WILLING_RE, _WILLING_SAID_RE, ("willing",)),
    _Frame("being able", _ABLE_RE, _ABLE_SAID_RE, ("able", "abilit", "capab")),
    _Frame("being possible", _POSSIBLE_RE, _POSSIBLE_SAID_RE, ("able",)),
    _Frame("a diagnosis on record", _KNOWN_RE, _KNOWN_SAID_RE, ("known", "documented", "confirmed")),
)


def _outside(text: str, pattern: re.Pattern[str], apart: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of `pattern` in `text` that are no part of a match of `apart` ("pregnant" in "able to become
    pregnant" is being able to, not being pregnant)."""
    spans = [(m.start(), m.end()) for m in apart.finditer(text)]
    return [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in spans)]


def _named(frame: _Frame, source: str) -> list[re.Match[str]]:
    # Pregnancy is named apart from being able to become pregnant; a bullet says it either way ("Pregnancy planned"
    # said as "You plan to become pregnant").
    if frame.source is _PREGNANT_RE:
        return _outside(source, frame.source, _CHILDBEARING_RE)
    return _mentions(list(frame.source.finditer(source)), source)


# An abbreviation given in brackets after its words is the same mention: "of childbearing potential (WOCBP)".
_DEFINED = re.compile(r"[\w\s-]*\(\s*")


def _mentions(found: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    return [m for i, m in enumerate(found) if not i or not _DEFINED.fullmatch(text, found[i - 1].end(), m.start())]


def frame_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                   raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """For each frame that `source` names: an error when none of the bullets citing it (index, text) names it, a
    warning when they name it fewer times than the source (likely a mention lost, but a rewrite may join two
    sentences of the same women into one)."""
    said = " ".join(text for _, text in bullets)
    lowered = source.casefold()
    findings = []
    for frame in _FRAMES:
        if not any(cue in lowered for cue in frame.cues):
            continue
        named = _named(frame, source)
        if not named:
            continue
        # "Pregnancy" in a bullet's "an age when pregnancy is possible" is being able to, not being pregnant (but
        # "become pregnant" may say "Pregnancy planned").
        apart = _outside(said, frame.said, _POSSIBLE) if frame.source is _PREGNANT_RE else None
        times = len(_mentions(list(frame.said.finditer(said)) if apart is None else apart, said))
        if times >= len(named):
            continue
        first = named[0]
        message = (f"{source_id} says “{first.group()}” ({frame.name}), but the bullets citing it do not say it"
                   if not times else
                   f"{source_id} names {frame.name} {len(named)} times (“{first.group()}”), the bullets citing it "
                   f"{times}: one left out?")
        findings.append(Finding(
            check="frame_dropped", severity=Severity.WARNING if times else Severity.ERROR, criterion_id=source_id,
            bullet_index=bullets[0][0] if bullets else None, message=message,
            source_span=raw_of(first.start(), first.end()) if raw_of else None))
    return findings
