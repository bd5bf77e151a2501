"""Every OpenAPI construct the generator supports, generated through our templates into a throwaway
package and checked in lenient and strict parsing: unions of objects (told apart by required
properties, `const` or a discriminator), consts and literal enums, `null`, unions with array and
object members, binary responses, `to_dict()` of values kept as sent, property names that shadow the
template's own names, and specs with an empty tag, no operations or no schemas.

The spec is ours, not the snapshot: these tests hold whatever the vendor's document looks like.
"""

from __future__ import annotations

import compileall
import datetime
import shutil
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mihu_client import MihuClient, ResponseValidationError
from tests.conftest import TEST_TOKEN
from tests.generated_package import ROOT, forget, generate_despite_warnings, generate_package, strict_parsing
from tests.servers.fault_server import FaultServer, Reply


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


SCHEMAS: dict[str, Any] = {
    "Cat": {
        "type": "object",
        "required": ["meow"],
        "properties": {"pet_type": {"type": "string"}, "meow": {"type": "string"}},
    },
    "Dog": {
        "type": "object",
        "required": ["bark"],
        "properties": {"pet_type": {"type": "string"}, "bark": {"type": "string"}},
    },
    "Circle": {"type": "object", "properties": {"kind": {"type": "string"}, "radius": {"type": "number"}}},
    "Square": {"type": "object", "properties": {"kind": {"type": "string"}, "side": {"type": "number"}}},
    "Shape": {
        "oneOf": [ref("Circle"), ref("Square")],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"circle": "#/components/schemas/Circle", "square": "#/components/schemas/Square"},
        },
    },
    "Alpha": {"type": "object", "properties": {"type": {"const": "alpha"}, "x": {"type": "string"}}},
    "Beta": {"type": "object", "properties": {"type": {"const": "beta"}, "x": {"type": "string"}}},
    "Level": {"type": "string", "enum": ["low", "high"]},
    # The generator's own union cases (its functional tests), as fields of one model.
    "Unions": {
        "type": "object",
        "properties": {
            "scalars": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "number_or_string": {"anyOf": [{"type": "number"}, {"type": "string"}]},
            "int_or_bool": {"anyOf": [{"type": "integer"}, {"type": "boolean"}]},
            "model_or_string": {"oneOf": [ref("Cat"), {"type": "string"}]},
            "model_or_null": {"oneOf": [ref("Cat"), {"type": "null"}]},
            "object_or_string": {
                "anyOf": [{"type": "object", "additionalProperties": {"type": "string"}}, {"type": "string"}]
            },
            "array_or_string": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]},
            "any_or_string": {"anyOf": [{}, {"type": "string"}]},
            "nested": {
                "oneOf": [{"oneOf": [ref("Cat"), ref("Dog")]}, {"oneOf": [{"type": "string"}, {"type": "number"}]}]
            },
        },
    },
    "Owner": {
        "type": "object",
        "required": ["name", "tags_required"],
        "properties": {
            "name": {"type": "string"},
            # Names the template uses itself: the module-level instance name, locals and helpers.
            "owner": {"type": "string"},
            "d": {"type": "string"},
            "cls": {"type": "string"},
            "src_dict": {"type": "string"},
            "field_dict": {"type": "string"},
            "missing": {"type": "string"},
            "mismatch": {"type": "string"},
            "parse_uuid": {"type": "string", "format": "uuid"},
            "datetime": {"oneOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
            "pet": {"oneOf": [ref("Cat"), ref("Dog")]},
            "shape": ref("Shape"),
            "letter": {"oneOf": [ref("Alpha"), ref("Beta")]},
            "version": {"const": 2},
            "label": {"const": "fixed"},
            "level": ref("Level"),
            "levels": {"type": "array", "items": ref("Level")},
            "tags": {"type": "array", "items": {"type": "string"}},
            "times": {"type": "array", "items": {"type": "string", "format": "date-time"}},
            "tags_required": {"type": "array", "items": {"type": "string"}},
            "note": {"type": ["string", "null"]},
            "nothing": {"type": "null"},
            "value": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
            "mixed": {"anyOf": [{"type": "integer"}, {"type": "object", "additionalProperties": {"type": "integer"}}]},
            "payload": {"anyOf": [ref("Cat"), {"type": "array", "items": ref("Cat")}]},
            "when": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "id": {"type": "string", "format": "uuid"},
        },
    },
}

