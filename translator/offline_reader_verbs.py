"""The reader's own verb where a clause after theirs was left in the third person (offline backend, on the final text).

Criteria written about "the subject" list what the subject has in clauses that share one subject: "Has known type 1
or 2 diabetes; or has fasting plasma glucose ≥ 126 mg/dL". Once the opening is put to the reader ("You have known
type 1 or 2 diabetes"), the later clause still says "; or has fasting plasma glucose …", which reads as if someone
else had it. Two places only, where the clause can have no other subject:

- right after a semicolon in a sentence the reader opens ("You …; or has X" → "You …; or you have X"): a relative
  clause ("a tumor that is X or has Y") is never cut by a semicolon;
- a whole sentence that opens on the bare verb after a sentence the reader opens ("You drink more than 14 drinks a
  week. Has had alcoholism …" → "… You have had alcoholism …"), unless a second third-person verb joins the first
  further on ("Had X AND meets Y"), which would still say "meets";
- a verb joined by "and" to the reader's value that cannot be the value's: "Your estimated glomerular filtration rate
  is at least 30 mL/min … and are on antiretrovirals" (a singular value takes no "are"), "Your plasma HIV-1 RNA
  concentrations are less than 50 copies/mL … and have HIV-1 RNA less than 50 copies/mL at screening" (a measure has
  no things): the criterion's unnamed subject, the reader: "… and you are on …", "… and you have …". Not after a
  relative word ("… in patients who smoke and have …"), and not "have" as a helping verb ("… and have remained").

Only "you" and the verb's form change: every word the clause said stays.
"""

from __future__ import annotations

import re

_PLURAL = {
    "has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "hasn't": "haven't", "have": "have", "had": "had", "are": "are",
}  # fmt: skip

# "; or has X", "; has X", "; is X" in a clause after the reader's
_AFTER_SEMICOLON = re.compile(
    r"(?<=; )(?P<link>(?:or|and|and/or) )?(?P<verb>has|is|was|does|doesn't|isn't|hasn't)\b(?= \w)"
)
# a sentence that opens on the bare verb: "Has had X.", "Is taking X.", "Have a history of X." (not "Have you …?")
_BARE_SENTENCE = re.compile(r"(?<=[.!?] )(?P<verb>Has|Have|Had|Is|Are|Was|Does)\b(?= [a-z])(?! you\b)")
# a second third-person verb joined on later in the same sentence ("… AND meets …", "… or has …")
_SECOND_VERB = re.compile(r"\b(?:and|or|AND|OR) (?:has|is|was|does|meets|needs|requires|takes|uses|agrees)\b")
# where a sentence the reader opens starts: the text's start or a sentence end
_READER_SENTENCE = re.compile(r"(?:^|(?<=[.!?] ))(?:You|If you)\b")
# the reader's value opening a sentence ("Your creatinine is …"), and a verb joined to it the value cannot take
_VALUE_IS = re.compile(r"(?:^|(?<=[.!?] ))Your\b(?P<subject>[^.;:]*?)\s(?:is|was)\s")
_MEASURES_ARE = re.compile(
    r"(?:^|(?<=[.!?] ))Your\b[^.;:]*?\b(?:concentrations|levels|counts|values|titers|titres)\s(?:are|were)\s"
)
_JOINED = {"is": re.compile(r"\s(?P<verb>and (?:are|have|were))\s"), "are": re.compile(r"\s(?P<verb>and have)\s")}
_RELATIVE = r"who|whom|whose|that|which|where|if|when|while|unless|because|since|as"
_NOT_ONE_SUBJECT = re.compile(rf"\b(?:{_RELATIVE}|and|or|are|have|were)\b")  # "Your X and Y is": no one value
_CLAUSE_BETWEEN = re.compile(rf"\b(?:{_RELATIVE})\b|[,;]")  # "… in patients who smoke and have …"
_PERSON = re.compile(
    r"\b(?:partners?|spouses?|child(?:ren)?|sons?|daughters?|parents?|mother|father|caregivers?|carers?|family|"
    r"relatives?|guardians?|representatives?|doctors?|physicians?|donors?|siblings?|husband|wife|baby|infant)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\w+(?:ed|en|wn)\b|been\b|had\b")


def reader_verbs(text: str) -> str:
    """`text` with "you" and its verb for a clause about the reader left in the third person (see the module)."""
    text = _joined_to_a_value(text) if "Your " in text else text
    if not _READER_SENTENCE.search(text):
        return text
    text = _AFTER_SEMICOLON.sub(lambda m: _semicolon(text, m), text)
    return _BARE_SENTENCE.sub(lambda m: _sentence(text, m), text)


def _joined_to_a_value(text: str) -> str:
    """ "Your X is … and are Y" → "… and you are Y" (see the module)."""
    for opening, joined in ((_VALUE_IS, _JOINED["is"]), (_MEASURES_ARE, _JOINED["are"])):
        for m in reversed(list(opening.finditer(text))):
            if opening is _VALUE_IS and (_NOT_ONE_SUBJECT.search(m["subject"]) or _PERSON.search(m["subject"])):
                continue  # "Your X and Y is": no one value; "Your partner is …": a person, who may be the verb's
            end = re.search(r"[.!?;](?:\s|$)", text[m.end() :])
            stop = m.end() + end.start() if end else len(text)
            verb = joined.search(text, m.end(), stop)
            if verb is None or _CLAUSE_BETWEEN.search(text, m.end(), verb.start()):
                continue
            if verb["verb"].endswith("have") and _PARTICIPLE.match(text, verb.end()):
                continue  # "… and have remained stable": the value's own helping verb
            text = text[: verb.start("verb")] + "and you " + verb["verb"][4:] + text[verb.end("verb") :]
    return text


def _semicolon(text: str, m: re.Match[str]) -> str:
    opening = _sentence_start(text, m.start())
    if not _READER_SENTENCE.match(text, opening):
        return m[0]
    return f"{m['link'] or ''}you {_PLURAL[m['verb']]}"


def _sentence(text: str, m: re.Match[str]) -> str:
    before = _sentence_start(text, m.start() - 2)  # the sentence that ends just before this one
    end = re.search(r"[.!?](?:\s|$)", text[m.end() :])
    sentence = text[m.end() : m.end() + end.start() if end else len(text)]
    if not _READER_SENTENCE.match(text, before) or _SECOND_VERB.search(sentence):
        return m[0]
    return f"You {_PLURAL[m['verb'].lower()]}"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts (after the last ". " before it, or 0)."""
    ends = [e.end() for e in re.finditer(r"[.!?] ", text[:at])]
    return ends[-1] if ends else 0
