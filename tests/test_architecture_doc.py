"""docs/architecture.md stays true: its map names real modules, and its import rules hold."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
CORE = "interview_core"

# Imports the doc lists under "Known exceptions": (importing module, imported module).
KNOWN_EXCEPTIONS: set[tuple[str, str]] = set()

# What each engine package may import from the core, besides itself.
ALLOWED_FROM_CORE = {
    "language": set(),
    "interviewer": {"language", "context"},
    "scorer": {"language", "feedback_schema", "context"},
    "ai": {
        "interviewer",
        "scorer",
        "language",
        "context",
        "config",
        "db",
        "models",
        "errors",
        "feedback_schema",
    },
}


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^#+ |\Z)", text, re.M | re.S)
    assert match, f"docs/architecture.md has no '{title}' section"
    return match.group(1)


def _map_lines() -> list[str]:
    block = re.search(r"```text\n(.*?)```", _section("The map"), re.S)
    assert block, "the map is a ```text block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def named_paths() -> list[str]:
    """Every path the map names, resolved against the directories it sits under."""
    paths: list[str] = []
    dirs: list[tuple[int, str]] = []  # (indent, path) of the open directories
    for line in _map_lines():
        indent = len(line) - len(line.lstrip(" "))
        while dirs and dirs[-1][0] >= indent:
            dirs.pop()
        prefix = dirs[-1][1] if dirs else ""
        # The names come first, separated by single spaces; two spaces start the description.
        names = re.split(r" {2,}", line.strip(), maxsplit=1)[0].split(" ")
        paths.extend(prefix + name for name in names)
        if len(names) == 1 and names[0].endswith("/"):
            dirs.append((indent, prefix + names[0]))
    return paths


def test_the_map_is_parsed() -> None:
    paths = named_paths()
    assert "interview_core/language/cv.py" in paths
    assert "interview_core/web/*_routes.py" in paths
    assert "pages/sign_in.py" in paths


def test_every_path_in_the_map_exists() -> None:
    missing = [
        p for p in named_paths() if not (any(ROOT.glob(p)) if "*" in p else (ROOT / p).exists())
    ]
    assert not missing, f"docs/architecture.md names paths that do not exist: {missing}"


def _covered(path: str, named: list[str]) -> bool:
    if path in named or any("*" in n and Path(path).match(n) for n in named):
        return True
    # A directory named with nothing named inside it (migrations/, bench/) covers its files.
    dirs = [n for n in named if n.endswith("/") and path.startswith(n)]
    return any(not any(o != d and o.startswith(d) for o in named) for d in dirs)


def test_every_module_is_in_the_map() -> None:
    named = named_paths()
    files = [*ROOT.glob(f"{CORE}/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "streamlit_app.py"]
    modules = [f.relative_to(ROOT).as_posix() for f in files if f.name != "__init__.py"]
    absent = sorted(m for m in modules if not _covered(m, named))
    assert not absent, f"add one line each to the map in docs/architecture.md: {absent}"


# --- imports -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _sources() -> dict[str, Path]:
    """Dotted module name -> file, for the core, the pages and the entry point."""
    files = [*ROOT.glob(f"{CORE}/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "streamlit_app.py"]
    out: dict[str, Path] = {}
    for f in files:
        parts = list(f.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = f
    return out


def _is_type_checking(node: ast.AST) -> bool:
    """`if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`): imports only a type checker runs."""
    test = getattr(node, "test", None) if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of `tree` except those under `if TYPE_CHECKING:` (never run)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if _is_type_checking(child):
                todo.extend(getattr(child, "orelse", []))
            else:
                todo.append(child)


def _imports(module: str, path: Path) -> Iterator[str]:
    """Every module `module` imports when it runs, at any depth of the file (lazy imports too;
    type-only imports under `if TYPE_CHECKING:` are not dependencies and are left out)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield sub if sub in _sources() else target


@lru_cache(maxsize=1)
def import_edges() -> frozenset[tuple[str, str]]:
    """(importer, imported) for every import in the core, the pages and the entry point."""
    return frozenset((m, i) for m, p in _sources().items() for i in _imports(m, p))


