"""The review queue's filters as the editor pages carry them: recruiting or not, the search words, one kind of
finding. Every link between the queue and a review page keeps them in its query string, so an editor working down
a narrowed queue stays in it from trial to trial."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from service import store
from service.finding_filters import CHECK_NAME

MAX_SEARCH = 200
_RECRUITING: dict[str | None, bool | None] = {None: None, "": None, "yes": True, "no": False}


class BadFilter(ValueError):
    """A filter no link of ours writes: (title, message) for the error page."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(message)
        self.title = title


@dataclass(frozen=True)
class QueueFilters:
    recruiting: str | None = None  # "yes" or "no"
    search: str | None = None  # the search's words, lower case, one space apart
    check: str | None = None  # a finding's check name

    @classmethod
    def read(
        cls, recruiting: str | None, q: str | None, check: str | None, *, strict: bool = True
    ) -> QueueFilters:
        """The filters of a request. `strict` refuses what no link writes (BadFilter); otherwise a hand-edited
        link loses the filter rather than the page, and a long search is cut."""
        if recruiting not in _RECRUITING:
            if strict:
                raise BadFilter("Bad filter", f"recruiting must be yes or no, not {recruiting!r}.")
            recruiting = None
        search = " ".join(store.search_words(q)) or None
        if search is not None and len(search) > MAX_SEARCH:
            if strict:
                raise BadFilter("Search too long", f"A search has at most {MAX_SEARCH} characters.")
            search = search[:MAX_SEARCH]
        if check == "":
            check = None
        if check is not None and not CHECK_NAME.match(check):
            if strict:
                raise BadFilter("Bad filter", f"{check!r} is not the name of a check (such as fact_missing).")
            check = None
        return cls(recruiting or None, search, check)

    def narrowing(self) -> dict[str, Any]:
        """The filters as store.review_queue's arguments."""
        return {"recruiting": _RECRUITING[self.recruiting], "search": self.search, "check": self.check}

    def query(self) -> str:
        """The filters as a query string ("?recruiting=yes&q=breast+cancer&check=fact_missing"), or ""."""
        params = {"recruiting": self.recruiting, "q": self.search, "check": self.check}
        kept = {name: value for name, value in params.items() if value}
        return "?" + urlencode(kept) if kept else ""
