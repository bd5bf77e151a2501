"""Take the published OpenAPI document, regenerate, test, and always report through a pull request.

What .github/workflows/regenerate.yml runs, step by step:

1. fetch the document (scripts/fetch_spec.py --fail-on-breaking). A fetch that fails ends the run
   with the fetch's exit status, the snapshot untouched and nothing pushed. A breaking document is
   taken anyway (without the flag) so the pull request shows exactly what changed.
2. nothing changed: exit 0.
3. regenerate, run the checks, run the tests, each step only after the previous one passed.
4. commit the snapshot and the generated code to one branch, push it, and open (or update) one pull
   request: a ready one when the change is additive and everything passed; a draft titled BREAKING
   and/or FAILING otherwise, with the spec diff, the step that failed and the failing tests in its
   body. Then exit 1 for a draft, so the run is red and the draft gets looked at.

Every outside command is a parameter (the step commands as options, `git` and `gh` from PATH), so
tests/test_regenerate_pr.py runs this against a throwaway repository, a file:// document and a fake
`gh`.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
EXIT_BREAKING = 3  # scripts/fetch_spec.py --fail-on-breaking
BRANCH = "automation/regenerate-from-spec"
TITLE = "Regenerate from the published OpenAPI document"
ADD_PATHS = ("openapi/api-docs.json", "mihu_client/_generated")
BODY_LIMIT = 60_000  # GitHub refuses bodies over 65,536 characters
OUTPUT_TAIL = 3_000


@dataclass
class Report:
    """What the pull request says: the spec diff, and what failed after it."""

    spec_summary: str = ""
    breaking: bool = False
    failed_step: str = ""
    failed_output: str = ""
    failing_tests: list[str] = field(default_factory=list)

    @property
    def failing(self) -> bool:
        return bool(self.failed_step)

    @property
    def title(self) -> str:
        marks = ["BREAKING"] * self.breaking + ["FAILING"] * self.failing
        return f"{': '.join(marks)}: {TITLE}" if marks else TITLE

    def body(self) -> str:
        lines = ["The published OpenAPI document changed. This pull request carries the new snapshot and the"]
        lines.append("client regenerated from it.")
        lines.append("")
        if self.breaking:
            lines.append("**BREAKING: the document breaks existing callers.** Review the changes below and bump the")
            lines.append("version accordingly before merging.")
            lines.append("")
        if self.failing:
            lines.append(f"**FAILING: `{self.failed_step}` failed on the regenerated client.**")
            if self.failing_tests:
                lines.append("")
                lines.append("Failing tests:")
                lines += [f"- `{name}`" for name in self.failing_tests]
            lines += ["", "<details><summary>output (last lines)</summary>", "", "```"]
            lines += [self.failed_output[-OUTPUT_TAIL:].strip(), "```", "</details>", ""]
        elif not self.breaking:
            lines.append("`make check` and `make test` (contract tests against Prism included) passed on it.")
            lines.append("")
        lines += ["Spec changes:", "", "```", self.spec_summary.strip(), "```"]
        text = "\n".join(lines) + "\n"
        return text if len(text) <= BODY_LIMIT else text[: BODY_LIMIT - 20] + "\n…(truncated)\n```\n"


def run(command: list[str], cwd: Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run and echo a command; its output is both shown (CI log) and returned (the report)."""
    print(f"$ {shlex.join(command)}", flush=True)
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if output:
        print(output, end="" if output.endswith("\n") else "\n", flush=True)
    if check and result.returncode != 0:
        raise SystemExit(f"regenerate: `{shlex.join(command)}` failed with exit status {result.returncode}")
    return result


def fetch(repo: Path, url: str | None, report: Report) -> int | None:
    """Replace the snapshot; None when that worked, else the exit status to end the run with."""
    snapshot = ["--snapshot", str(repo / "openapi" / "api-docs.json")]
    url_args = ["--url", url] if url else []
    fetch_spec = [PYTHON, str(ROOT / "scripts" / "fetch_spec.py"), *url_args, *snapshot]
    result = run([*fetch_spec, "--fail-on-breaking"], repo)
    report.spec_summary = result.stdout
    if result.returncode == EXIT_BREAKING:
        report.breaking = True
        taken = run(fetch_spec, repo)  # the same document, taken so the draft shows it
        if taken.returncode != 0:
            return taken.returncode
        report.spec_summary = taken.stdout
    elif result.returncode != 0:
        print(f"regenerate: fetching the document failed (exit status {result.returncode}); snapshot unchanged")
        return result.returncode
    return None


