from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.flow_step import FlowStep


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A Studio automation flow with its ordered list of steps."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Flow state, draft or deployed. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    steps: list[FlowStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict() if hasattr(steps_item_data, "to_dict") else steps_item_data
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Flow.uuid")
        elif uuid is None:
            uuid = unexpected_null("Flow.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Flow.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Flow.name")

        description = d.get("description", UNSET)

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Flow.status")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Flow.created_at")
        elif created_at is None:
            created_at = unexpected_null("Flow.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Flow.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Flow.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("Flow.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Flow.updated_at")

        steps = d.get("steps", UNSET)
        if steps.__class__ is list:
            steps = [
                _from_dict_FlowStep(_i0) if _i0.__class__ is dict else odd_item(_i0, "Flow.steps", False)
                for _i0 in steps
            ]
        elif steps is None:
            steps = unexpected_null("Flow.steps")
        elif steps is not UNSET and steps is not None:
            steps = mismatch(steps, "Flow.steps")

        flow = new_instance(cls)
        flow.uuid = uuid
        flow.name = name
        flow.description = description
        flow.status = status
        flow.created_at = created_at
        flow.updated_at = updated_at
        flow.steps = steps
        flow.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Flow")
        return flow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELD_NAMES = frozenset(
    (
        "uuid",
        "name",
        "description",
        "status",
        "created_at",
        "updated_at",
        "steps",
    )
)

from ..models.flow_step import FlowStep

_from_dict_FlowStep = FlowStep.from_dict
