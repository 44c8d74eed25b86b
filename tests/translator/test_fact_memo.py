"""Facts and the fidelity checks' readings of a text are kept once read (translator.facts, translator.text_memo): each
caller still gets a list of its own, the caches are bounded, and what is kept answers exactly what a fresh reading
would."""

from __future__ import annotations

from collections.abc import Iterable

from translator import facts
from translator.facts import extract_facts
from translator.fidelity_content import dropped_runs
from translator.fidelity_deleted_items import deleted_items
from translator.fidelity_items import dropped_items
from translator.text_memo import TEXTS, TextMemo, memo_by_text


def test_extract_facts_gives_equal_but_independent_lists() -> None:
    text = "Age ≥ 18 years, no prior chemotherapy within 4 weeks"
    first = extract_facts(text)
    kept = list(first)
    first.clear()
    second = extract_facts(text)
    assert second == kept and second is not first and second


def test_the_caches_are_bounded() -> None:
    assert facts._extracted.cache_info().maxsize is not None
    assert all(kept.cache_info().maxsize == TEXTS for kept in (dropped_items, deleted_items, dropped_runs))


def _counting(maxsize: int = 8) -> tuple[list[tuple[str, tuple[str, ...]]], TextMemo[[str, Iterable[str]], str]]:
    reads: list[tuple[str, tuple[str, ...]]] = []

    @memo_by_text(maxsize)
    def words_left_out(source: str, bullets: Iterable[str]) -> list[str]:
        texts = tuple(bullets)
        reads.append((source, texts))
        said = {w for text in texts for w in text.split()}
        return [w for w in source.split() if w not in said]

    return reads, words_left_out


def test_a_memo_reads_each_text_once_and_gives_independent_lists() -> None:
    reads, left_out = _counting()
    first = left_out("fever cough rash", ["fever rash"])
    first.append("changed by the caller")
    assert left_out("fever cough rash", ("fever rash",)) == ["cough"]  # a tuple: the same key
    assert left_out("fever cough rash", ["fever"]) == ["cough", "rash"]  # other bullets
    assert reads == [("fever cough rash", ("fever rash",)), ("fever cough rash", ("fever",))]


def test_a_memo_reads_a_generator_afresh_and_keeps_nothing_of_it() -> None:
    reads, left_out = _counting()

    def bullets() -> Iterable[str]:
        yield "fever"

    for _ in range(2):
        assert left_out("fever cough", bullets()) == ["cough"]
    assert len(reads) == 2
    assert left_out.cache_info().currsize == 0


def test_a_memo_is_bounded() -> None:
    reads, left_out = _counting(maxsize=2)
    for source in ("a b", "c d", "e f", "a b"):
        left_out(source, ["a"])
    assert [source for source, _ in reads] == ["a b", "c d", "e f", "a b"]  # the oldest went first
    assert left_out.cache_info().currsize == 2


def test_the_checks_kept_readings_answer_as_fresh_ones() -> None:
    source = "Psoriasis, eczema, lupus or rosacea"
    bullet = "You have psoriasis, lupus or rosacea."
    fresh = (dropped_items.__wrapped__(source, [bullet]), deleted_items.__wrapped__(source, [bullet]),
             dropped_runs.__wrapped__(source, [bullet]))
    for _ in range(2):
        kept = dropped_items(source, [bullet]), deleted_items(source, [bullet]), dropped_runs(source, [bullet])
        assert kept == fresh
        kept[0].clear()  # a caller's list is its own
    assert [source[a:b].strip() for a, b in dropped_items(source, (bullet,))] == ["eczema"]
