"""Words that mean a negation without a cue, said with a cue on the other side, and a cued term kept in a gloss.

A plain wording says some terms by what they deny, and the negation count must not read that as a negation added
(or, the other way round, lost):
- "continuous therapy" / "MTX without a break" ("without interruption", "without stopping");
- "refractory to induction therapy" / "did not respond to the first treatment";
- "inadequately controlled" / "not well controlled" ("not adequately", "not properly");
- "amenorrheic for 12 months" / "no periods (amenorrhea) for 12 months";
- "any contraindication to these drugs" / "a reason not to take (a contraindication to) these drugs";
- "unchanged total daily dose" / "the same total daily dose" (the cue is on the source's side here);
- "extracranial primary malignancy" / "cancer that started outside the skull".
Each pair counts only where one side has more of the cued wording and the other more of the plain word, as
`translator.fidelity_affix_swaps.affix_swaps` counts "refrain from" against "stop"; a word in a short bracket
("(amenorrhea)", "(a contraindication to)") glosses the words before it and is not counted as said. A plain word of
the source said in neither way, where the bullets name what it denies without a cue ("Refractory to induction
therapy" said "did respond to the first treatment", "with amenorrhea" said "with periods", "any contraindication"
said "any reason to take"), counts as a negation the bullets dropped.

A bullet may also say a cued term of its source in words and keep the term in a gloss: "Unresectable disease" →
"It cannot be removed by surgery (unresectable)", "Unmedicated intraocular pressure" → "Your eye pressure without
medicine (unmedicated intraocular pressure)". The bracket names the source's term for the words before it; it says
no negation of its own, so the words must say the negation: the gloss counts as the source's negation said in words
(where the source has the same cued word and no such gloss of its own), and a bullet whose words lost the cue ("It
can be removed by surgery (unresectable)") has lost the negation. The other way round too: the term kept, and its
negation explained in a bracket right after it ("unresectable (not removable by surgery)"); and a plain word kept and
explained by its cued wording in a bracket a few words after it ("decompensated liver disease (liver disease the body
can no longer make up for)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.fidelity_expansions import denials_left_out, gloss_spans
from translator.lexicon import Lexicon
from translator.negation_meaning_pairs import DENYING_TERMS, plain_said
from translator.negation_meaning_pairs import PAIRS as _PAIRS

_GLOSS = re.compile(r"\(\s*([\w-]+)\s*\)")
# "unresectable (removable by surgery)": a cued word, then a bracket that opens with what it can or cannot be.
# ("unresectable (can be removed by surgery)" too)
_ABLE_GLOSS = re.compile(r"([\w-]+)\s*\(\s*(?:[\w-]+\s+){0,2}?(?:[a-z]+(?:able|ible)|can\s+be)\b[^()]*\)", re.I)
_EXPLAINED_CUE = re.compile(r"([\w-]+)\s*\(\s*(not|no|cannot|without|never)\b", re.IGNORECASE)
# A bracket that opens with a word: "(unresectable)", "(unmedicated intraocular pressure)".
_GLOSS_OPENING = re.compile(r"\(\s*([\w-]+)[^()]*\)")
_SENTENCE_START = re.compile(r"[.;:!?](?:\s|$)")
_WORD = re.compile(r"[\w-]+")
_PERMISSION = re.compile(r"\w+\s+(?:allowed|permitted)$")  # a denial that is a cue: "are allowed" for "prohibited"


def _on_a_cue(start: int, end: int, facts: Sequence[Fact]) -> bool:
    return any(f.kind is FactKind.NEGATION and f.start < end and start < f.end for f in facts)


_OPPOSITE_BEFORE = re.compile(r"\b(?:with|can|could|able)\b", re.IGNORECASE)
_LITTLE = frozenset({"a", "an", "the", "to", "of", "for", "with", "in", "on", "or", "and"})
_SHORT_BRACKET = re.compile(r"\(\s*(?:[\w'-]+\s+){0,3}[\w'-]+\s*\)")


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is in a bracket of at most four words that names the term the words before it say:
    "(amenorrhea)", "(a contraindication to)", or "(vitamin B12 deficiency)" after "a lack of vitamin B12" (its other
    words, but for little ones, said just before it; not "(transfusion independent)", which qualifies)."""
    brackets = _SHORT_BRACKET.finditer(text, max(0, start - 60))
    bracket = next((m for m in brackets if m.start() < start and end < m.end()), None)
    if bracket is None:
        return False
    others = f"{text[bracket.start() + 1 : start]} {text[end : bracket.end() - 1]}".casefold().split()
    before = text[max(0, bracket.start() - 60) : bracket.start()].casefold().split()
    return all(word in before for word in others if word not in _LITTLE)


