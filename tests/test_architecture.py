"""The architecture rules of ../shared/DESIGN.md, checked on the source: import direction and module size.

`prompts ← translator ← evals ← service`: a package may import only the packages to its left.
`openai`/`instructor` live in translator's LLM modules, `diskcache` in one module, and `fastapi` and
SQLAlchemy only under service/. Modules stay small so each can be read in one sitting.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["prompts", "translator", "evals", "service"]
MAX_LINES = 400  # STYLE.md: "aim for 100–300 lines; none over ~400"


def _modules() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py") if "migrations" not in p.parts)


@cache  # each module is read by its own test and by every library's: parsing all of them six times took a minute
def _imports(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return frozenset(found)


def _layer(path: Path) -> str:
    return path.relative_to(ROOT).parts[0]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_imports_only_layers_below_it(path: Path) -> None:
    layer = _layer(path)
    above = set(LAYERS[LAYERS.index(layer) + 1:])
    assert not (_imports(path) & above), f"{path.relative_to(ROOT)} imports {sorted(_imports(path) & above)}"


@pytest.mark.parametrize(("library", "allowed"), [
    ("openai", ("translator/llm", "translator/openai_server.py")),
    ("instructor", ("translator/llm",)),
    ("diskcache", ("translator/cache.py",)),
    ("fastapi", ("service/",)),
    ("sqlalchemy", ("service/",)),
    ("alembic", ("service/",)),
])
def test_third_party_library_stays_in_its_module(library: str, allowed: tuple[str, ...]) -> None:
    users = [str(p.relative_to(ROOT)) for p in _modules() if library in _imports(p)]
    strays = [u for u in users if not u.startswith(allowed)]
    assert not strays, f"{library} is imported outside {allowed}: {strays}"


def test_modules_stay_small() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    large = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not large, f"modules over {MAX_LINES} lines: {large}"


def test_rules_see_every_package() -> None:
    # Guards the checks above against passing vacuously after a move or rename.
    assert {_layer(p) for p in _modules()} == set(LAYERS)
    assert "translator" in _imports(ROOT / "evals" / "suites.py")
