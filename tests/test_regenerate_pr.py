"""scripts/regenerate_pr.py, the workflow's steps, run for real against a throwaway git repository
(with a bare repository as its `origin`), a file:// document and a fake `gh` that records its
arguments. The generate/check/test steps are stand-ins; the real ones are tested everywhere else."""

from __future__ import annotations

import copy
import json
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.snapshot import SPEC_PATH, operations

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "regenerate_pr.py"
BRANCH = "automation/regenerate-from-spec"

FAKE_GH = """#!{python}
import json, os, sys
with open(os.environ["FAKE_GH_LOG"], "a", encoding="utf-8") as log:
    args = sys.argv[1:]
    if "--body-file" in args:
        index = args.index("--body-file") + 1
        args[index] = open(args[index], encoding="utf-8").read()
    log.write(json.dumps(args) + "\\n")
if sys.argv[1:3] == ["pr", "create"]:
    print("https://github.invalid/mihu/mihu-client/pull/1")
"""

# Stand-ins for `make generate` and `make test`: one writes a file from the snapshot, the other a JUnit
# report with one failure when FAIL_TEST is set.
GENERATE = (
    f'{shlex.quote(sys.executable)} -c "import hashlib, pathlib; '
    "spec = pathlib.Path('openapi/api-docs.json').read_bytes(); "
    "pathlib.Path('mihu_client/_generated/stamp.py').write_text(f'SPEC = {hashlib.sha256(spec).hexdigest()!r}\\n')\""
)
JUNIT = (
    '<testsuites><testsuite name="pytest"><testcase classname="tests.test_contract" name="test_ok"/>'
    '<testcase classname="tests.test_resources" name="test_contacts_list"><failure message="boom"/></testcase>'
    "</testsuite></testsuites>"
)
TEST_CODE = (
    "import os, pathlib, sys; "
    f"pathlib.Path(sys.argv[1]).write_text({JUNIT!r}); "
    "sys.exit(1 if os.environ.get('FAIL_TEST') else 0)"
)
TEST = f"{shlex.quote(sys.executable)} -c {shlex.quote(TEST_CODE)} {{junit}}"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout holding the committed snapshot and a generated file, with a bare `origin`."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "--quiet", "--bare", str(origin))
    work = tmp_path / "work"
    (work / "openapi").mkdir(parents=True)
    (work / "mihu_client" / "_generated").mkdir(parents=True)
    (work / "openapi" / "api-docs.json").write_bytes(SPEC_PATH.read_bytes())
    (work / "mihu_client" / "_generated" / "stamp.py").write_text("SPEC = 'old'\n", encoding="utf-8")
    git(work, "init", "--quiet", "-b", "main")
    git(work, "config", "user.name", "Regenerate Test")
    git(work, "config", "user.email", "regenerate@example.invalid")
    git(work, "add", "-A")
    git(work, "commit", "--quiet", "-m", "initial")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "--quiet", "origin", "main")
    return work


