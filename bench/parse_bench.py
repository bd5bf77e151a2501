"""Section `parse`: decoded JSON → models, generated `from_dict` vs pydantic v2 vs msgspec.

The target compares the generated models with hand-written pydantic v2 models of the same schemas
(bench/pydantic_models.py), both fed the same decoded dict. msgspec Structs are the speed reference.
A second, informational figure starts from the raw bytes, where each library uses its own JSON decoder.

Each call parses a different payload, cycling through more distinct ids than the SDK's UUID cache
holds: parsing the same dict again and again would measure cache hits, not parsing. Ids that real
pages repeat (a contact's tags) repeat here too.
"""

from __future__ import annotations

import datetime
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import msgspec

from bench import msgspec_models, pydantic_models
from bench.payloads import contacts_page, envelope, pbx_connector, to_bytes
from bench.profiling import top_functions
from bench.report import Figure, medians_of
from bench.timing import Timings, interleave, paired_ratio, paired_uncertainty

__all__ = ["ParseSettings", "run_parse"]

PARSE_TARGET = 1.0


@dataclass(frozen=True)
class ParseSettings:
    rounds: int
    page_size: int
    page_inner: int
    item_inner: int


DISTINCT_IDS = 10_000
"""Distinct UUIDs per payload cycle: more than the generated code's UUID cache keeps (4096)."""


@dataclass(frozen=True)
class _Payload:
    label: str
    bodies: tuple[bytes, ...]
    generated: Callable[[Any], Any]
    pydantic: type[Any]
    msgspec: type[Any]
    inner: int


def _payloads(settings: ParseSettings) -> list[_Payload]:
    from mihu_client._generated.models.get_pbx_extension_connector_response_200 import (
        GetPbxExtensionConnectorResponse200,
    )
    from mihu_client._generated.models.list_contacts_response_200 import ListContactsResponse200

    return [
        _Payload(
            f"{settings.page_size}-contact page",
            tuple(
                to_bytes(contacts_page(settings.page_size, page=page))
                for page in range(1, 1 + max(2, DISTINCT_IDS // settings.page_size))
            ),
            ListContactsResponse200.from_dict,
            pydantic_models.ListContactsResponse,
            msgspec_models.ListContactsResponse,
            settings.page_inner,
        ),
        _Payload(
            "PbxExtensionConnectorItem",
            tuple(to_bytes(envelope(pbx_connector(i))) for i in range(DISTINCT_IDS // 2)),
            GetPbxExtensionConnectorResponse200.from_dict,
            pydantic_models.GetPbxExtensionConnectorResponse,
            msgspec_models.GetPbxExtensionConnectorResponse,
            settings.item_inner,
        ),
    ]


def _check(payload: _Payload, data: dict[str, Any]) -> None:
    """The three sides must produce the same typed values, or the comparison means nothing."""
    results = [payload.generated(data), payload.pydantic.model_validate(data), msgspec.convert(data, payload.msgspec)]
    for result in results:
        body = result.data
        first = body.data[0] if hasattr(body, "current_page") else body
        if not isinstance(first.created_at, datetime.datetime):
            raise RuntimeError(f"{type(result).__module__}: created_at not converted to datetime")
        key = "uuid" if hasattr(body, "current_page") else "pbx_extension_connector_uuid"
        if not isinstance(getattr(first, key), UUID):
            raise RuntimeError(f"{type(result).__module__}: {key} not converted to UUID")


def _detail(timings: dict[str, Timings], names: dict[str, str]) -> str:
    parts = [t.describe(names[key]) for key, t in timings.items()]
    rounds = medians_of(len(timings["generated"].samples))
    return ", ".join(parts) + f"; {rounds}"


def _measure(payload: _Payload, settings: ParseSettings, explain: bool) -> tuple[list[Figure], list[str]]:
    datas = [json.loads(body) for body in payload.bodies]
    data = datas[0]
    _check(payload, data)
    generated, pydantic_model, struct = payload.generated, payload.pydantic, payload.msgspec

    def each(items: list[Any] | tuple[bytes, ...]) -> Callable[[], Any]:
        """The next payload on every call, round and round: each side walks its own copy of the cycle."""
        return itertools.cycle(items).__next__

    next_data = {side: each(datas) for side in ("generated", "pydantic", "msgspec")}
    from_dict = interleave(
        {
            "generated": lambda: generated(next_data["generated"]()),
            "pydantic": lambda: pydantic_model.model_validate(next_data["pydantic"]()),
            "msgspec": lambda: msgspec.convert(next_data["msgspec"](), struct),
        },
        rounds=settings.rounds,
        inner=payload.inner,
    )
    decoder = msgspec.json.Decoder(struct)
    next_body = {side: each(payload.bodies) for side in ("generated", "pydantic", "msgspec")}
    from_bytes = interleave(
        {
            "generated": lambda: generated(json.loads(next_body["generated"]())),
            "pydantic": lambda: pydantic_model.model_validate_json(next_body["pydantic"]()),
            "msgspec": lambda: decoder.decode(next_body["msgspec"]()),
        },
        rounds=settings.rounds,
        inner=payload.inner,
    )
    generated_t, pydantic_t, msgspec_t = (from_dict[name] for name in ("generated", "pydantic", "msgspec"))
    names = {"generated": "from_dict", "pydantic": "model_validate", "msgspec": "msgspec.convert"}
    label = f"{payload.label}: from_dict vs pydantic model_validate"
    ratio, noise = paired_ratio(generated_t, pydantic_t), paired_uncertainty(generated_t, pydantic_t)
    main = Figure("parse", label, ratio, _detail(from_dict, names), PARSE_TARGET, noise=noise)
    figures = [
        main,
        Figure(
            "parse",
            f"{payload.label}: from_dict vs msgspec.convert (speed reference)",
            paired_ratio(generated_t, msgspec_t),
        ),
        Figure(
            "parse",
            f"{payload.label}, from bytes: json.loads+from_dict vs model_validate_json",
            paired_ratio(from_bytes["generated"], from_bytes["pydantic"]),
            _detail(
                from_bytes,
                {"generated": "json.loads+from_dict", "pydantic": "model_validate_json", "msgspec": "msgspec decode"},
            ),
        ),
    ]
    notes: list[str] = []
    if explain and main.passed is False:
        profile = top_functions(lambda: generated(data), repeat=max(1, payload.inner))
        notes.append(f"where from_dict spends its time ({payload.label}, per parse, cProfile):\n{profile}")
    return figures, notes


def run_parse(settings: ParseSettings, *, explain: bool) -> tuple[list[Figure], list[str]]:
    """Figures for the `parse` section; with `explain`, a profile of every missed comparison."""
    figures: list[Figure] = []
    notes: list[str] = []
    for payload in _payloads(settings):
        more_figures, more_notes = _measure(payload, settings, explain)
        figures += more_figures
        notes += more_notes
    return figures, notes