CONSTRUCTS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "constructs", "version": "1"},
    "paths": {
        "/owners/{id}": {
            "get": {
                "operationId": "getOwner",
                "tags": ["Owners"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": json_response(ref("Owner")),
            }
        },
        "/owners": {
            "post": {
                "operationId": "createOwner",
                "tags": ["Owners"],
                "requestBody": {"content": {"application/json": {"schema": ref("Owner")}}},
                "responses": json_response(ref("Owner")),
            }
        },
        "/pets": {
            "get": {
                "operationId": "getPet",
                "tags": ["Pets"],
                "responses": json_response({"oneOf": [ref("Cat"), ref("Dog")]}),
            }
        },
        "/files/{id}": {
            "get": {
                "operationId": "downloadFile",
                "tags": ["Files"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "the file",
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                    }
                },
            }
        },
        "/levels": {
            "get": {
                "operationId": "getLevel",
                "tags": ["Levels"],
                "responses": json_response(ref("Level")),
            }
        },
    },
    "components": {"schemas": SCHEMAS},
}

OWNER: dict[str, Any] = {
    "name": "Ada",
    "tags_required": ["a"],
    "owner": "o",
    "d": "d",
    "cls": "c",
    "src_dict": "s",
    "field_dict": "f",
    "missing": "m",
    "mismatch": "mm",
    "parse_uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "datetime": "2024-01-02T10:00:00+00:00",
    "pet": {"bark": "woof"},
    "shape": {"kind": "square", "side": 2.0},
    "letter": {"type": "beta", "x": "b"},
    "version": 2,
    "label": "fixed",
    "level": "high",
    "levels": ["low", "high"],
    "tags": ["x", "y"],
    "times": ["2024-01-02T10:00:00+00:00"],
    "note": None,
    "nothing": None,
    "value": ["p", "q"],
    "mixed": {"a": 1},
    "payload": [{"meow": "m"}],
    "when": "2024-01-02T10:00:00+00:00",
    "day": "2024-01-02",
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
}

MODES = [pytest.param(False, id="lenient"), pytest.param(True, id="strict")]