def _count(texts: Sequence[tuple[str, Sequence[Fact]]], pattern: re.Pattern[str], cued: bool,
           named_after: Sequence[re.Pattern[str] | None] = ()) -> int:
    return sum(1 for text, facts in texts for m in pattern.finditer(text)
               if _on_a_cue(m.start(), m.end(), facts) is cued and not _glossed(text, m.start(), m.end())
               and not _naming(text, m.start(), named_after))


# A bracket of up to ninety characters, commas allowed: "(metastatic castration-resistant prostate cancer, mCRPC)".
_OPEN_BRACKET = re.compile(r"\(([^()]{1,90})\)")


def _naming(text: str, start: int, said_before: Sequence[re.Pattern[str] | None]) -> bool:
    """Whether the word at `start` is inside a bracket that names the term for words said at most eight words
    before it in its sentence ("no longer responds to hormone treatment (castration-resistant …)"; or, a cue lost,
    "responds to hormone treatment (castration-resistant …)"): a name given to those words, not the word said."""
    bracket = next((b for b in _OPEN_BRACKET.finditer(text, max(0, start - 90)) if b.start() < start < b.end()), None)
    if bracket is None:
        return False
    opened = max((s.end() for s in _SENTENCE_START.finditer(text, 0, bracket.start())), default=0)
    return any(pattern is not None and any(
        len(text[m.end() : bracket.start()].split()) <= 8 and not re.search(r"[()]", text[m.end() : bracket.start()])
        for m in pattern.finditer(text, opened, bracket.start())) for pattern in said_before)


def meaning_swaps(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                  ) -> tuple[int, int]:
    """Negations said by a cued wording on one side for a plain word of the same meaning on the other: (in the
    bullets, in the sources), as `affix_swaps` counts them."""
    to_words = to_plain = 0
    said = {i for text, _ in (*sources, *bullets) for i in plain_said(text)}
    for plain, cued, denied in (pair for i, pair in enumerate(_PAIRS) if i in said):
        bullet_cued, source_cued = _count(bullets, cued, True), _count(sources, cued, True)
        bullet_plain, source_plain = _count(bullets, plain, False, (cued, denied)), _count(sources, plain, False)
        to_words += (worded := max(min(bullet_cued - source_cued, source_plain - bullet_plain), 0))
        to_plain += max(min(source_cued - bullet_cued, bullet_plain - source_plain), 0)
        # A plain word the bullets say in neither way, where they name what it denies without a cue ("refractory"
        # said "did respond", "amenorrhea" said "with periods"): a negation of the source's said in no words, which
        # counts as one the bullets lack.
        lost = source_plain - bullet_plain - max(bullet_cued - source_cued, 0)
        if denied is not None and lost > 0:
            to_words += min(lost, sum(1 for text, facts in bullets for m in denied.finditer(text)
                                      if (not _on_a_cue(m.start(), m.end(), facts) or _PERMISSION.match(m.group()))
                                      and not any(c.start() <= m.start() < c.end() for c in cued.finditer(text))))
        # A plain word the bullets keep and explain in a bracket by its cued wording ("decompensated liver disease
        # (… can no longer make up for)"): the bracket's negation is the word's, said again (beyond the sources' own
        # such brackets, and the wordings counted above: "fast, that is go without food" for "fast, or withhold food").
        to_words += max(min(source_plain, bullet_cued - source_cued - worded, _explained(bullets, plain, cued)
                            - _explained(sources, plain, cued)), 0)
    to_words += _unexplained(sources, bullets)
    return to_words + _glossed_cues(sources, bullets) + max(_defining_glosses(sources, bullets), _lexicon_glosses(
        sources, bullets)) + _restating_brackets(sources, bullets) + _denied_acronyms(sources, bullets), to_plain


