"""A clause whose end was cut: a condition with nothing it is the condition for, a sentence that stops on a word
that asks for more, a grade whose open end is gone.

The words checks (`translator.fidelity_content`, `_items`, `_deleted_items`) find a loss by the source's words a
bullet does not say; a cut that takes only everyday words, or words the bullet says elsewhere, leaves none of those
behind. What it leaves is a clause that cannot end where it does, whatever the wording around it:

- a sentence that opens with "If" and has no main clause: no comma, colon or "then" after the condition, once the
  asides that continue it (", including …", ", such as …", ", or …") are read away. "If you could have children,
  you must agree to abstinence or some good enough form of birth control" cut to "If you could have children or
  some good enough form of birth control." has lost what the condition asks for; "If you have cognitive dysfunction
  …, including a history of "chemo-brain", you are ineligible." cut to "… "chemo-brain"." has lost that it excludes.
- a sentence that stops on a word that asks for more: "able", "willing" (and "unable", "unwilling"), or a function
  word ("of", "the", "and", "with" …): "You are able and willing to give informed consent." cut to "You are able."
- a grade or level with an open end ("mild or greater", "moderate or worse", "meet or exceed") said in bullets that
  have no comparing word at all ("greater", "more", "worse", "at least", "or higher", a "≥"…): "Aortic
  regurgitation mild or greater" cut to "Aortic regurgitation mild" no longer takes in moderate or severe
  regurgitation. A number's comparator is the fact checks' business: not read here beside a number.

- an "otherwise" that opens the source's other branch ("… if no anticancer therapy was given since the sample was
  collected; otherwise, a fresh tumor tissue sample is required") said by no bullet, nor by "if not", "else",
  "instead" or "unless": "… since the sample was collected, a fresh tumor tissue sample is needed" asks for the fresh
  sample under the very condition that spared it;
- an "if" of the source where the bullets say no condition at all (no "if", "when", "unless", "provided", nor any
  word a rewording puts one with: "for", "with", "who", "that", "after" …): "… and if treated with chemotherapy,
  without nervous system complications" cut to "…, without nervous system complications" asks it of everyone.

- a clause that opens ("that", "which", "if") and holds nothing but whose judgement decides: "disease that, in the
  study doctor's view, may affect your safety or severely limit your lifespan" cut to "disease that, in the study
  doctor's view or severely limit your lifespan"; "may have PT/INR measurements above 1.5 times ULN if, in the
  study doctor's view, you are suitable" cut to "… if, in the study doctor's view." The judgement is a frame round
  a clause, never the clause itself.

A source that has the same shape itself (a criterion that ends on "or", an "If" sentence with no main clause) is no
guide and is let be. Measured over the offline bullets of the corpus and of Chia and the hand-written paraphrases:
nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.fidelity_quantifiers import quantifier_findings
from translator.fidelity_whichever import whichever_findings
from translator.findings import Finding, Severity

# A bullet's sentences: parted after a full stop or semicolon (not the one of "e.g.", "i.e.", "etc.": "If you take
# medicines (e.g. ginkgo biloba), you are not excluded" is one sentence), and at a " / " that lists lines; not in
# brackets ("(placebo / ibrutinib)", "whose partners are fertile (that is; no vasectomy), you must …").
_SENTENCE = re.compile(r"(?:(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)\s+|\s+/\s+)(?![^()]*\))")
_IF = re.compile(r"\s*If\b")
# What continues a condition rather than ending it: a list of examples, one more alternative.
_CONTINUES = re.compile(r"[,，]\s*(?:including|such as|for example|e\.g\.?|like|or|and)\b[^,，:;]*")
_MAIN_CLAUSE = re.compile(r"[,:;—–，]|\bthen\b")
# Words no sentence ends on. Written in lower case only: "See Appendix A." ends on a name.
_ASKS_FOR_MORE = (r"(?:(?:un)?(?:able|willing)|the|a|an|of|to|and|or|nor|with|for|by|than|your|their|its|from|into"
                  r"|including)")
_STOPS_ON = re.compile(rf"\b{_ASKS_FOR_MORE}\s*[.;]?\s*$|\b{_ASKS_FOR_MORE}\s*(?:[.;]\s+|\s+/\s+)")
# The same in a source, in any case and before any mark ("…; or,", "(e.g."): such a source ends its own clauses so.
_SOURCE_STOPS_ON = re.compile(rf"\b{_ASKS_FOR_MORE}\s*(?:[^\w\s(]+\s*)?(?:$|[.;,:]\s|\s/\s)", re.IGNORECASE)
# "exceed" too: "Meet or exceed the threshold" cut to "your result meets" no longer takes in a result above it.
_COMPARING = (r"greater|higher|more|worse|above|over|later|older|less|lower|fewer|better|below|under|beyond"
              r"|exceed(?:s|ing)?")
# A word and its open end: "mild or greater", "grade 2 or higher" is a number's (below); not "or more severe", "or
# higher doses", where the comparing word leads a phrase of its own.
_OPEN_END = re.compile(rf"\b(?P<word>[A-Za-z][A-Za-z-]*)\s+(?:or|and)\s+(?:{_COMPARING})\b"
                       r"(?!\s+(?:than|of|[a-z]+(?:ed|al|ic|ous|ive|ere)\b|[a-z]+s\b))", re.IGNORECASE)
_SAYS_COMPARING = re.compile(rf"\b(?:{_COMPARING}|least|most|exceed\w*|minimum|maximum|up to|or \w+er)\b|[≥≤<>+]",
                             re.IGNORECASE)
_NEAR_NUMBER = 30  # characters either side of an open end where a number makes it the number's


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def _dangles(sentence: str) -> bool:
    """Whether `sentence` is a condition ("If …") with no main clause after it."""
    return bool(_IF.match(sentence)) and not _MAIN_CLAUSE.search(_CONTINUES.sub("", sentence.rstrip(" .;")))


def dangling_conditions(source: str, bullets: Sequence[str]) -> list[str]:
    """The sentences of `bullets` that open a condition and never say what it is for."""
    if any(_dangles(s[:1].upper() + s[1:]) for s in _sentences(source)):
        return []
    return [s for text in bullets for s in _sentences(text) if _dangles(s)]


def stopped_short(source: str, bullets: Sequence[str]) -> list[str]:
    """The ends of `bullets`' sentences that stop on a word that asks for more."""
    if _SOURCE_STOPS_ON.search(source):
        return []
    return [m.group().strip() for text in bullets for m in _STOPS_ON.finditer(text) if not _stranded(text, m)]


