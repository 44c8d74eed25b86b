"""Memoised readings of texts: a fidelity check reads the same criterion and the same bullets again and again.

The offline backend checks each part's rendering on its own (`check_rendering`, once per fallback level it tries),
then the whole translation is checked (`check`), and an LLM answer is checked by the validator and then with the
whole translation: each time with the same criterion text and, mostly, the same bullet texts. What the checks read
from those texts alone ("which list items of this criterion do these bullets leave out", "the content words of this
text") is read once and kept here.

`memo_by_text` keeps the answers of a function of texts (and numbers): its arguments, with lists of texts made into
tuples, are the key. The answer is stored as a tuple and handed out as a new list each call, so a caller may change
its list without changing what the next caller gets (the items must be immutable: tuples, strings, frozen models).
The caches are bounded (least recently used goes first; `TEXTS`): a long-running service must not keep every text
it ever checked.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

# The same texts come back within one record (its renderings checked, then the whole translation) or one window of
# an LLM run (128 trials): over the first 600 corpus records, room for 4,096 answers gave 14,018 of the 14,166 repeat
# readings that room for 32,768 did, and kept 60 MB less.
TEXTS = 4_096


class TextMemo(Generic[P, T]):
    """A function of texts whose answers (lists) are kept; `cache_info` and `cache_clear` as `functools.lru_cache`."""

    __wrapped__: Callable[P, list[T]]  # the function itself, reading afresh (set by `update_wrapper`)

    def __init__(self, function: Callable[P, list[T]], maxsize: int) -> None:
        self._function = function
        self._cached = lru_cache(maxsize=maxsize)(self._answer)
        update_wrapper(self, function)

    def _answer(self, *key: Any) -> tuple[T, ...]:
        function: Callable[..., list[T]] = self._function
        return tuple(function(*key))

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> list[T]:
        key = _key(args)
        if kwargs or key is None:  # the callers pass texts by position; anything else is read afresh
            return self._function(*args, **kwargs)
        return list(self._cached(*key))

    def cache_info(self) -> Any:
        return self._cached.cache_info()

    def cache_clear(self) -> None:
        self._cached.cache_clear()


def _key(args: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The arguments as a key: each a text, a number or a list or tuple of texts (kept as a tuple); else None (a
    generator, say, would be spent by reading it for a key)."""
    key: list[object] = []
    for arg in args:
        if isinstance(arg, (str, int, float)):  # the common case first: this runs for every check of every text
            key.append(arg)
        elif isinstance(arg, (list, tuple)):
            texts = tuple(arg)
            for text in texts:  # a loop, not all(…) over a generator
                if not isinstance(text, str):
                    return None
            key.append(texts)
        else:
            return None
    return tuple(key)


def memo_by_text(maxsize: int = TEXTS) -> Callable[[Callable[P, list[T]]], TextMemo[P, T]]:
    """Keep the answers of a function whose arguments are texts, lists of texts and numbers (see the module)."""

    def wrap(function: Callable[P, list[T]]) -> TextMemo[P, T]:
        return TextMemo(function, maxsize)

    return wrap
