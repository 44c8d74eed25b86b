"""What an operator sees when a command cannot run as set up: one line naming the setting or the
database and what is wrong with it, and an exit status, never a Python traceback.

Commands build their settings and open the store at the start, so a bad `TRIALPLAIN_*` variable, a
database URL that does not parse, a database that cannot be reached or an LLM backend set up without its API key
surfaces from any of them; the
`trialplain` app catches these here, once, instead of every command wrapping its first lines.
"""

from __future__ import annotations

from typing import Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from sqlalchemy.exc import ArgumentError, OperationalError

from service.errors import ServiceError
from translator.errors import TranslatorError

err = Console(stderr=True, highlight=False, soft_wrap=True)

# Exit statuses: 2 for a setup to fix before running again (as click uses for bad usage), 1 otherwise.
SETUP = 2
FAILED = 1


def explain(error: Exception) -> tuple[str, int] | None:
    """The message and exit status for an error an operator can act on, or None for a bug."""
    if isinstance(error, ValidationError) and error.title.endswith("Settings"):
        lines = [_setting_problem(detail) for detail in error.errors()]
        return "invalid setting: " + "; ".join(lines), SETUP
    if isinstance(error, ArgumentError) and "URL" in str(error):
        return (
            f"TRIALPLAIN_DATABASE_URL is not a database URL ({error}): use sqlite:///path/to/file.db or "
            "postgresql+psycopg://user:password@host:5432/dbname",
            SETUP,
        )
    if isinstance(error, OperationalError):  # cannot connect, cannot open the file, locked, disk full…
        text = str(error.orig).strip()
        reason = text.splitlines()[0] if text else type(error.orig).__name__
        return f"the database refused or could not be reached: {reason}; check TRIALPLAIN_DATABASE_URL", FAILED
    if isinstance(error, ServiceError | TranslatorError):  # raised on purpose, with a message that says what to do
        return str(error), FAILED
    return None


def _setting_problem(detail: Any) -> str:
    loc = detail.get("loc") or ("?",)
    name = "TRIALPLAIN_" + str(loc[0]).upper()
    given = detail.get("input")
    shown = f" (it is {given!r})" if isinstance(given, str | int | float) else ""
    return f"{name}: {detail.get('msg', 'invalid')}{shown}"


class Cli(typer.Typer):
    """A typer app whose setup errors (`explain`) end the command with a message instead of a traceback."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except Exception as error:
            explained = explain(error)
            if explained is None:
                raise
            message, status = explained
            err.print(f"[red]error[/] {escape(message)}")
            raise SystemExit(status) from None