def _under(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _core_part(module: str) -> str:
    """`interview_core.ai.base` -> `ai`; `interview_core.feedback` -> `feedback`."""
    return module.split(".")[1] if _under(module, CORE) and module != CORE else ""


def rule_violations(edges: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Every import in `edges` that breaks one of the rules stated in the doc."""
    bad: set[tuple[str, str]] = set()
    web, ui = f"{CORE}.web", f"{CORE}.ui"
    for src, dst in edges:
        in_core = _under(src, CORE)
        if in_core and _under(dst, "pages", "streamlit_app", "bench", "tests"):
            bad.add((src, dst))
        if in_core and not _under(src, web) and _under(dst, web):
            bad.add((src, dst))
        if _under(src, "pages") and _under(dst, "pages"):
            bad.add((src, dst))
        if _under(dst, "streamlit") and not _under(src, "streamlit_app", "pages", f"{CORE}.ui"):
            bad.add((src, dst))
        if _under(dst, "flask", "flask_login") and not _under(src, web):
            bad.add((src, dst))
        if _under(dst, "altair") and src != f"{ui}.charts":
            bad.add((src, dst))
        if in_core and not _under(src, ui) and _under(dst, ui):
            bad.add((src, dst))
        part, target = _core_part(src), _core_part(dst)
        if part in ALLOWED_FROM_CORE and target and target not in {part, *ALLOWED_FROM_CORE[part]}:
            bad.add((src, dst))
    return bad


def test_the_import_graph_is_read() -> None:
    edges = import_edges()
    assert ("interview_core.ai.offline", "interview_core.interviewer.engine") in edges
    assert ("interview_core.demo.pool", "interview_core.feedback") in edges  # a lazy import
    assert ("pages.dashboard", "streamlit") in edges


def test_the_rules_catch_imports_against_them() -> None:
    against = {
        ("interview_core.language.text", "interview_core.scorer.lexicons"),
        ("interview_core.scorer.rules", "interview_core.interviewer.plan"),
        ("interview_core.ai.service", "interview_core.feedback"),
        ("interview_core.feedback", "pages.feedback"),
        ("interview_core.interview", "interview_core.web.context"),
        ("interview_core.analytics", "streamlit"),
        ("interview_core.analytics", "interview_core.ui.charts"),
        ("interview_core.web.errors", "interview_core.ui.resources"),
        ("interview_core.report", "flask"),
        ("pages.feedback", "pages.interview"),
        ("pages.settings", "altair"),
    }
    allowed = {
        ("interview_core.ai.prompts", "interview_core.interviewer.brief"),
        ("interview_core.tracks", "interview_core.language.text"),
        ("interview_core.web.context", "interview_core.web.auth_routes"),
        ("pages.feedback", "interview_core.ui.components"),
        ("interview_core.ui.charts", "altair"),
    }
    assert rule_violations(against | allowed) == against


def test_imports_follow_the_documented_direction() -> None:
    unexpected = rule_violations(import_edges()) - KNOWN_EXCEPTIONS
    assert not unexpected, f"imports against docs/architecture.md: {sorted(unexpected)}"


def test_every_known_exception_is_still_real_and_documented() -> None:
    stale = KNOWN_EXCEPTIONS - rule_violations(import_edges())
    assert not stale, f"fixed: remove from 'Known exceptions' in the doc and here: {stale}"
    section = _section("Known exceptions")
    for importer, _ in KNOWN_EXCEPTIONS:
        where = _sources()[importer].relative_to(ROOT / CORE).as_posix()
        assert where in section, f"{where} is not under 'Known exceptions' in the doc"


# Module cycles the doc names, each broken by a function-level import.
KNOWN_CYCLES = {
    frozenset({"interview_core.config", "interview_core.ai.registry"}),
    frozenset({"interview_core.documents", "interview_core.document_sandbox"}),
    frozenset({"interview_core.web.context", "interview_core.web.auth_routes"}),
}


def module_cycles(edges: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    """The sets of modules that import each other, directly or through others."""
    graph: dict[str, set[str]] = {}
    for src, dst in edges:
        if src != dst:
            graph.setdefault(src, set()).add(dst)

    def reach(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    reachable = {m: reach(m) for m in graph}
    return {
        frozenset({m} | {o for o in reachable[m] if m in reachable.get(o, set())})
        for m in graph
        if m in reachable[m]
    }


def test_module_cycles_are_the_known_ones() -> None:
    modules = set(_sources()) - {CORE}
    edges = [(s, d) for s, d in import_edges() if d in modules]
    assert module_cycles(edges) == KNOWN_CYCLES
    assert module_cycles([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]) == {
        frozenset({"a", "b", "c"})
    }
