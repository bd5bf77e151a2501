"""Shared types and the lenient-parsing helpers every generated model uses.

The live API drifts ahead of its OpenAPI document: new enum values, nulls where none are declared,
missing fields, dates in more than one format. Parsing keeps such values as they came (readable, never
silently changed) unless strict parsing is on for the call, in which case drift raises
`mihu_client.ResponseValidationError`.
"""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from enum import Enum
from json.scanner import make_scanner
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar, cast
from urllib.parse import quote
from uuid import UUID, SafeUUID

from .._errors import ResponseValidationError


class Unset(Enum):
    """Type of `UNSET`, a field the server left out. A one-member enum, so `x is not UNSET` narrows
    `T | Unset` to `T` for type checkers, as `isinstance` does."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Final[Literal[Unset.UNSET]] = Unset.UNSET

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# File and Response are plain slotted classes rather than attrs classes: this module is imported by
# every namespace, and defining attrs classes (and importing attrs) costs milliseconds at import time.


class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")
E = TypeVar("E")


class Response(Generic[T]):
    """A response from an endpoint: the status as sent (an int, so odd codes like 520 survive),
    the raw body and headers, and the parsed model."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(self, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code}, parsed={self.parsed!r})"


# --- lenient parsing -------------------------------------------------------------------------------

STRICT: ContextVar[bool] = ContextVar("mihu_client_strict_parsing", default=False)
"""True while a response is parsed for a client created with `strict=True`."""

DRIFT: ContextVar[Any] = ContextVar("mihu_client_drift_recorder", default=None)
"""While a response is parsed: the client's drift recorder (`record(where, kind, value)`), or None."""

# The kinds of drift, as recorded (mihu_client.DriftKind has the same values).
UNKNOWN_ENUM_VALUE = "unknown_enum_value"
UNEXPECTED_NULL = "unexpected_null"
TYPE_MISMATCH = "type_mismatch"
UNKNOWN_FIELD = "unknown_field"
MISSING_REQUIRED_FIELD = "missing_required_field"
NON_ISO_DATE = "non_iso_date"


def parse_with(strict: bool, parse: Callable[[Any], T], response: Any, drift: Any = None) -> T:
    """Run `parse(response)` with strict parsing switched on or off, and drift recorded into `drift`,
    for this call only. A context variable already holding the value is left alone."""
    drift_token = DRIFT.set(drift) if drift is not None and DRIFT.get() is not drift else None
    strict_token = STRICT.set(strict) if STRICT.get() is not strict else None
    try:
        return parse(response)
    finally:
        if strict_token is not None:
            STRICT.reset(strict_token)
        if drift_token is not None:
            DRIFT.reset(drift_token)


_scan_json: Callable[[str, int], tuple[Any, int]] = make_scanner(cast(Any, json.JSONDecoder()))
"""What ``json.loads`` runs on the text once it has found where the value starts."""


def decode_json(body: bytes) -> Any:
    """``json.loads(body)``.

    The usual body (UTF-8, one value, at most whitespace after it) goes to the stdlib's own scanner
    directly: ``json.loads`` wraps it in encoding detection and two whitespace scans, a fifth of the cost
    of decoding a small body. Anything else (another encoding, a BOM, leading whitespace, not JSON) goes
    through ``json.loads``, which gives the same result or the same error as always.
    """
    try:
        text = body.decode()
        value, end = _scan_json(text, 0)
    except (ValueError, StopIteration):  # UnicodeDecodeError is a ValueError
        return json.loads(body)
    if end == len(text) or not text[end:].strip(_JSON_WHITESPACE):
        return value
    return json.loads(body)  # something follows the value: json.loads says what


_JSON_WHITESPACE = " \t\n\r"
"""The characters JSON allows around a value."""


def json_body(response: Any) -> Any:
    """The decoded JSON body; a body that is not JSON (an HTML page from a proxy) is a typed error."""
    try:
        return decode_json(response.content)
    except ValueError as exc:
        snippet = " ".join(response.text[:200].split())
        content_type = response.headers.get("content-type", "unknown content type")
        raise ResponseValidationError(
            f"expected a JSON body from {_where(response)}, got {content_type}: {snippet!r}",
            path="$",
        ) from exc