# "lung cancer that is not small cell (NSCLC)", "a heart attack that is not an ST-elevation one (NSTEMI)": the "N" of an
# acronym the source writes stands for its "non-", which the words before the bracket say with a plain cue (not where
# they spell the "non-" out too: "not had non-small cell lung cancer (NSCLC)" adds a "not"); words with no cue at all
# ("lung cancer that is small cell (NSCLC)") have lost it.
_N_ACRONYM = re.compile(r"\(((?:N|u)[A-Z]{2,6})\)")
# Acronyms the lexicon does not spell out whose first letter is a denial: "non-valvular atrial fibrillation",
# "uncontrolled hypertension" ("uHTN": its "u" is an "un-", said "Uncontrolled high blood pressure (uHTN)").
_DENYING_ACRONYMS = frozenset({"NVAF", "NMIBC", "NIDDM", "NPDR", "NTM", "uHTN"})
_CLAUSE_VERB = re.compile(r"(?<!that\s)(?<!which\s)\b(?:do|does|did|have|has|had|is|are|was|were|be|will|would"
                          r"|can|could|must|should|may|might)\s+$", re.IGNORECASE)
_BEFORE_ACRONYM = re.compile(r"(?:[\w'-]+\s+){1,8}$")


def _denied_acronyms(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                     ) -> int:
    """Plain negations of the bullets that say the "non-" of an acronym of the sources kept in a bracket after them."""
    # (only an acronym the lexicon spells out with "non": "NGS", "NRS" are no denials; "NVAF", unknown, is left alone)
    named = {m.text for text, _ in sources for m in Lexicon.load().find(text)
             if re.fullmatch(r"N[A-Z]{2,6}", m.text) and (m.plain or "").casefold().startswith("non")}
    named |= {a for a in _DENYING_ACRONYMS if any(re.search(rf"\b{a}\b", text) for text, _ in sources)}
    count = 0
    for text, facts in bullets:
        for m in _N_ACRONYM.finditer(text):
            before = _BEFORE_ACRONYM.search(text, 0, m.start())
            if m.group(1) not in named or before is None or re.search(r"\bnon", before.group(), re.I):
                continue
            cues = [f for f in facts if f.kind is FactKind.NEGATION and before.start() <= f.start < m.start()]
            if m.group(1).startswith("u"):  # its "un-" said by one word that starts with it, and no other cue
                count += len(cues) == 1 and re.match(r"un\w", text[cues[0].start : cues[0].start + 3], re.I) is not None
                continue
            # (one the lexicon does not know: only a "not" inside the term's words, "atrial fibrillation not caused by a
            # heart valve problem (NVAF)", never one of the clause's verb, "You do not have atrial fibrillation (NVAF)")
            if m.group(1) in _DENYING_ACRONYMS and any(_CLAUSE_VERB.search(text, 0, f.start) for f in cues):
                continue
            count += not cues or all(f.cue in ("not", "no", "without") for f in cues)
    return count


_OPENED = re.compile(r"\(\s*[^()]*$")
# (not past a join: in "status epilepticus or stroke (…)" the bracket explains the other item)
_BRACKET_AFTER = re.compile(r"(?:\s+(?!or\b|and\b)[\w'-]+){0,3}\s*\(([^()]{1,120})\)", re.IGNORECASE)
# ("amenorrhea, meaning periods": a clause right after it that explains it the same way)
# (only "meaning", and its first three words: "failed, that is, had an inadequate response" explains with a negation
# the facts read no cue in)
_MEANING_AFTER = re.compile(r",?\s+meaning\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


def _unexplained(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]) -> int:
    """A term that means a denial, kept and explained in a bracket opened within three words after it, where the
    bracket names what the term denies with no negation at all: "decompensated liver disease (liver disease the body
    can make up for)", "status epilepticus (a seizure that does stop)". The explanation says the opposite of the
    term: it counts as a negation the bullets lack (beyond such brackets of the sources')."""
    said = {i for text, _ in (*sources, *bullets) for i in plain_said(text)}
    terms = [(plain, denied) for i, (plain, _, denied) in enumerate(_PAIRS) if denied is not None and i in said]
    terms += [(term, denied) for term, denied in DENYING_TERMS if any(term.search(t) for t, _ in (*sources, *bullets))]

    def count(texts: Sequence[tuple[str, Sequence[Fact]]]) -> int:
        found = 0
        for text, facts in texts:
            for term, denied in terms:
                for m in term.finditer(text):
                    bracket = _BRACKET_AFTER.match(text, m.end()) or _MEANING_AFTER.match(text, m.end())
                    if (bracket is not None and not _on_a_cue(m.start(), m.end(), facts)
                            and denied.search(bracket.group(1))
                            and not _on_a_cue(bracket.start(1), bracket.end(1), facts)):
                        found += 1
        return found

    return max(count(bullets) - count(sources), 0)


