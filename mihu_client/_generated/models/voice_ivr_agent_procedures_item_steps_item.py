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

T = TypeVar("T", bound="VoiceIvrAgentProceduresItemStepsItem")


@_attrs_define
class VoiceIvrAgentProceduresItemStepsItem:
    order: int | Unset = UNSET
    description: str | Unset = UNSET
    intent_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_order = self.order

        v_description = self.description

        v_intent_uuid: str | Unset = UNSET
        if not isinstance(self.intent_uuid, Unset):
            v_intent_uuid = str(self.intent_uuid) if isinstance(self.intent_uuid, UUID) else self.intent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_order is not UNSET:
            field_dict["order"] = v_order
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_intent_uuid is not UNSET:
            field_dict["intent_uuid"] = v_intent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_order = d.get("order", UNSET)
        if v_order is None:
            v_order = unexpected_null("VoiceIvrAgentProceduresItemStepsItem.order")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("VoiceIvrAgentProceduresItemStepsItem.description")

        v_intent_uuid = d.get("intent_uuid", UNSET)
        if v_intent_uuid.__class__ is str:
            v_intent_uuid = parse_uuid(v_intent_uuid, "VoiceIvrAgentProceduresItemStepsItem.intent_uuid")
        elif v_intent_uuid is None:
            v_intent_uuid = unexpected_null("VoiceIvrAgentProceduresItemStepsItem.intent_uuid")
        elif v_intent_uuid is not UNSET and v_intent_uuid is not None:
            v_intent_uuid = mismatch(v_intent_uuid, "VoiceIvrAgentProceduresItemStepsItem.intent_uuid")

        _instance = new_instance(cls)
        _instance.order = v_order
        _instance.description = v_description
        _instance.intent_uuid = v_intent_uuid
        _instance.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "VoiceIvrAgentProceduresItemStepsItem")
        )
        return _instance

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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "order",
        "description",
        "intent_uuid",
    )
)