def json_document(response: Any) -> Any:
    """The JSON body of a 2xx the spec documents with one: never ``None``, in lenient and strict mode alike.

    An empty body or a JSON ``null`` where the spec promises a document is not a value to hand back as
    ``None`` (the caller's code is typed to get a model), so it is a ``ResponseValidationError``.
    """
    if not response.content:
        raise ResponseValidationError(f"expected a JSON body from {_where(response)}, got an empty body", path="$")
    data = json_body(response)
    if data is None:
        raise ResponseValidationError(f"expected a JSON document from {_where(response)}, got null", path="$")
    return data


def _where(response: Any) -> str:
    """The request a response answered, for error messages: only built when one is raised."""
    return f"{response.request.method} {response.request.url.path}"


new_instance = object.__new__
"""How `from_dict` creates a model: fields are then set directly, without a call to `__init__`."""


def _drift(message: str, where: str, kind: str = TYPE_MISMATCH, value: Any = None) -> None:
    """Every deviation passes here: recorded for the client's drift report, raised when strict.
    `value` is only ever an enum value: other payload values may be personal data."""
    recorder = DRIFT.get()
    if recorder is not None:
        recorder.record(where, kind, value)
    if STRICT.get():
        raise ResponseValidationError(f"{where}: {message}", path=where)


def missing(where: str) -> Unset:
    """A required field is absent: UNSET when lenient, an error when strict."""
    _drift("required field is missing", where, MISSING_REQUIRED_FIELD)
    return UNSET


def unexpected_null(where: str) -> Any:
    """A field the spec does not mark nullable came as null: kept as None when lenient (typed Any: the
    None lands in a field whose type does not admit it)."""
    _drift("null where the spec allows none", where, UNEXPECTED_NULL)
    return None


def mismatch(value: Any, where: str) -> Any:
    """A value of the wrong shape (e.g. a string where an object is declared): kept as sent."""
    _drift(f"unexpected value {value!r:.80}", where, TYPE_MISMATCH)
    return value


def unknown_fields(d: Mapping[str, Any], names: frozenset[str], schema: str) -> dict[str, Any]:
    """The members of `d` that `schema` does not list (it does not declare additionalProperties
    either), recorded as drift. Kept in strict mode too: OpenAPI allows them unless forbidden."""
    extra = {key: value for key, value in d.items() if key not in names}
    recorder = DRIFT.get()
    if recorder is not None:
        for key in extra:
            recorder.record(f"{schema}.{key}", UNKNOWN_FIELD, None)
    return extra


def unknown_enum_member(cls: type[E], value: object, base: type) -> E | None:
    """An enum value the spec does not list yet: a stand-in member named UNKNOWN that keeps the value
    (`member.value`, `str(member)`, equality with the raw value all work). Strict parsing rejects it."""
    if not isinstance(value, base) or isinstance(value, bool):
        return None
    if STRICT.get():
        raise ResponseValidationError(f"value {value!r:.80} is not one of the documented values", path=cls.__name__)
    constructor: Any = base  # str or int: builds the member's value without running the enum lookup
    member = constructor.__new__(cls, value)
    member._name_ = "UNKNOWN"
    member._value_ = value
    return cast(E, member)


def enum_value(cls: Callable[[Any], E], value: Any, where: str) -> "E | Any":
    """`cls(value)`, or the value as sent when it cannot be one (an unknown int for a str enum).
    A value the spec does not list is recorded as drift under the field it came in."""
    try:
        member = cls(value)
    except ResponseValidationError:  # strict: an undocumented value
        _drift(f"value {value!r:.80} is not one of the documented values", where, UNKNOWN_ENUM_VALUE, value)
        raise
    except ValueError:
        return mismatch(value, where)
    documented = getattr(cls, "_value2member_map_", None)
    if documented is not None and documented.get(value) is not member:
        _drift(f"value {value!r:.80} is not one of the documented values", where, UNKNOWN_ENUM_VALUE, value)
    return member