# A relative clause that explains the term before it: "castration-resistant prostate cancer, which no longer …".
_EXPLAINING = re.compile(r"[^.;:]{0,50}?(?:,\s*|\s)(?:which|that|meaning)\s", re.IGNORECASE)


def _explained(bullets: Sequence[tuple[str, Sequence[Fact]]], plain: re.Pattern[str], cued: re.Pattern[str]) -> int:
    """Plain words explained by a cued wording of the same meaning: the cued wording inside a bracket that opens
    within three words after the plain word ("decompensated liver disease (… can no longer make up for)") or in a
    relative clause right after it ("castration-resistant prostate cancer, which no longer responds …")."""
    count = 0
    for text, facts in bullets:
        for m in cued.finditer(text):
            if not _on_a_cue(m.start(), m.end(), facts):
                continue
            bracket = _OPENED.search(text, 0, m.start())
            if bracket is not None:
                words = [p for p in plain.finditer(text, max(0, bracket.start() - 40), bracket.start())
                         if not _on_a_cue(p.start(), p.end(), facts)]
                if words and len(text[words[-1].end() : bracket.start()].split()) <= 3:
                    count += 1
                    continue
                # (or a relative clause inside the bracket: "(12 months of amenorrhea, meaning no periods)")
                if not plain.search(text, bracket.start(), m.start()):
                    continue
            before = [p for p in plain.finditer(text, max(0, m.start() - 80), m.start())
                      if not _on_a_cue(p.start(), p.end(), facts)]
            if before and (clause := _EXPLAINING.match(text, before[-1].end())) and len(
                    text[clause.end() : m.start()].split()) <= 3:
                count += 1
                continue
    return count


def _glossed_cues(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                  ) -> int:
    """Cued words of the sources a bullet keeps in a gloss of the words before it, beyond the glosses the sources
    have themselves ("(non-cardiac)" copied from the source glosses nothing anew): the words before the bracket must
    say the negation."""
    words = {w for text, facts in sources for w in _cued_words(text, facts)}
    repeated: Counter[str] = Counter()
    for text, facts in bullets:
        for m in _glosses(text, words, facts):
            word = _kept(_fold(m.group(1)), words) or _fold(m.group(1))
            opened = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
            # a gloss of words before it in its sentence that say the negation ("cannot be removed by surgery
            # (unresectable)") or its opposite ("with medicine (unmedicated …)", "can be removed by surgery
            # (unresectable)": the cue lost); not a plain word that says the term without one ("The other
            # (non-target) knee"), whose gloss is the term's negation itself
            # (a term last in its bracket, "(hypoglycemia unawareness)", names the words before it, which must say
            # its negation: so the gloss always counts; "(ART naïve)" after words that say it was had, "You have
            # ever taken antiretroviral therapy (ART naïve)", has lost it, not after "new to treatment")
            if any(f.kind is FactKind.NEGATION and opened <= f.start and f.end <= m.start() for f in facts) or (
                    _OPPOSITE_BEFORE.search(text, max(opened, m.start() - 50), m.start())) or (
                    m.re is _GLOSS_CLOSING) or (m.re is _SHORT_GLOSS and _HAD_BEFORE.search(text, opened, m.start())):
                repeated[word] += 1
        # …or keeps the word and explains it in a bracket right after it: "unresectable (not removable by surgery)";
        # a bracket that says what it can be with no negation says the term's opposite, and has lost the negation its
        # explanation needs ("unresectable (removable by surgery)")
        for m in _EXPLAINED_CUE.finditer(text):
            word = _fold(m.group(1))
            if word in words and _on_a_cue(m.start(1), m.end(1), facts) and _on_a_cue(m.start(2), m.end(2), facts):
                repeated[word] += 1
        for m in _ABLE_GLOSS.finditer(text):
            word = _fold(m.group(1))
            if word in words and _on_a_cue(m.start(1), m.end(1), facts) and not any(
                    f.kind is FactKind.NEGATION and m.end(1) <= f.start < m.end() for f in facts):
                repeated[word] += 1
    own = Counter(_fold(m.group(1)) for text, _ in sources for m in (*_GLOSS_OPENING.finditer(text),
                                                                       *_SHORT_GLOSS.finditer(text),
                                                                       *_GLOSS_CLOSING.finditer(text),
                                                                       *_EXPLAINED_CUE.finditer(text)))
    return sum(max(n - own[word], 0) for word, n in repeated.items())


