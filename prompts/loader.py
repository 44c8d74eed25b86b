"""Prompt templates as files, and the small loader that renders them into chat messages.

A template is a Markdown file in `prompts/templates/` split into chat roles by marker lines
(`<!-- role: system -->`, `<!-- role: user -->`); each part is a Jinja2 template. The sha256 of
the file's bytes is the prompt's version: it goes into provenance and into every cache key, so
editing a template re-translates what it touched and nothing else.

This package sits below `translator` (prompts ← translator), so `render` takes plain data (dicts,
lists, strings) that the caller prepares, never translator models.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jinja2

TEMPLATE_SUFFIX = ".md"
ROLES = ("system", "user", "assistant")

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_ROLE_MARKER = re.compile(r"^<!--\s*role:\s*(\w+)\s*-->\s*$", re.MULTILINE)

# StrictUndefined: a field the caller forgot must fail loudly, not render as an empty string
# that would silently drop a fact from the prompt.
_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


class PromptError(Exception):
    """A prompt template is missing, malformed, or was rendered with incomplete data."""


@dataclass(frozen=True)
class PromptPart:
    role: str
    template: jinja2.Template


@dataclass(frozen=True)
class Prompt:
    """One prompt template: `id` is its name, `sha` the sha256 of its file (its version)."""

    id: str
    sha: str
    parts: tuple[PromptPart, ...]

    @classmethod
    def from_text(cls, name: str, text: str) -> Prompt:
        """A prompt from template text (the loader reads files; tests and experiments use this)."""
        return cls(id=name, sha=hashlib.sha256(text.encode()).hexdigest(), parts=_parse(name, text))

    def render(self, data: Mapping[str, object]) -> list[dict[str, str]]:
        """Chat messages (`{"role", "content"}`) for `data`; raise PromptError if data is missing."""
        messages = []
        for part in self.parts:
            try:
                content = part.template.render(data)
            except jinja2.TemplateError as exc:
                raise PromptError(
                    f"prompt {self.id!r} ({part.role} part) could not be rendered: {exc}; "
                    "pass every field the template uses"
                ) from exc
            messages.append({"role": part.role, "content": content.strip()})
        return messages


def load_prompt(name: str) -> Prompt:
    """The prompt `prompts/templates/<name>.md`; raise PromptError if it is missing or malformed."""
    if not _NAME.fullmatch(name):
        raise PromptError(f"prompt name {name!r} is not valid: use lower-case letters, digits and '_'")
    return _load(name)


def available_prompts() -> list[str]:
    """Names of every template shipped in `prompts/templates/`."""
    folder = resources.files(__package__).joinpath("templates")
    return sorted(
        entry.name.removesuffix(TEMPLATE_SUFFIX)
        for entry in folder.iterdir()
        if entry.name.endswith(TEMPLATE_SUFFIX)
    )


@lru_cache(maxsize=32)
def _load(name: str) -> Prompt:
    path = resources.files(__package__).joinpath("templates", name + TEMPLATE_SUFFIX)
    if not path.is_file():
        known = ", ".join(available_prompts()) or "none"
        raise PromptError(f"no prompt template {name!r} in prompts/templates/ (available: {known})")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PromptError(f"prompt {name!r} is not UTF-8 text ({exc}); save it as UTF-8") from exc
    return Prompt(id=name, sha=hashlib.sha256(raw).hexdigest(), parts=_parse(name, text))


def _parse(name: str, source: str) -> tuple[PromptPart, ...]:
    markers = list(_ROLE_MARKER.finditer(source))
    if not markers:
        raise PromptError(
            f"prompt {name!r} has no role markers: start each part with a line '<!-- role: system -->' "
            "or '<!-- role: user -->'"
        )
    if source[: markers[0].start()].strip():
        raise PromptError(f"prompt {name!r} has text before its first role marker; move it into a part")
    parts = []
    for index, marker in enumerate(markers):
        role = marker.group(1)
        if role not in ROLES:
            raise PromptError(f"prompt {name!r} uses unknown role {role!r}; use one of {', '.join(ROLES)}")
        end = markers[index + 1].start() if index + 1 < len(markers) else len(source)
        body = source[marker.end() : end].strip("\n")
        try:
            template = _ENV.from_string(body)
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(f"prompt {name!r} ({role} part) line {exc.lineno}: {exc.message}") from exc
        parts.append(PromptPart(role=role, template=template))
    return tuple(parts)