@pytest.fixture(scope="module", params=[False, True], ids=["enum-classes", "literal-enums"])
def package(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The construct spec generated once per module and enum setting (the generator's `literal_enums`)."""
    literal = request.param
    name = f"constructs_{'literal' if literal else 'classes'}"
    generated = generate_package(tmp_path_factory.mktemp(name), name, CONSTRUCTS, literal_enums=literal)
    yield generated
    forget(name)


@pytest.fixture(params=MODES)
def strict(request: pytest.FixtureRequest, package: ModuleType) -> Iterator[bool]:
    with strict_parsing(types(package), request.param):
        yield request.param


def types(package: ModuleType) -> ModuleType:
    import importlib

    return importlib.import_module(f"{package.__name__}.types")


def models(package: ModuleType) -> Any:
    import importlib

    return importlib.import_module(f"{package.__name__}.models")


def parse_owner(package: ModuleType, **changes: Any) -> Any:
    return models(package).Owner.from_dict({**OWNER, **changes})


def drift(package: ModuleType, strict: bool, **changes: Any) -> Any:
    """Parse an Owner with `changes`; in strict mode expect the error naming the field and return None."""
    if strict:
        with pytest.raises(ResponseValidationError) as caught:
            parse_owner(package, **changes)
        assert any(f"Owner.{field}" in str(caught.value) for field in changes), str(caught.value)
        return None
    return parse_owner(package, **changes)


# --- a valid payload: every field typed, in both modes, and back unchanged ----------------------------


def test_valid_payload_parses_in_both_modes_and_round_trips(package: ModuleType, strict: bool) -> None:
    m = models(package)
    owner = parse_owner(package)
    assert isinstance(owner.pet, m.Dog) and owner.pet.bark == "woof"
    assert isinstance(owner.shape, m.Square) and owner.shape.side == 2.0
    assert isinstance(owner.letter, m.Beta) and owner.letter.x == "b"
    assert owner.version == 2 and owner.label == "fixed"
    assert owner.level == "high" and owner.levels == ["low", "high"]
    assert owner.note is None and owner.nothing is None
    assert owner.value == ["p", "q"]
    assert owner.mixed.additional_properties == {"a": 1} if hasattr(owner.mixed, "additional_properties") else True
    assert isinstance(owner.payload, list) and isinstance(owner.payload[0], m.Cat)
    assert owner.datetime_ == datetime.datetime(2024, 1, 2, 10, tzinfo=datetime.UTC)
    assert owner.times == [datetime.datetime(2024, 1, 2, 10, tzinfo=datetime.UTC)]
    assert owner.parse_uuid == owner.id == uuid.UUID(OWNER["id"])
    assert (owner.owner, owner.d, owner.cls, owner.src_dict, owner.field_dict) == ("o", "d", "c", "s", "f")
    assert (owner.missing, owner.mismatch) == ("m", "mm")
    assert owner.to_dict() == OWNER


# --- unions of objects -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [({"meow": "m"}, "Cat"), ({"bark": "b"}, "Dog"), ({"pet_type": "dog", "bark": "b"}, "Dog")],
)
def test_union_member_chosen_by_its_required_properties(
    package: ModuleType, strict: bool, payload: dict[str, Any], expected: str
) -> None:
    pet = parse_owner(package, pet=payload).pet
    assert type(pet).__name__ == expected
    assert pet.to_dict() == payload


@pytest.mark.parametrize(("kind", "expected"), [("circle", "Circle"), ("square", "Square")])
def test_union_member_chosen_by_discriminator(package: ModuleType, strict: bool, kind: str, expected: str) -> None:
    shape = parse_owner(package, shape={"kind": kind}).shape
    assert type(shape).__name__ == expected


@pytest.mark.parametrize(("tag", "expected"), [("alpha", "Alpha"), ("beta", "Beta")])
def test_union_member_chosen_by_const(package: ModuleType, strict: bool, tag: str, expected: str) -> None:
    letter = parse_owner(package, letter={"type": tag, "x": "1"}).letter
    assert type(letter).__name__ == expected


def test_union_with_no_matching_member_is_kept_or_rejected(package: ModuleType, strict: bool) -> None:
    owner = drift(package, strict, pet={"purr": True})
    if owner is not None:
        assert owner.pet == {"purr": True}
        assert owner.to_dict()["pet"] == {"purr": True}


def test_top_level_union_response_picks_by_required_properties(package: ModuleType, strict: bool) -> None:
    import importlib

    module = importlib.import_module(f"{package.__name__}.api.pets.get_pet")
    import httpx2

    response = httpx2.Response(200, json={"bark": "b"}, request=httpx2.Request("GET", "http://127.0.0.1/pets"))
    assert type(module._parse_response(response)).__name__ == "Dog"


UNION_ACCEPTS = [
    ("scalars", "a"),
    ("scalars", 7),
    ("number_or_string", 1),
    ("number_or_string", 1.5),
    ("number_or_string", "a"),
    ("int_or_bool", True),
    ("int_or_bool", 7),
    ("model_or_string", {"meow": "x"}),
    ("model_or_string", "x"),
    ("model_or_null", None),
    ("model_or_null", {"meow": "x"}),
    ("object_or_string", {"k": "v"}),
    ("object_or_string", "x"),
    ("array_or_string", ["a", "b"]),
    ("array_or_string", "x"),
    *[("any_or_string", body) for body in ["a", 1, 1.5, True, [1, 2], {"k": 1}]],
    ("nested", {"bark": "b"}),
    ("nested", 3),
]
UNION_REJECTS = [
    *[("scalars", body) for body in [1.5, {}, [], True]],
    *[("number_or_string", body) for body in [{}, [], True]],
    ("model_or_string", [1]),
    ("object_or_string", 1),
    ("array_or_string", {}),
    ("nested", [1]),
]


@pytest.mark.parametrize(("field", "body"), UNION_ACCEPTS)
def test_union_accepts_each_member(package: ModuleType, strict: bool, field: str, body: Any) -> None:
    unions = models(package).Unions.from_dict({field: body})
    assert unions.to_dict() == {field: body}
    if isinstance(body, dict) and field in ("model_or_string", "model_or_null", "nested"):
        assert hasattr(getattr(unions, field), "to_dict"), "an object member becomes its model"


@pytest.mark.parametrize(("field", "body"), UNION_REJECTS)
def test_union_rejects_a_value_matching_no_member(package: ModuleType, strict: bool, field: str, body: Any) -> None:
    if strict:
        with pytest.raises(ResponseValidationError, match=f"Unions.{field}"):
            models(package).Unions.from_dict({field: body})
    else:
        unions = models(package).Unions.from_dict({field: body})
        assert getattr(unions, field) == body and unions.to_dict() == {field: body}


def test_nullable_model_is_that_model_or_null(package: ModuleType, strict: bool) -> None:
    """One object member besides null: a field of that model, drift (a missing required field) and all."""
    assert models(package).Unions.from_dict({"model_or_null": None}).model_or_null is None
    owner = drift_of(package, strict, "Unions", {"model_or_null": {"nope": 1}}, "Cat.meow")
    if owner is not None:
        assert type(owner.model_or_null).__name__ == "Cat" and owner.to_dict() == {"model_or_null": {"nope": 1}}


def drift_of(package: ModuleType, strict: bool, model: str, data: dict[str, Any], where: str) -> Any:
    cls = getattr(models(package), model)
    if strict:
        with pytest.raises(ResponseValidationError, match=where):
            cls.from_dict(data)
        return None
    return cls.from_dict(data)


# --- const and enums --------------------------------------------------------------------------------


@pytest.mark.parametrize("changes", [{"version": 3}, {"label": "other"}, {"level": "medium"}, {"levels": ["odd"]}])
def test_const_and_enum_values_outside_the_spec(package: ModuleType, strict: bool, changes: dict[str, Any]) -> None:
    owner = drift(package, strict, **changes)
    if owner is not None:
        ((field, sent),) = changes.items()
        assert getattr(owner, field) == sent
        assert owner.to_dict()[field] == sent


# --- nulls ------------------------------------------------------------------------------------------


def test_documented_nulls_are_accepted_in_strict_mode(package: ModuleType, strict: bool) -> None:
    owner = parse_owner(package, note=None, nothing=None)
    assert owner.note is None and owner.nothing is None
    assert parse_owner(package, note="n").note == "n"


def test_undocumented_null_is_kept_or_rejected(package: ModuleType, strict: bool) -> None:
    owner = drift(package, strict, when=None)
    if owner is not None:
        assert owner.when is None and owner.to_dict()["when"] is None


# --- unions with non-scalar members ------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes", [{"value": "p"}, {"value": ["p"]}, {"mixed": 3}, {"payload": {"meow": "x"}}, {"datetime": 5}]
)
def test_union_members_of_every_shape_are_kept(package: ModuleType, strict: bool, changes: dict[str, Any]) -> None:
    owner = parse_owner(package, **changes)
    ((field, sent),) = changes.items()
    assert owner.to_dict()[field] == sent