# "You have never taken antiretroviral therapy (ART naïve)": a short bracket that ends with "naive", after what it has
# never had (not a list: "(treated or untreated)").
# (or hyphened to it: "(treatment-naive)"; or after what it was exposed to: "exposed to raltegravir (RAL-naive)")
_HAD_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:taken|had|received|used|been|got|gotten|started)\b"
                         r"|\b(?:exposed|treated)\s+(?:to|with)\b", re.IGNORECASE)
_SHORT_GLOSS = re.compile(r"\(\s*(?:(?!or\b|and\b)[\w'-]+?[\s-]+){1,2}(na[iï]ve)\s*\)", re.IGNORECASE)


def _fold(word: str) -> str:
    """A word as glosses compare it: "naïve" as "naive", which a bullet may spell without the diaeresis."""
    return word.casefold().replace("ï", "i")


# "not noticing low blood sugar (hypoglycemia unawareness)": the cued term last in a bracket of two or three words.
_GLOSS_CLOSING = re.compile(r"\(\s*(?:(?!or\b|and\b)[\w'-]+\s+){1,2}((?:un|non|in|dis)-?[\w-]+)\s*\)", re.IGNORECASE)


def _glosses(text: str, words: set[str], facts: Sequence[Fact]) -> list[re.Match[str]]:
    """Brackets of `text` that keep one of the source's cued `words` as a gloss: its first word, or the last of a short
    one ("(unresectable)", "(ART naïve)", "(hypoglycemia unawareness)")."""
    return [m for pattern in (_GLOSS_OPENING, _SHORT_GLOSS, _GLOSS_CLOSING) for m in pattern.finditer(text)
            if _kept(_fold(m.group(1)), words) and _on_a_cue(m.start(1), m.end(1), facts)]


def _kept(word: str, words: set[str]) -> str | None:
    """The source's cued word that the gloss `word` keeps: the same word, or written whole where the source parts it
    ("non-childbearing" for the "non-child bearing" of the source, read up to its space)."""
    if word in words:
        return word
    joined = word.replace("-", "")
    return next((w for w in sorted(words) if len(w) >= 6 and joined.startswith(w.replace("-", ""))), None)


def _cued_words(text: str, facts: Sequence[Fact]) -> set[str]:
    """The whole words of `text` a negation cue starts as an affix: "unresectable" for the cue "un" (not a cue that is a
    word of its own, "(except melanoma)", which is no term kept in a gloss)."""
    return {_fold(m.group()) for f in facts
            if f.kind is FactKind.NEGATION and (m := _WORD.match(text, f.start)) is not None
            and (m.end() > f.end or f.cue in ("naive", "absence"))}  # ("naive", "absence" name a term, as
    # "unresectable" does: "No cirrhosis (absence of cirrhosis)")


# "status epilepticus (a seizure that does not stop)": a bracket that defines the term before it, as a noun and a
# relative clause; its negation belongs to the definition, not to what the criterion asks.
# (A short one, of twelve words at most: a longer bracket says more than what a term means.)
# (or a bare noun phrase of up to three words: "primary insomnia (long-term trouble sleeping that is not caused by …)";
# not one that opens on its cue, "(not a seizure that stops)", which defines nothing)
_DEFINITION = re.compile(r"(?<![\w'-])([\w'-]+)(?:\s+([\w'-]+))?\s*\(\s*(?:(?:a|an)\s+[\w'-]+(?:\s+[\w'-]+)?"
                         r"|(?!(?:not|no|non|never|without)\b)[\w'-]+(?:\s+[\w'-]+){0,2})\s+"
                         r"(?:that|which|who|where|when|in\s+which)\b(?:\s+[^()\s]+){1,9}\s*\)", re.IGNORECASE)
_BRACKET = re.compile(r"\([^()]*\)")


