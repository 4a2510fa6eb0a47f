"""The layout holds: the stages stay pure, data flows one way between the folders, each fact
is spelled once, every cited doc exists, and no module grows past 400 lines."""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

from feedback.verdicts import VERDICTS
from vision.landmarks import SIDES

ROOT = Path(__file__).resolve().parents[1]
# In the order data flows through them: each may import only from those before it.
FLOW = ("vision", "feedback", "runs", "storage", "evaluation", "ui", "app_pages")
NOT_IN_STAGES = {"sqlite3", "threading", "streamlit", "streamlit_webrtc", "av"}
MAX_LINES = 400


def tracked(*patterns: str) -> list[Path]:
    listed = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.split()
    return [ROOT / name for name in listed if (ROOT / name).is_file()]


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module `path` imports, at any depth (functions included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_imports_helper_sees_imports_inside_functions(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("import os.path\nfrom a.b import c\ndef f():\n    import threading\n")
    assert imported_modules(path) == {"os", "a", "threading"}


def test_the_stages_do_no_io_threads_or_ui():
    found = {f"{path.relative_to(ROOT)} imports {name}"
             for path in (ROOT / "feedback").rglob("*.py")
             for name in imported_modules(path) & NOT_IN_STAGES}
    assert sorted(found) == []


@pytest.mark.parametrize("package", FLOW)
def test_data_flows_one_way_between_the_folders(package):
    later = set(FLOW[FLOW.index(package) + 1:])
    found = {f"{path.relative_to(ROOT)} imports {name}"
             for path in (ROOT / package).rglob("*.py") for name in imported_modules(path) & later}
    assert sorted(found) == []


def app_code() -> list[Path]:
    return tracked(*(f"{package}/*.py" for package in FLOW), "app.py", "cli.py")


def _literal_collections(path: Path, members: set[str]) -> list[str]:
    """Where a tuple, list or set (a `Literal[...]` included) of exactly `members` is written out."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            continue
        values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        if len(values) == len(node.elts) == len(members) and set(values) == members:
            found.append(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{node.lineno}")
    return found


def test_the_verdict_list_is_spelled_once():
    """Once in the whole repository, tests and tools included: they import VERDICTS."""
    found = [where for path in tracked("*.py") for where in _literal_collections(path, set(VERDICTS))]
    assert [where.split(":")[0] for where in found] == ["feedback/verdicts.py"], found


@pytest.mark.parametrize("members, home", [
    (set(SIDES), ["vision/landmarks.py"]),
    ({"both", *SIDES}, []),  # the hand choices are built from SIDES (feedback/hand_tracks.py)
], ids=["sides", "hand-choices"])
def test_the_sides_and_hand_choices_are_spelled_once_in_the_app(members, home):
    """In the app's code (tests and scripted sample clips name sides as data, in orders)."""
    found = [where for path in app_code() for where in _literal_collections(path, members)]
    assert [where.split(":")[0] for where in found] == home, found


def test_the_literal_finder_finds_each_spelling(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('A = ("x", "y")\nB = ["y", "x"]\nC = {"x", "y"}\nD: Literal["x", "y"]\n'
                    'E = ("x", "y", "z")\nF = {"x": 1, "y": 2}\n')
    assert len(_literal_collections(path, {"x", "y"})) == 4


def test_every_cited_doc_exists():
    cited = {(path.relative_to(ROOT), doc)
             for path in tracked("*.py", "*.md", "*.toml", "Makefile")
             for doc in re.findall(r"\bdocs/[\w./-]+\.md", path.read_text(encoding="utf-8"))}
    assert {doc for _, doc in cited} >= {"docs/protocol.md", "docs/live-video-recipe.md", "docs/formats.md"}
    assert sorted((str(path), doc) for path, doc in cited if not (ROOT / doc).is_file()) == []


def test_no_module_passes_400_lines():
    lengths = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
               for path in tracked("*.py")}
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}


def test_tests_mirror_the_packages():
    """tests/PACKAGE/ exists for each package, and each test module there tests that package."""
    strays = []
    for package in FLOW[:5]:
        assert (ROOT / "tests" / package / "__init__.py").is_file(), package
        strays += [str(path.relative_to(ROOT)) for path in (ROOT / "tests" / package).glob("test_*.py")
                   if package not in imported_modules(path)]
    assert strays == []