# A preposition a relative clause leaves at its end: "a stage I or II cancer that you are in complete remission from."
_PREPOSITIONS = frozenset({"from", "with", "for", "to", "of", "into", "by"})
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+(?:you|they|he|she|we|it)\s+(?:[\w'-]+\s+){1,7}$",
                              re.IGNORECASE)


def _stranded(text: str, m: re.Match[str]) -> bool:
    """Whether the word `m` stops on is a preposition whose relative clause, right before it, says what it takes."""
    if m.group().split()[0].strip(".;").casefold() not in _PREPOSITIONS:
        return False
    start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    return _RELATIVE_BEFORE.search(text[start : m.start()]) is not None


def lost_open_ends(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of `source`'s open ends ("mild or greater") where `bullets` say no comparing word at all."""
    if any(_SAYS_COMPARING.search(text) for text in bullets):
        return []
    return [m.span() for m in _OPEN_END.finditer(source)
            if not re.search(r"\d", source[max(0, m.start() - _NEAR_NUMBER):m.end() + _NEAR_NUMBER])]


_OTHERWISE = re.compile(r"[;,.:]\s*otherwise\s*,", re.IGNORECASE)
_SAYS_OTHERWISE = re.compile(r"\b(?:otherwise|if not|else|instead|unless)\b", re.IGNORECASE)


# ("Patients were excluded if they had received …": the criterion's own frame, which a bullet under its heading says
# by being there, no condition of it)
_IF_WORD = re.compile(r"(?<!excluded\s)(?<!included\s)(?<!eligible\s)(?<!enrolled\s)\bif\b", re.IGNORECASE)
_SAYS_CONDITION = re.compile(r"\b(?:if|when|whenever|where|wherever|provided|as long as|unless|in case|once|after|"
                             r"for|with|who|whose|which|that|only|depending)\b", re.IGNORECASE)


# ("Patients may not participate in the study if they have any of the following conditions": the frame too)
_FRAME_BEFORE = re.compile(r"\b(?:participate|take\s+part|join|enrol(?:l|led)?|be\s+(?:included|enrolled))"
                           r"(?:\s+in(?:to)?\s+(?:the|this)\s+(?:study|trial))?\s+$", re.IGNORECASE)


def lost_conditions(source: str, bullets: Sequence[str], kind: SectionKind | None = None) -> bool:
    """Whether `source` sets a condition with "if" and the bullets say no condition in any words."""
    # An exclusion that is an "if" and nothing more ("If last dose of trastuzumab was:", its items under it): the
    # section's "you cannot join if" says it; an inclusion's ("If female:") asks its items of those alone, not of all.
    if kind is SectionKind.EXCLUSION and len(_sentences(source)) == 1 and _dangles(source.strip().rstrip(":")):
        return False
    conditions = [m for m in _IF_WORD.finditer(source) if not _FRAME_BEFORE.search(source, max(0, m.start() - 60),
                                                                                     m.start())]
    if not conditions or any(_SAYS_CONDITION.search(text) for text in bullets):
        return False
    # An exclusion shuts out whoever meets its condition and what follows it, so "If female, pregnant" is "You are
    # female and pregnant": the condition said as one more thing the reader is, in its own words.
    return kind is not SectionKind.EXCLUSION or not all(_said_in_words(source, m.end(), bullets) for m in conditions)


_CONDITION_WORDS = re.compile(r"[^,;:.()]{1,60}")
_PLAIN_WORDS = frozenset({"they", "them", "their", "have", "having", "been", "subject", "subjects", "patient",
                          "patients", "participant", "participants", "this", "that", "there", "with", "your",
                          "applicable"})


def _said_in_words(source: str, start: int, bullets: Sequence[str]) -> bool:
    """Whether the bullets say every word of a condition that starts at `start` of `source` (its first five letters)."""
    clause = _CONDITION_WORDS.match(source, start)
    words = [w for w in re.findall(r"[a-z]{4,}", clause.group().casefold() if clause else "") if w not in _PLAIN_WORDS]
    said = " ".join(bullets).casefold()
    return bool(words) and all(re.search(rf"\b{re.escape(w[:5])}", said) for w in words)


# A clause's opening word, then only whose judgement it is, then the clause ends: a full stop, "or"/"and", the end.
_EMPTY_JUDGED = re.compile(
    r"\b(?:that|which|who|if|whether|where)\s*,?\s*(?:in\s+(?:the\s+)?[\w’' -]{0,40}?(?:view|opinion|judge?ment)"
    r"|(?:as\s+)?(?:judged|determined|assessed)\s+by\s+(?:the\s+|your\s+)?[\w’' -]{0,40}?"
    r"(?:doctor|investigator|physician|team))\s*,?\s*(?:$|[.;)]|\s/\s|(?:or|and)\b)",
    re.IGNORECASE,
)


def empty_judged(source: str, bullets: Sequence[str]) -> list[str]:
    """The clauses of `bullets` that hold only whose judgement decides (see the module's docstring)."""
    if _EMPTY_JUDGED.search(source):
        return []
    return [m.group().strip() for text in bullets for m in _EMPTY_JUDGED.finditer(text)]


def lost_otherwise(source: str, bullets: Sequence[str]) -> bool:
    """Whether `source` opens another branch with "otherwise" and no bullet says one."""
    return bool(_OTHERWISE.search(source)) and not any(_SAYS_OTHERWISE.search(text) for text in bullets)


def clause_end_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                        kind: SectionKind | None = None) -> list[Finding]:
    """An error for each clause of the `bullets` citing `source` (index, text), in section `kind`, whose end was
    cut."""
    texts = [text for _, text in bullets]
    index = bullets[0][0] if bullets else None

    def finding(message: str) -> Finding:
        return Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                       message=f"{source_id}: {message}")

    findings = [finding(f"the bullet’s “{s[:50]}…” sets a condition and never says what it is for: its main clause "
                        "was cut") for s in dangling_conditions(source, texts)]
    findings += [finding(f"a bullet’s sentence stops on “{end}”: the words that ended it were cut")
                 for end in stopped_short(source, texts)]
    findings += [finding(f"the bullets citing it do not say the open end of “{source[a:b]}”")
                 for a, b in lost_open_ends(source, texts)]
    findings += [finding(f"a bullet’s clause “{clause}” says whose judgement decides and nothing more: what is "
                         "judged was cut") for clause in empty_judged(source, texts)]
    if lost_conditions(source, texts, kind):
        findings.append(finding("the bullets citing it say none of its conditions (“if …”): they ask it of everyone"))
    if lost_otherwise(source, texts):
        findings.append(finding("the bullets citing it do not say its “otherwise”: the other branch reads as this one"))
    # "(whichever is longer)" of two bounds: which one applies; "any of the following" turned "all of these"
    return findings + whichever_findings(source_id, source, bullets) + quantifier_findings(source_id, source, bullets)