def _said_again(text: str, start: int) -> bool:
    """Whether the bracket after `start` opens with a word of the two before it: "liver disease (liver disease that the
    body can no longer …)" says its term again, for `_explained` to read."""
    opened = text.index("(", start)
    before = {w.casefold() for w in _WORD.findall(text, max(0, opened - 40), opened)[-2:]}
    first = _WORD.search(text, opened)
    return first is not None and first.group().casefold() in before


def _defining_glosses(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                      ) -> int:
    """Negations inside short brackets that define a term of the sources (one of the two words before the bracket is
    the sources'), beyond those inside the sources' own brackets: a definition says no negation of the criterion's, so
    it neither adds one nor stands for one the bullets lost."""
    words = {w for text, _ in sources for w in _WORD.findall(text.casefold())}

    defined = sum(1 for text, facts in bullets for m in _DEFINITION.finditer(text)
                  if any(w and w.casefold() in words for w in m.groups()) and not _said_again(text, m.start())
                  for f in facts if f.kind is FactKind.NEGATION and m.end(2 if m.group(2) else 1) <= f.start
                  and f.end <= m.end())
    # (a bracket of the source's own, said again, brings its negation with it: "(a female … with no impairment …)")
    bracketed = sum(1 for text, facts in sources for m in _BRACKET.finditer(text)
                    for f in facts if f.kind is FactKind.NEGATION and m.start() <= f.start and f.end <= m.end())
    return max(defined - bracketed, 0)


# "unless it is given when the tumor has not grown (no tumor progression)": a short bracket, opened by a negation,
# that names in the source's words what the negated words just before it say ("(absence of …)" only unbacked).
_NEGATED_BRACKET = re.compile(r"\(\s*(?:no|not|without|non|(?P<noun>absence\s+of|lack\s+of))\b[\s-]*"
                              r"((?:[\w'-]+\s*){1,3})\)", re.IGNORECASE)
_PLAIN_NEGATIONS = frozenset({"no", "not", "never", "without", "none"})


def _restating_brackets(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                        ) -> int:
    """Negations in a short bracket that restates, in the sources' words, the negation said within four words
    before it: the same negation said twice, beyond such brackets of the sources' own. A bracket of the kind with no
    negation before it names words that lost theirs ("when the tumor has grown (no tumor progression)"): it counts
    as a negation the bullets lack."""
    words = {w for text, _ in sources for w in _WORD.findall(text.casefold())}

    def restating(texts: Sequence[tuple[str, Sequence[Fact]]]) -> tuple[int, int]:
        backed = unbacked = 0
        for text, facts in texts:
            for m in _NEGATED_BRACKET.finditer(text):
                if not all(w in words for w in _WORD.findall(m.group(2).casefold())):
                    continue
                start = m.start() - len(" ".join(text[: m.start()].split()[-4:])) - 1
                if any(f.kind is FactKind.NEGATION and f.cue in _PLAIN_NEGATIONS and start <= f.start < m.start()
                       for f in facts):
                    backed += not m.group("noun")
                elif {w.casefold() for w in text[: m.start()].split()[-6:]}.intersection(
                        w for w in _WORD.findall(m.group(2).casefold()) if w not in _LITTLE):
                    unbacked += 1  # (it names the words before it; "in the oral cavity (not the lips)" carves out)
        return backed, unbacked

    (bullet_backed, bullet_unbacked), (source_backed, source_unbacked) = restating(bullets), restating(sources)
    return max(bullet_backed - source_backed, 0) + max(bullet_unbacked - source_unbacked, 0)


def _lexicon_glosses(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                     ) -> int:
    """Negations inside brackets that define a term of the sources in the lexicon's own words ("carcinoma in situ
    (early cancer that has not spread)", `translator.fidelity_expansions`), beyond such brackets of the sources."""
    texts = [text for text, _ in sources]

    def glossed(of: Sequence[tuple[str, Sequence[Fact]]]) -> int:
        return sum(1 for text, facts in of for a, b in gloss_spans(text, texts)
                   for f in facts if f.kind is FactKind.NEGATION and a <= f.start and f.end <= b)

    # (a bracket that takes the lexicon's words but leaves out its "not": "(early cancer that has spread)")
    return max(glossed(bullets) - glossed(sources), 0) + sum(denials_left_out(text, texts) for text, _ in bullets)