def failing_tests(junit: Path) -> list[str]:
    """`file::test` names of the failed and erroring test cases in a JUnit XML report."""
    if not junit.exists():
        return []
    try:
        tree = ElementTree.parse(junit)
    except ElementTree.ParseError:
        return []
    names = []
    for case in tree.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            module = (case.get("classname") or "").replace(".", "/")
            names.append(f"{module}.py::{case.get('name')}" if module else str(case.get("name")))
    return names


def build_and_test(repo: Path, steps: list[tuple[str, str]], report: Report) -> None:
    """Run the steps in order; the first failure is recorded in the report and ends the sequence."""
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        junit = Path(tmp) / "junit.xml"
        for name, command in steps:
            result = run(["bash", "-c", command.replace("{junit}", shlex.quote(str(junit)))], repo)
            if result.returncode != 0:
                report.failed_step = name
                report.failed_output = result.stdout + result.stderr
                report.failing_tests = failing_tests(junit)
                return


def git(repo: Path, *args: str) -> str:
    return run(["git", *args], repo, check=True).stdout.strip()


def publish(repo: Path, report: Report, base: str) -> None:
    """Commit to BRANCH, push it, and open or update its pull request."""
    git(repo, "checkout", "-B", BRANCH)
    git(repo, "add", "-A", "--", *ADD_PATHS)
    git(repo, "commit", "--quiet", "-m", report.title, "-m", report.body())
    git(repo, "push", "--force", "origin", BRANCH)
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as handle:
        handle.write(report.body())
        body_file = handle.name
    try:
        listed = ["gh", "pr", "list", "--head", BRANCH, "--state", "open", "--json", "number", "--jq", ".[].number"]
        numbers = run(listed, repo, True).stdout.split()
        draft = report.breaking or report.failing
        if numbers:
            number = numbers[0]
            run(["gh", "pr", "edit", number, "--title", report.title, "--body-file", body_file], repo, True)
            run(["gh", "pr", "ready", number, *(["--undo"] if draft else [])], repo)
        else:
            create = ["gh", "pr", "create", "--head", BRANCH, "--base", base, "--title", report.title]
            run([*create, "--body-file", body_file, *(["--draft"] if draft else [])], repo, True)
    finally:
        os.unlink(body_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--url", default=os.environ.get("SPEC_URL") or None, help="document URL (default: fetch_spec's)"
    )
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout to update (default: this one)")
    parser.add_argument("--base", default=os.environ.get("GITHUB_REF_NAME") or None, help="PR base branch")
    parser.add_argument("--generate", default="make generate", help="regeneration command")
    parser.add_argument("--check", default="make check", help="drift, lint and type checks")
    parser.add_argument(
        "--test",
        default=".venv/bin/python -m pytest -q -p no:cacheprovider --junitxml {junit}",
        help="test command; {junit} is replaced by the JUnit XML path the failing test names are read from",
    )
    args = parser.parse_args(argv)
    repo: Path = args.repo.resolve()

    report = Report()
    status = fetch(repo, args.url, report)
    if status is not None:
        return status
    if not run(["git", "status", "--porcelain", "--", "openapi/api-docs.json"], repo, check=True).stdout.strip():
        print("regenerate: the document is unchanged; nothing to do")
        return 0

    base = args.base or git(repo, "rev-parse", "--abbrev-ref", "HEAD")
    build_and_test(
        repo, [("make generate", args.generate), ("make check", args.check), ("make test", args.test)], report
    )
    publish(repo, report, base)
    if report.breaking or report.failing:
        print(f"regenerate: {report.title} (a draft pull request reports it)", file=sys.stderr)
        return 1
    print("regenerate: pull request opened or updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