# --- to_dict gives back what was kept ---------------------------------------------------------------


@pytest.mark.parametrize("sent", [None, {"a": 1}, "oops", 7])
def test_list_field_kept_as_sent_round_trips(package: ModuleType, sent: Any) -> None:
    for field in ("tags", "times", "tags_required", "levels"):
        owner = parse_owner(package, **{field: sent})
        assert getattr(owner, field) == sent
        assert owner.to_dict()[field] == sent


def test_list_items_kept_as_sent_round_trip(package: ModuleType) -> None:
    owner = parse_owner(package, times=["2024-01-02T10:00:00+00:00", "someday", None, 3])
    assert owner.to_dict()["times"] == ["2024-01-02T10:00:00+00:00", "someday", None, 3]


def test_missing_required_fields_are_left_out_never_serialised_as_unset(package: ModuleType) -> None:
    sent = {key: value for key, value in OWNER.items() if key not in ("name", "tags_required")}
    owner = models(package).Owner.from_dict(sent)
    assert owner.to_dict() == sent


def test_strict_parsing_names_a_missing_required_field(package: ModuleType) -> None:
    with strict_parsing(types(package)), pytest.raises(ResponseValidationError, match=r"Owner\.name"):
        models(package).Owner.from_dict({"tags_required": []})


def test_models_built_in_code_serialise(package: ModuleType) -> None:
    m = models(package)
    owner = m.Owner(name="Ada", tags_required=["t"], pet=m.Cat(meow="m"), tags=["x"])
    assert owner.to_dict() == {"name": "Ada", "tags_required": ["t"], "pet": {"meow": "m"}, "tags": ["x"]}


# --- operations ----------------------------------------------------------------------------------------


@pytest.fixture
async def client(fault_server: FaultServer) -> AsyncIterator[MihuClient]:
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN, max_retries=0) as mihu:
        yield mihu