def odd_item(value: Any, where: str, nullable: bool) -> Any:
    """A list item that is not of the documented JSON type: None, or a value kept as sent."""
    if value is None:
        return None if nullable else unexpected_null(where + "[]")
    return mismatch(value, where + "[]")


def _not_iso(value: Any, where: str) -> Any:
    """A date or date-time no ISO 8601 reading accepts: kept as the string it was."""
    if value.__class__ is not str:
        return mismatch(value, where)
    _drift("not an ISO 8601 date", where, NON_ISO_DATE)
    return value


fromisoformat = datetime.datetime.fromisoformat


def _isoparse(value: Any) -> datetime.datetime:
    # dateutil is imported on the first value the stdlib cannot parse, not with the SDK.
    from dateutil.parser import isoparse

    return isoparse(value)


def parse_datetime(value: Any, where: str) -> "datetime.datetime | Any":
    """ISO 8601 date-time, the formats the API sends included (`…Z`, `….000000Z`, a space for `T`);
    anything else stays the string it was."""
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        pass
    try:
        return _isoparse(value)
    except (TypeError, ValueError, OverflowError):
        return _not_iso(value, where)


def parse_date(value: Any, where: str) -> "datetime.date | Any":
    """ISO 8601 date; a full date-time is cut to its date; anything else stays the string it was."""
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        pass
    try:
        return _isoparse(value).date()
    except (TypeError, ValueError, OverflowError):
        return _not_iso(value, where)


_new_uuid = object.__new__
_set_slot = object.__setattr__
_UNKNOWN_SAFETY = SafeUUID.unknown
_uuid_cache: dict[str, UUID] = {}
_UUID_CACHE_SIZE = 4096


def parse_uuid(value: Any, where: str) -> "UUID | Any":
    """A UUID; an identifier in another format stays the string it was.

    Payloads repeat the same ids (an agent, a tag, a pool on every item of a page), and UUIDs are
    immutable, so each distinct string is parsed once per `_UUID_CACHE_SIZE` distinct values. The
    usual 36-character spelling is built directly: UUID's constructor normalises a dozen spellings
    first, which costs more than the rest of a small model's parsing. Anything else goes through it.
    """
    uuid = _uuid_cache.get(value) if value.__class__ is str else None
    if uuid is not None:
        return uuid
    digits = value.replace("-", "") if value.__class__ is str and len(value) == 36 else ""
    if len(digits) == 32:
        try:
            number = int(digits, 16)  # accepts exactly what UUID's own int(hex, 16) accepts
        except ValueError:
            return mismatch(value, where)
        uuid = _new_uuid(UUID)
        _set_slot(uuid, "int", number)
        _set_slot(uuid, "is_safe", _UNKNOWN_SAFETY)
    else:
        try:
            uuid = UUID(value)
        except (TypeError, ValueError, AttributeError):
            return mismatch(value, where)
    if len(_uuid_cache) >= _UUID_CACHE_SIZE:
        _uuid_cache.clear()
    _uuid_cache[value] = uuid
    return uuid


_uuid_texts: dict[UUID, str] = {}


def uuid_text(value: UUID) -> str:
    """``str(value)`` for a path, kept per UUID as `parse_uuid` keeps parsed ones: paths name the same ids
    again and again (a call polled for its status, one agent's resources), and ``UUID.__str__`` formats
    the number anew each time, at several times the cost of the lookup."""
    text = _uuid_texts.get(value)
    if text is None:
        text = str(value)
        if len(_uuid_texts) >= _UUID_CACHE_SIZE:
            _uuid_texts.clear()
        _uuid_texts[value] = text
    return text


def path_segment(value: Any, name: str) -> str:
    """A path parameter, percent-encoded. None, UNSET, an empty value, `.` and `..` are refused before
    anything is sent: they would become `/contacts/None` or reach another endpoint."""
    if value is None or value is UNSET:
        raise TypeError(f"path parameter {name!r} is required, got {value!r}")
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"path parameter {name!r} must name one resource, got {text!r}")
    return quote(text, safe="")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
