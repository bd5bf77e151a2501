from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AgentProcedureStep")


@_attrs_define
class AgentProcedureStep:
    """One ordered step of an agent procedure, optionally linked to an intent."""

    order: int | Unset = UNSET
    description: str | Unset = UNSET
    intent_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        description = self.description

        intent_uuid: str | Unset = UNSET
        if not isinstance(self.intent_uuid, Unset):
            intent_uuid = str(self.intent_uuid) if isinstance(self.intent_uuid, UUID) else self.intent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if description is not UNSET:
            field_dict["description"] = description
        if intent_uuid is not UNSET:
            field_dict["intent_uuid"] = intent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        order = d.get("order", UNSET)
        if order is None:
            order = unexpected_null("AgentProcedureStep.order")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AgentProcedureStep.description")

        intent_uuid = d.get("intent_uuid", UNSET)
        if intent_uuid.__class__ is str:
            intent_uuid = parse_uuid(intent_uuid, "AgentProcedureStep.intent_uuid")
        elif intent_uuid is None:
            intent_uuid = unexpected_null("AgentProcedureStep.intent_uuid")
        elif intent_uuid is not UNSET and intent_uuid is not None:
            intent_uuid = mismatch(intent_uuid, "AgentProcedureStep.intent_uuid")

        agent_procedure_step = new_instance(cls)
        agent_procedure_step.order = order
        agent_procedure_step.description = description
        agent_procedure_step.intent_uuid = intent_uuid
        agent_procedure_step.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentProcedureStep")
        )
        return agent_procedure_step

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
        "order",
        "description",
        "intent_uuid",
    )
)
