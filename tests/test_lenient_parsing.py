"""Generated models survive a server that drifts from its spec, and strict parsing rejects the drift.

These exercise the generated `from_dict`/`to_dict` directly (the templates in openapi/templates);
tests/test_client.py covers the same through a real HTTP server.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from mihu_client import ResponseValidationError
from mihu_client._generated.types import STRICT, UNSET
from tests.snapshot import models

CONNECTOR = {
    "pbx_extension_connector_uuid": "9b1d3c2e-4f5a-4b6c-8d7e-1f2a3b4c5d6e",
    "name": "ext-101",
    "status": "active",
    "phone_number": "+15550100",
    "agent_uuid": None,
    "agent_name": "Front desk",
    "sip_connector_server": "203.0.113.7",
    "connection_type": "udp",
    "setup_mode": None,
    "pbx": {"registrar_server": "pbx.example.com", "port": 5060, "username_extension": "101"},
    "inbound": {"allowed_ip": None},
    "auth": {"has_separate_credentials": False, "username": None},
    "normalizer": {"default_prefix": "+1", "condition_length": None, "condition_prefix": None},
    "created_at": "2024-01-02T10:00:00.000000Z",
    "updated_at": "2024-01-02T05:31:56Z",
}


@contextmanager
def strict() -> Iterator[None]:
    token = STRICT.set(True)
    try:
        yield
    finally:
        STRICT.reset(token)


def connector(**changes: object) -> dict[str, object]:
    return {**CONNECTOR, **changes}


def test_documented_payload_parses_into_typed_values() -> None:
    item = models.PbxExtensionConnectorItem.from_dict(CONNECTOR)
    assert item.pbx_extension_connector_uuid == uuid.UUID(str(CONNECTOR["pbx_extension_connector_uuid"]))
    assert item.status is models.PbxExtensionConnectorItemStatus.ACTIVE
    assert item.created_at == datetime.datetime(2024, 1, 2, 10, 0, tzinfo=datetime.UTC)
    assert item.updated_at == datetime.datetime(2024, 1, 2, 5, 31, 56, tzinfo=datetime.UTC)
    assert item.pbx.port == 5060
    assert item.agent_uuid is None
    assert item.additional_properties == {}
    with strict():
        assert models.PbxExtensionConnectorItem.from_dict(CONNECTOR) == item


def test_unknown_enum_value_is_kept_and_readable() -> None:
    item = models.PbxExtensionConnectorItem.from_dict(connector(status="suspended"))
    assert isinstance(item.status, models.PbxExtensionConnectorItemStatus)
    assert item.status == "suspended"
    assert item.status.value == "suspended"
    assert str(item.status) == "suspended"
    assert item.status.name == "UNKNOWN"
    assert item.to_dict()["status"] == "suspended"
    # The stand-in never becomes a documented member.
    assert "suspended" not in {member.value for member in models.PbxExtensionConnectorItemStatus}


def test_unknown_enum_value_fails_strict_parsing() -> None:
    with strict(), pytest.raises(ResponseValidationError) as caught:
        models.PbxExtensionConnectorItem.from_dict(connector(status="suspended"))
    assert caught.value.path == "PbxExtensionConnectorItem.status"
    assert "suspended" in str(caught.value)


@pytest.mark.parametrize("field", ["name", "status", "pbx", "created_at", "pbx_extension_connector_uuid"])
def test_unexpected_null_is_kept_as_none(field: str) -> None:
    item = models.PbxExtensionConnectorItem.from_dict(connector(**{field: None}))
    assert getattr(item, field) is None
    assert item.to_dict()[field] is None


def test_unexpected_null_fails_strict_parsing() -> None:
    with strict(), pytest.raises(ResponseValidationError, match="null"):
        models.PbxExtensionConnectorItem.from_dict(connector(pbx=None))


def test_declared_nullable_fields_accept_null_in_strict_mode() -> None:
    with strict():
        item = models.PbxExtensionConnectorItem.from_dict(
            connector(agent_uuid=None, setup_mode=None, connection_type=None)
        )
    assert item.connection_type is None


def test_extra_fields_land_in_additional_properties_and_round_trip() -> None:
    payload = connector(region="eu-west", limits={"calls": 3})
    item = models.PbxExtensionConnectorItem.from_dict(payload)
    assert item.additional_properties == {"region": "eu-west", "limits": {"calls": 3}}
    assert item["region"] == "eu-west"
    assert item.to_dict()["limits"] == {"calls": 3}


def test_contact_custom_fields_arrive_as_additional_properties() -> None:
    contact = models.Contact.from_dict({"uuid": str(uuid.uuid4()), "name": "Ada", "favourite_colour": "green"})
    assert contact.additional_properties == {"favourite_colour": "green"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-02T05:31:56Z", datetime.datetime(2024, 1, 2, 5, 31, 56, tzinfo=datetime.UTC)),
        ("2024-01-02T10:00:00.000000Z", datetime.datetime(2024, 1, 2, 10, 0, tzinfo=datetime.UTC)),
        ("2025-12-01 10:00:00", datetime.datetime(2025, 12, 1, 10, 0)),
        ("2024-01-02T10:00:00+02:00", datetime.datetime(2024, 1, 2, 8, 0, tzinfo=datetime.UTC)),
    ],
)
def test_date_formats_the_server_sends_parse(raw: str, expected: datetime.datetime) -> None:
    assert models.PbxExtensionConnectorItem.from_dict(connector(updated_at=raw)).updated_at == expected


def test_unparseable_date_stays_the_string_it_was() -> None:
    item = models.PbxExtensionConnectorItem.from_dict(connector(updated_at="yesterday"))
    assert item.updated_at == "yesterday"
    assert item.to_dict()["updated_at"] == "yesterday"
    with strict(), pytest.raises(ResponseValidationError, match="updated_at"):
        models.PbxExtensionConnectorItem.from_dict(connector(updated_at="yesterday"))


def test_value_of_another_shape_is_kept() -> None:
    item = models.PbxExtensionConnectorItem.from_dict(
        connector(pbx="not configured", pbx_extension_connector_uuid="ext-101")
    )
    assert item.pbx == "not configured"
    assert item.pbx_extension_connector_uuid == "ext-101"
    assert item.to_dict()["pbx"] == "not configured"
    with strict(), pytest.raises(ResponseValidationError):
        models.PbxExtensionConnectorItem.from_dict(connector(pbx="not configured"))


def test_missing_required_field_is_unset_and_fails_strict_parsing() -> None:
    payload = {"schedule_uuid": str(uuid.uuid4()), "title": "Team meeting", "start_time": "2025-12-01 10:00:00"}
    request = models.AppointmentCreateRequest.from_dict(payload)
    assert request.end_time is UNSET
    assert request.start_time == datetime.datetime(2025, 12, 1, 10, 0)
    with strict(), pytest.raises(ResponseValidationError, match="end_time"):
        models.AppointmentCreateRequest.from_dict(payload)


def test_lists_parse_item_by_item_and_keep_odd_items() -> None:
    page = models.ContactPaginatedList.from_dict(
        {
            "current_page": 1,
            "last_page": 1,
            "total": 3,
            "data": [
                {"uuid": str(uuid.uuid4()), "name": "Ada", "tags": [{"name": "vip"}]},
                None,
                {"uuid": "legacy-17", "name": "Bob", "per_page_extra": 1},
            ],
            "per_page": 15,
        }
    )
    assert isinstance(page.data, list)
    first, missing_item, third = page.data
    assert isinstance(first, models.Contact) and first.name == "Ada"
    assert missing_item is None
    assert isinstance(third, models.Contact) and third.uuid == "legacy-17"
    assert page.additional_properties == {"per_page": 15}


def test_list_of_another_shape_is_kept() -> None:
    page = models.ContactPaginatedList.from_dict({"data": {"unexpected": "object"}})
    assert page.data == {"unexpected": "object"}


@pytest.mark.parametrize(
    "spelling",
    [
        "ee5c0332-3449-5d76-9e35-bc35f38cd4c4",
        "EE5C0332-3449-5D76-9E35-BC35F38CD4C4",
        "ee5c03323449-5d76-9e35-bc35f38cd4c4--",
        "{ee5c0332-3449-5d76-9e35-bc35f38cd4c4}",
        "urn:uuid:ee5c0332-3449-5d76-9e35-bc35f38cd4c4",
        "zz5c0332-3449-5d76-9e35-bc35f38cd4c4",
        "ee5c0332_3449-5d76-9e35-bc35f38cd4c4",
        "legacy-17",
    ],
)
def test_uuid_fast_path_agrees_with_the_uuid_constructor(spelling: str) -> None:
    from mihu_client._generated.types import parse_uuid

    try:
        expected: object = uuid.UUID(spelling)
    except ValueError:
        expected = spelling  # kept as sent
    for _ in range(2):  # the second lookup is served from the cache
        parsed = parse_uuid(spelling, "X.id")
        assert parsed == expected
        assert type(parsed) is type(expected)
    if isinstance(parsed, uuid.UUID):
        assert hash(parsed) == hash(expected) and str(parsed) == str(expected)
        assert parsed.is_safe == uuid.SafeUUID.unknown


@pytest.mark.parametrize("sent", [None, {"a": 1}, "oops", [{"name": "vip"}, "odd", None]])
def test_list_field_kept_as_sent_serialises_back_unchanged(sent: object) -> None:
    """`to_dict()` gives back what was sent, as the README's `return result.to_dict()` relies on."""
    contact = models.Contact.from_dict({"name": "Ada", "tags": sent})
    assert contact.to_dict() == {"name": "Ada", "tags": sent}


def test_missing_required_fields_are_left_out_of_to_dict_never_serialised_as_unset() -> None:
    item = models.AppointmentCreateRequest.from_dict({"notes": "call first"})
    assert item.title is UNSET  # required by the spec, absent
    assert item.to_dict() == {"notes": "call first"}