async def test_binary_response_is_a_file(package: ModuleType, fault_server: FaultServer, client: MihuClient) -> None:
    import importlib

    module = importlib.import_module(f"{package.__name__}.api.files.download_file")
    fault_server.script("/files/7", Reply.raw(b"\x00\x01binary", 200, content_type="application/octet-stream"))
    result = await module.asyncio(id="7", client=client)
    assert isinstance(result, types(package).File)
    assert result.payload.read() == b"\x00\x01binary"


async def test_operation_parses_a_model_in_both_modes(
    package: ModuleType, fault_server: FaultServer, client: MihuClient
) -> None:
    import importlib

    module = importlib.import_module(f"{package.__name__}.api.owners.get_owner")
    fault_server.script("/owners/1", Reply.json(OWNER), Reply.json({**OWNER, "version": 9}))
    assert (await module.asyncio(id="1", client=client)).to_dict() == OWNER
    with pytest.raises(ResponseValidationError, match=r"Owner\.version"):
        await module.asyncio(id="1", client=client.with_options(strict=True))


async def test_enum_response_outside_the_spec(
    package: ModuleType, fault_server: FaultServer, client: MihuClient
) -> None:
    import importlib

    module = importlib.import_module(f"{package.__name__}.api.levels.get_level")
    fault_server.script("/levels", Reply.json("high"), Reply.json("medium"), Reply.json("medium"))
    assert await module.asyncio(client=client) == "high"
    assert await module.asyncio(client=client) == "medium"
    with pytest.raises(ResponseValidationError):
        await module.asyncio(client=client.with_options(strict=True))


# --- static typing --------------------------------------------------------------------------------------


def test_generated_package_passes_mypy_strict(package: ModuleType, tmp_path: Path) -> None:
    """What the generator makes of every construct type-checks, as the SDK's own package must: checked
    in place, as `mihu_client._generated` beside a copy of the hand-written modules."""
    sdk = tmp_path / "checked" / "mihu_client"
    sdk.mkdir(parents=True)
    for module in (ROOT / "mihu_client").glob("*.py"):
        shutil.copy(module, sdk / module.name)
    (sdk / "py.typed").touch()
    shutil.copytree(
        Path(package.__file__ or "").parent, sdk / "_generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", "mihu_client"],
        capture_output=True,
        text=True,
        cwd=sdk.parent,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checked = len(list(sdk.rglob("*.py")))
    assert f"no issues found in {checked} source files" in result.stdout, "mypy checked another mihu_client"


# --- degenerate specs ----------------------------------------------------------------------------------

EMPTY_INFO = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}}
DEGENERATE = {
    "no_operations": {**EMPTY_INFO, "paths": {}, "components": {"schemas": {"Thing": SCHEMAS["Cat"]}}},
    "no_schemas": {
        **EMPTY_INFO,
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": json_response({"type": "string"})}}},
    },
    "nothing": {**EMPTY_INFO, "paths": {}},
}


@pytest.mark.parametrize("case", sorted(DEGENERATE))
def test_degenerate_specs_generate_valid_importable_code(case: str, tmp_path: Path) -> None:
    name = f"degenerate_{case}"
    try:
        package = generate_package(tmp_path, name, DEGENERATE[case])
        root = Path(package.__file__ or "").parent
        assert compileall.compile_dir(root, quiet=1), f"{case}: generated code does not compile"
        import importlib

        importlib.import_module(f"{name}._generated.models")
        api = importlib.import_module(f"{name}._generated.api")
        for namespace in api.NAMESPACES:
            importlib.import_module(f"{name}._generated.api.{namespace}")
    finally:
        forget(name)


def test_a_tag_whose_only_operation_is_skipped_still_generates_valid_code(tmp_path: Path) -> None:
    broken = {"name": "f", "in": "query", "schema": {"$ref": "#/components/schemas/DoesNotExist"}}
    document = {
        **EMPTY_INFO,
        "paths": {
            "/ok": {"get": {"operationId": "ok", "tags": ["Fine"], "responses": {"200": {"description": "OK"}}}},
            "/broken": {
                "get": {
                    "operationId": "broken",
                    "tags": ["Broken"],
                    "parameters": [broken],
                    "responses": {"200": {"description": "OK"}},
                }
            },
        },
    }
    target = generate_despite_warnings(tmp_path, "skipped_tag", document)
    assert (target / "api" / "broken" / "__init__.py").exists(), "the generator no longer keeps an empty tag"
    assert compileall.compile_dir(target, quiet=1), "generated code does not compile"
