"""Two things joined by "and" in the source and by "or" in a bullet, or the other way round: "HIV and hepatitis B"
said as "HIV or hepatitis B", "A, B, and C" as "A, B, or C".

The join says how many of the things a person must have: both, or either. Turned round, an exclusion keeps out
people with one of them where the source keeps out only those with both (or the other way), and an inclusion lets in
people its source leaves out. The words-left-out checks read content words and let the little words go, so a bullet
that keeps every word and turns its join passed them all.

A join is read as the two words right beside it ("hepatitis", "B" and "HIV" in "HIV and hepatitis B"; a comma
before the join is part of it). It is turned where a bullet joins the same two words (compared in lower case, with a
plural's "s" read away) by the other word, while its sources never join them that way, even where the bullets
join them the source's way too (a gloss that says the pair again). Not:

- "and/or", "with or without", "either … or" (but for "either" right before the pair: "either partial or total"
  asks for one of two), "neither … nor", "whether or not", "between … and": the source says both, or neither, or a
  range, and a bullet that picks one of the words for it may say the same;
- a list of examples ("such as", "e.g.", "for example", "including", "like", "any of"): "A or B" and "A and B" read
  alike among examples of a kind;
- the sexes and ages of people ("male and female", "men and women", "children and adolescents"), and the states a
  group of them is named by ("Pregnant and breastfeeding women"): whoever is one or the other is meant either way,
  "You are pregnant or breastfeeding" says the source's "Pregnant and breastfeeding women";
- a join under a negation or an exception in its clause ("no A and B", "other than A or B"): read as neither, either
  join says it; but not the verdict on the people the clause opens with ("Patients with tumors extending or
  invading duodenum are not eligible": the people are refused, the join still says which tumors).

A "no" right after the join is read with the word after it: "off ART for 6 weeks and no plans to begin treatment"
said as "… or no plans" asks for one of the two where the source asks for both.

Measured over the offline bullets of the corpus and Chia (64,041 source texts with their bullets) and the 625
hand-written paraphrases: no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

# word, join, word: "hiv and hepatitis", "b, or c"; the word before not part of "and/or", the join a whole word
# A "no" after the join is read with its word ("… before the study and no plans to begin"): "A and no B" is not "A
# or no B", though "no" alone is a function word.
# The word after is looked at, not taken: it may be the word before the next join ("transplantation or rescue AND
# no evidence").
_JOINED = re.compile(r"(?<![\w/-])([A-Za-z][\w'-]*)\s*(,?\s+|\s*,\s*)(and|or)\s+(?=((?:no\s+)?[A-Za-z][\w'-]*)"
                     r"(?![\w/]))", re.IGNORECASE)
# what reads the same with either join, or is a range: compared before the join
_BOTH_WAYS = re.compile(
    r"\b(?:whether|either|neither|both|such\s+as|e\.?\s?g|i\.?\s?e|for\s+example|for\s+instance|"
    r"including|includes?|like|any\s+of|one\s+of|at\s+least\s+one|examples?|limited\s+to|types?\s+of|kinds?\s+of)"
    r"\b[^.;()]*$",
    re.IGNORECASE)
_EITHER = re.compile(r"\beither\s+$", re.IGNORECASE)
# a negation or an exception over the join: "no A and B" is read as neither, as "no A or B" is
_NEGATED = re.compile(r"\b(?:no|not|never|without|except|excluding|exclusion|unless|none|nor|free\s+of|other\s+than)\b"
                      r"|n't\b|\bdo(?:es)?\s+not\s+count", re.IGNORECASE)
# after the join, a negation of the verb ("A and B are not allowed"); not one that opens a phrase of its own ("healed
# and free of infection", "echocardiogram or MUGA scan …, and no documented history"), nor "but not limited to"
_NEGATED_AFTER = re.compile(r"\bnot\b(?!\s+limited\b)|n't\b|\bnever\b|\bnor\b|\bneither\b|\bnone\b", re.IGNORECASE)
# other people, a clause of their own: the "not" of "… (6 weeks for nitrosoureas or mitomycin C) … or those who have not
# recovered" is theirs, not over the join before it
_OTHER_PEOPLE = re.compile(r"\b(?:or|and)\s+(?:those|patients|subjects|participants|people)\s+(?:who|that|with)\b",
                           re.IGNORECASE)
# "between" a word or three before the join: a range ("between 78 and 23 letters"); a join further on is its own
# ("…, inclusive, in the study eye at Screening and Baseline")
_RANGE = re.compile(r"\bbetween\s+(?:[^\s,;.]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;:](?:\s|$)")
_CLOSED_BRACKET = re.compile(r"\([^()]*\)")
# people, and the states a group of them is named by ("Pregnant and breastfeeding women": each is one or the other)
_PEOPLE = frozenset("""male female males females man men woman women boy boys girl girls child children adolescent
adolescents adult adults infant infants patient patients participant participants subject subjects pregnant
breastfeeding breast-feeding lactating nursing""".split())  # noqa: SIM905 - a word list reads better as words
_FUNCTION = frozenset("""a an the any all other of to in on at by for from with as be is are was were has have had do
does not no nor neither either without than more less most least older younger higher lower greater fewer above
below over under both one two""".split())  # noqa: SIM905


def _key(word: str) -> str:
    word = word.casefold().replace("’", "'").removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def joins(text: str) -> dict[tuple[str, str], set[str]]:
    """(word before, word after) → the joins `text` puts between them ("and", "or"), but where either join reads the
    same (see the module)."""
    found: dict[tuple[str, str], set[str]] = {}
    for pair, join in counted_joins(text):
        found.setdefault(pair, set()).add(join)
    return found


def counted_joins(text: str) -> Counter[tuple[tuple[str, str], str]]:
    """How many times `text` joins each pair of words by each join, where the join says which (see `joins`)."""
    found: Counter[tuple[tuple[str, str], str]] = Counter()
    taken = 0  # where the word after the last join read ends: a chain's joins are read one by one ("A or B and C"
    # is ambiguous), but for "and no", which is read with what comes before it ("A or B and no C"), and for a chain
    # that keeps its join ("A or B or C" says "or" between each two, as "A, B or C" does)
    last = ""
    for m in _JOINED.finditer(text):
        before, after, join = m.group(1), m.group(4), m.group(3).casefold()
        if m.start(1) < taken and not after.casefold().startswith("no ") and join != last:
            last = ""
            continue
        taken, last = m.end(4), join
        if {before.casefold(), after.casefold()} & (_FUNCTION | _PEOPLE) or before.isdigit() or after.isdigit():
            continue
        if text[m.end(4):m.end(4) + 1] == "/" or text[max(m.start() - 1, 0):m.start()] == "/":
            continue  # "and/or" read from its second word
        # ("either" right before the pair asks for one of its two: "either partial or total gastrectomy" is not "partial
        # and total"; an "either" further back may open a choice between whole phrases, which a bullet may reword)
        either = _EITHER.search(text, 0, m.start(1))
        if _BOTH_WAYS.search(text, max(0, m.start() - 200), either.start() if either and join == "or" else m.start()
                             ) or _RANGE.search(text, 0, m.start()):
            continue
        starts = [c.end() for c in _CLAUSE.finditer(text, 0, m.start())]
        stop = _CLAUSE.search(text, m.end(4))
        end = stop.start() if stop else len(text)
        end = people.start() if (people := _OTHER_PEOPLE.search(text, m.end(4), end)) else end
        negation = _NEGATED_AFTER.search(text, m.end(4), end)
        # (a negation in a bracket closed before the join is the bracket's own: "temozolomide (unless MGMT promoter
        # unmethylated) and radiation … temozolomide and radiation concurrently")
        start = starts[-1] if starts else 0
        if _NEGATED.search(_CLOSED_BRACKET.sub(" ", text[start:m.start()])) or (
                negation and not _on_people(text, start, negation)):
            continue
        found[(_key(before), _key(after)), join] += 1
    return found


# People described, then the verdict on them: "Patients with tumors extending or invading duodenum are not eligible"
# refuses the people, not the things the join joins ("A and B are not allowed" is read as neither).
_PEOPLE_WITH = re.compile(r"\s*(?:patients?|subjects?|participants?|people|persons?|individuals?|women|men)\s+"
                          r"(?:with|who|that|whose|having)\b", re.IGNORECASE)
_VERDICT = re.compile(r"not\s+(?:be\s+)?(?:eligible|allowed|permitted|included|enrolled)\b", re.IGNORECASE)


def _on_people(text: str, start: int, negation: re.Match[str]) -> bool:
    """Whether the `negation` after a join is the verdict on the people its clause (from `start`) opens with."""
    return bool(_PEOPLE_WITH.match(text, start)) and bool(_VERDICT.match(text, negation.start()))


def turned_joins(source: str, bullets: Sequence[str]) -> list[tuple[str, str, str]]:
    """(word before, word after, the source's join) for each pair of words a bullet joins the other way."""
    theirs = joins(source)
    if not theirs:
        return []
    ours: Counter[tuple[tuple[str, str], str]] = Counter()
    for text in bullets:
        ours += counted_joins(text)
    found = []
    for pair, said in theirs.items():
        join = next(iter(said))
        other = "or" if join == "and" else "and"
        # turned where a bullet joins the pair the other way at all, even beside the source's join: said once more
        # in a gloss ("central or branch retinal vein (central and branch retinal vein occlusion)") or once of the
        # source's twice ("Mild or moderate … Mild or moderate AD" said "mild or moderate … Mild and moderate AD");
        # the word after may be an abbreviation the bullet spells out ("and no ECT" said "or no electroconvulsive
        # therapy (ECT)")
        if len(said) == 1 and any(ours[said_pair, other] for said_pair in (pair, *_spelled_out(pair))) and not (
                join == "and" and _one_of_kinds(source, bullets, *pair)):
            found.append((*pair, join))
    return found


def _spelled_out(pair: tuple[str, str]) -> list[tuple[str, str]]:
    """The pair with its word after, an abbreviation, put as the first word of its expansion ("no ect" → "no
    electroconvulsive"): a bullet spells an abbreviation out and says it in brackets after."""
    before, after = pair
    *lead, word = after.split(" ")
    return [(before, " ".join([*lead, _key(m.plain.split()[0])])) for m in Lexicon.load().find(word.upper())
            if m.is_abbreviation and m.plain and m.start == 0 and m.end == len(word)]


# Kinds of a group said as what one of it is: "UN contractors (administrative, teachers and pensioners)" said "You are a
# UN contractor (administrative staff, teacher or pensioner)", "T1 and T2 lesions" said "Your tumor is T1 or T2". The
# source's two plurals, or its two words before a plural noun, are said in the singular, with no noun after: a planted
# "or" for a bullet's "and" keeps the plural ("teachers or pensioners", "T1 or T2 lesions").
_PLURAL_AFTER = re.compile(r"\s+([a-z]{3,}s)\b(?<!ss)", re.IGNORECASE)


def _one_of_kinds(source: str, bullets: Sequence[str], before: str, after: str) -> bool:
    """Whether the source joins `before` and `after` by "and" as kinds of a plural, and the bullets join them by "or"
    in the singular only."""
    a, b = re.escape(before), re.escape(after)
    plurals = re.search(rf"(?<![\w-]){a}s,?\s+and\s+{b}s(?![\w'-])", source, re.IGNORECASE)
    pair = re.search(rf"(?<![\w-]){a},?\s+and\s+{b}(?![\w'-])", source, re.IGNORECASE)
    head = _PLURAL_AFTER.match(source, pair.end()) if pair else None
    if plurals is None and head is None:
        return False
    said = [m for text in bullets for m in re.finditer(rf"(?<![\w-]){a}(s?),?\s+or\s+{b}(s?)(?![\w'-])", text,
                                                       re.IGNORECASE)]
    # (after the source's two words before a plural noun, the bullet's end their phrase: "T1 or T2, according to …";
    # "Sexually active or fertile people" for "Sexually active and fertile individuals" has only reworded the noun)
    return bool(said) and all(not m.group(1) and not m.group(2) and (
        plurals is not None or re.match(r"\s*(?:[,.;:)]|$)", m.string[m.end():]) is not None) for m in said)


def join_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                  raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each pair of words the `bullets` citing `source` (index, text) join by the other of "and", "or"."""
    findings = []
    for before, after, join in turned_joins(source, [text for _, text in bullets]):
        other = "or" if join == "and" else "and"
        where = re.search(rf"{re.escape(before)}\w*\W+{join}\s+{re.escape(after)}", source, re.IGNORECASE)
        findings.append(Finding(
            check="join_turned", severity=Severity.ERROR,
            message=f"{source_id}: the source joins “{before}” and “{after}” by “{join}”, the bullets by “{other}”",
            criterion_id=source_id, bullet_index=bullets[0][0],
            source_span=raw_of(*where.span()) if raw_of and where else None))
    return findings