def regenerate(
    repo: Path, document: dict[str, Any] | None, **env: str
) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    """Run the script with the document served from a file:// URL (None: a URL that does not exist)."""
    tmp = repo.parent
    bin_dir = tmp / "bin"
    bin_dir.mkdir(exist_ok=True)
    gh = bin_dir / "gh"
    if not gh.exists():
        gh.write_text(FAKE_GH.format(python=sys.executable), encoding="utf-8")
        gh.chmod(gh.stat().st_mode | stat.S_IEXEC)
    log = tmp / "gh.log"
    source = tmp / "published api-docs.json"
    if document is not None:
        source.write_text(json.dumps(document), encoding="utf-8")
    url = source.as_uri() if document is not None else (tmp / "missing.json").as_uri()
    command = [sys.executable, str(SCRIPT), "--url", url, "--repo", str(repo), "--generate", GENERATE]
    command += ["--check", "true", "--test", TEST]
    environment = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "FAKE_GH_LOG": str(log), **env}
    environment.pop("GITHUB_REF_NAME", None)
    environment.pop("SPEC_URL", None)
    result = subprocess.run(
        command, cwd=repo, env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    return result, calls


def snapshot_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def additive() -> dict[str, Any]:
    document = copy.deepcopy(snapshot_document())
    document["paths"]["/api/v1/regenerate-test-widgets"] = {
        "get": {
            "operationId": "listRegenerateTestWidgets",
            "tags": ["Regenerate Test Widgets"],
            "responses": {"200": {"description": "OK"}},
        }
    }
    return document


def breaking() -> tuple[dict[str, Any], str]:
    document = copy.deepcopy(snapshot_document())
    removed = operations(document)[0]
    del document["paths"][removed.path][removed.method]
    return document, removed.operation_id


def created(calls: list[list[str]]) -> list[str]:
    (create,) = [call for call in calls if call[:2] == ["pr", "create"]]
    return create


def option(call: list[str], name: str) -> str:
    return call[call.index(name) + 1]


def test_additive_change_opens_a_ready_pull_request(repo: Path) -> None:
    result, calls = regenerate(repo, additive())
    assert result.returncode == 0, result.stdout + result.stderr
    create = created(calls)
    assert "--draft" not in create
    assert option(create, "--title") == "Regenerate from the published OpenAPI document"
    assert option(create, "--head") == BRANCH and option(create, "--base") == "main"
    assert "listRegenerateTestWidgets" in option(create, "--body-file")
    pushed = json.loads(git(repo, "show", f"origin/{BRANCH}:openapi/api-docs.json"))
    assert "/api/v1/regenerate-test-widgets" in pushed["paths"]
    assert "SPEC = 'old'" not in git(repo, "show", f"origin/{BRANCH}:mihu_client/_generated/stamp.py")


def test_breaking_change_opens_a_draft_marked_breaking_and_fails(repo: Path) -> None:
    document, removed = breaking()
    result, calls = regenerate(repo, document)
    assert result.returncode == 1, result.stdout + result.stderr
    create = created(calls)
    assert "--draft" in create
    assert option(create, "--title").startswith("BREAKING: ")
    body = option(create, "--body-file")
    assert "BREAKING" in body and removed in body and "operation removed" in body
    pushed = json.loads(git(repo, "show", f"origin/{BRANCH}:openapi/api-docs.json"))
    assert pushed == document


def test_failing_tests_open_a_draft_naming_them_and_fail(repo: Path) -> None:
    result, calls = regenerate(repo, additive(), FAIL_TEST="1")
    assert result.returncode == 1, result.stdout + result.stderr
    create = created(calls)
    assert "--draft" in create
    assert option(create, "--title") == "FAILING: Regenerate from the published OpenAPI document"
    body = option(create, "--body-file")
    assert "tests/test_resources.py::test_contacts_list" in body and "test_ok" not in body
    assert "listRegenerateTestWidgets" in body


def test_fetch_failure_fails_the_run_and_leaves_the_snapshot_alone(repo: Path) -> None:
    before = (repo / "openapi" / "api-docs.json").read_bytes()
    result, calls = regenerate(repo, None)
    assert result.returncode not in (0, 3), result.stdout + result.stderr
    assert (repo / "openapi" / "api-docs.json").read_bytes() == before
    assert calls == []
    assert git(repo, "ls-remote", "--heads", "origin", BRANCH) == ""


def test_unchanged_document_does_nothing(repo: Path) -> None:
    result, calls = regenerate(repo, snapshot_document())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "unchanged" in result.stdout
    assert calls == []


def test_an_open_pull_request_is_updated_not_duplicated(repo: Path) -> None:
    result, _ = regenerate(repo, additive())
    assert result.returncode == 0
    gh = repo.parent / "bin" / "gh"  # from now on, `gh pr list` finds the pull request the first run opened
    gh.write_text(gh.read_text(encoding="utf-8") + 'if sys.argv[1:3] == ["pr", "list"]:\n    print("7")\n')
    document, _ = breaking()
    result, calls = regenerate(repo, document)
    assert result.returncode == 1
    assert [call[:2] for call in calls].count(["pr", "create"]) == 1
    (edit,) = [call for call in calls if call[:2] == ["pr", "edit"]]
    assert edit[2] == "7" and option(edit, "--title").startswith("BREAKING: ")
    assert ["pr", "ready", "7", "--undo"] in calls
