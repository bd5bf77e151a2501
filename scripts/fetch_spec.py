"""Fetch the live Mihu OpenAPI document and replace the committed snapshot only if it is sound.

`make spec` runs this. The snapshot (openapi/api-docs.json) is what the SDK is generated from, so a bad
download must never land there: the document is checked first (JSON, OpenAPI 3.x, non-empty paths,
openapi-spec-validator) and only then written, atomically (temporary file in the same directory, fsync,
rename). Any failure leaves the old snapshot byte-identical and prints one line saying why.

The snapshot is written as `json.dumps(document, indent=2, ensure_ascii=False)` plus a newline, whatever
formatting the server used, so an unchanged document gives no diff. A changed document is summarised
(scripts/spec_diff.py): operations added, removed and changed, and what breaks callers.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import stat
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, NoReturn

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_diff import EXIT_BREAKING, count_operations, diff_documents, format_summary

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "https://app.mindhunters.ai/docs/api-docs.json"
DEFAULT_SNAPSHOT = ROOT / "openapi" / "api-docs.json"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
EXIT_NOT_REPLACED = 1
USER_AGENT = "mihu-client-fetch-spec"

EPILOG = f"""\
exit status:
  0  the snapshot was replaced (breaking changes are listed but do not fail the run),
     or the document is unchanged
  1  the document was not fetched, or failed a check; the snapshot is untouched and one
     line on stderr says why
  2  bad command line
  {EXIT_BREAKING}  with --fail-on-breaking only: the document has breaking changes; they are listed,
     and the snapshot is NOT replaced (rerun without the flag to accept them)
"""


class NotReplaced(Exception):
    """Why the snapshot stays as it is; the message is shown as one line."""


def _one_line(text: str, limit: int = 300) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- fetching -------------------------------------------------------------------------------------


def fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """Return the body at `url` and its content type ("" when unknown); http(s), file:// or a path."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("http", "https"):
        return _fetch_http(url, timeout, max_bytes)
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise NotReplaced(f"file URL with a remote host is not supported: {url}")
        return _read_file(Path(urllib.request.url2pathname(parts.path)), max_bytes), ""
    if parts.scheme == "":
        return _read_file(Path(url), max_bytes), ""
    raise NotReplaced(f"unsupported URL scheme {parts.scheme!r} in {url}")


def _fetch_http(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    # httpx2's timeout bounds each phase (connect, each read); the deadline also bounds a server that
    # trickles a byte at a time.
    deadline = time.monotonic() + timeout
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    try:
        with (
            httpx2.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if not response.is_success:
                raise NotReplaced(f"HTTP {response.status_code} {response.reason_phrase} from {url}".replace("  ", " "))
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise NotReplaced(f"body of {length} bytes from {url} exceeds the {max_bytes}-byte limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise NotReplaced(f"body from {url} exceeds the {max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    raise httpx2.ReadTimeout("deadline passed while reading the body")
                chunks.append(chunk)
            return b"".join(chunks), response.headers.get("content-type", "")
    except httpx2.TimeoutException as exc:
        raise NotReplaced(f"timed out after {timeout:g} s fetching {url} ({type(exc).__name__})") from exc
    except httpx2.ConnectError as exc:
        raise NotReplaced(f"cannot connect to {url}: {exc}") from exc
    except (httpx2.HTTPError, httpx2.InvalidURL) as exc:
        raise NotReplaced(f"{type(exc).__name__} fetching {url}: {exc}") from exc


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                raise NotReplaced(f"{path} exceeds the {max_bytes}-byte limit")
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        raise NotReplaced(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(body) > max_bytes:
        raise NotReplaced(f"{path} exceeds the {max_bytes}-byte limit")
    return body


# --- checking -------------------------------------------------------------------------------------


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def parse(body: bytes, content_type: str, url: str) -> Any:
    """Decode the body as JSON, telling an HTML page, an empty or a truncated body apart."""
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        raise NotReplaced(f"empty body from {url}")
    media_type = content_type.split(";")[0].strip().lower()
    if "html" in media_type:
        raise NotReplaced(f"got an HTML page ({media_type}) from {url}, not a JSON document")
    if start[:1] == b"<":
        labelled = f", labelled {media_type}" if media_type else ""
        raise NotReplaced(f"got an HTML page (body starts with '<'{labelled}) from {url}, not a JSON document")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotReplaced(f"body from {url} is not UTF-8 (byte {exc.start})") from exc
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            raise NotReplaced(f"truncated JSON from {url} ({len(body)} bytes, ends mid-document)") from exc
        raise NotReplaced(f"invalid JSON from {url}: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    except (ValueError, RecursionError) as exc:
        raise NotReplaced(f"invalid JSON from {url}: {exc}") from exc


def check(document: Any, url: str) -> None:
    """Require an OpenAPI 3.x document with operations that passes openapi-spec-validator."""
    if not isinstance(document, dict):
        raise NotReplaced(f"not an OpenAPI document from {url}: top level is a JSON {type(document).__name__}")
    if "swagger" in document:
        raise NotReplaced(f"got a Swagger {document['swagger']} document from {url}, not OpenAPI 3.x")
    version = document.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.")):
        found = f"openapi field is {version!r}" if "openapi" in document else "no openapi field"
        raise NotReplaced(f"not an OpenAPI 3.x document from {url} ({found})")
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise NotReplaced(f"OpenAPI document from {url} has no paths")
    try:
        from openapi_spec_validator import validate
    except ImportError as exc:
        raise NotReplaced("openapi-spec-validator is not installed (it is in the dev extra)") from exc
    try:
        validate(document)
    except Exception as exc:  # the validator raises jsonschema, referencing and its own errors
        raise NotReplaced(f"document from {url} fails OpenAPI validation: {_validator_message(exc)}") from exc


def _validator_message(exc: Exception) -> str:
    message = getattr(exc, "message", None)
    if isinstance(message, str):  # jsonschema's ValidationError: short message plus where it applies
        where = "/".join(str(part) for part in getattr(exc, "absolute_path", ()))
        return _one_line(f"{message} at /{where}" if where else message, 240)
    ref = getattr(exc, "ref", None)
    if isinstance(ref, str):  # referencing's Unresolvable: its str() repeats the whole document
        return f"unresolvable $ref {ref}"
    return _one_line(f"{type(exc).__name__}: {exc}", 240)


# --- writing --------------------------------------------------------------------------------------


def serialise(document: Any) -> bytes:
    """The snapshot's one formatting, so that an unchanged document rewrites to identical bytes."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never a partial one."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# --- the command ----------------------------------------------------------------------------------


def _positive(kind: type[float] | type[int]) -> Any:
    def convert(text: str) -> float | int:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive: {text}")
        return value

    return convert


def _display(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    return str(path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Download the Mihu OpenAPI document, check it, and atomically replace the snapshot "
        "only if every check passes. A changed document is summarised, breaking changes flagged.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--url", default=DEFAULT_URL, help=f"http(s)/file URL or path of the document (default {DEFAULT_URL})"
    )
    parser.add_argument(
        "--snapshot", type=Path, default=DEFAULT_SNAPSHOT, help="the file to replace (default openapi/api-docs.json)"
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULT_TIMEOUT,
        help=f"seconds allowed for the whole download (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        help=f"largest body accepted (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help=f"if the new document breaks callers, list the breaking changes, leave the snapshot as it is "
        f"and exit {EXIT_BREAKING} (for CI); without it breaking changes are listed and the snapshot is replaced",
    )
    return parser


def run(url: str, snapshot: Path, timeout: float, max_bytes: int, fail_on_breaking: bool) -> int:
    if not snapshot.parent.is_dir():
        raise NotReplaced(f"directory {snapshot.parent} does not exist")
    body, content_type = fetch(url, timeout, max_bytes)
    document = parse(body, content_type, url)
    check(document, url)
    data = serialise(document)
    name = _display(snapshot)

    old_document: Any = {}
    try:
        old_bytes: bytes | None = snapshot.read_bytes()
    except FileNotFoundError:
        old_bytes = None
    except OSError as exc:
        raise NotReplaced(f"cannot read {name}: {exc.strerror or exc}") from exc
    if old_bytes == data:
        print(f"spec: unchanged: {name} matches {url} ({count_operations(document)} operations)")
        return 0
    if old_bytes is not None:
        try:
            old_document = json.loads(old_bytes)
        except ValueError:
            print(f"spec: note: the old {name} is not valid JSON; comparing against an empty document")

    diff = diff_documents(old_document, document)
    summary = format_summary(diff)
    if fail_on_breaking and diff.breaking:
        print(f"spec: {url} breaks callers; {name} NOT replaced")
        print("\n".join(f"  {line}" for line in summary))
        print(
            f"spec: not replaced: {len(diff.breaking)} breaking change(s) (--fail-on-breaking); rerun without it to accept",
            file=sys.stderr,
        )
        return EXIT_BREAKING
    try:
        write_atomically(snapshot, data)
    except OSError as exc:
        raise NotReplaced(f"cannot write {name}: {exc.strerror or exc}") from exc
    print(f"spec: replaced {name} from {url}")
    print("\n".join(f"  {line}" for line in summary))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args.url, args.snapshot, args.timeout, args.max_bytes, args.fail_on_breaking)
    except NotReplaced as exc:
        print(f"spec: not replaced: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_NOT_REPLACED
    except KeyboardInterrupt:
        print("spec: not replaced: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # anything unforeseen still ends in one line, snapshot untouched
        print(f"spec: not replaced: unexpected {type(exc).__name__}: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_NOT_REPLACED


if __name__ == "__main__":
    sys.exit(main())
