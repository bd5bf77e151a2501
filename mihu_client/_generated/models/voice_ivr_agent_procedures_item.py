from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.voice_ivr_agent_procedures_item_steps_item import VoiceIvrAgentProceduresItemStepsItem


T = TypeVar("T", bound="VoiceIvrAgentProceduresItem")


@_attrs_define
class VoiceIvrAgentProceduresItem:
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[VoiceIvrAgentProceduresItemStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_description = self.description

        v_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            if isinstance(self.steps, list):
                v_steps = []
                for v_steps_item_data in self.steps:
                    v_steps_item = (
                        v_steps_item_data.to_dict()
                        if isinstance(v_steps_item_data, VoiceIvrAgentProceduresItemStepsItem)
                        else v_steps_item_data
                    )
                    v_steps.append(v_steps_item)
            else:
                v_steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_steps is not UNSET:
            field_dict["steps"] = v_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "VoiceIvrAgentProceduresItem.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("VoiceIvrAgentProceduresItem.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "VoiceIvrAgentProceduresItem.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("VoiceIvrAgentProceduresItem.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("VoiceIvrAgentProceduresItem.description")

        v_steps = d.get("steps", UNSET)
        if v_steps.__class__ is list:
            v_steps = [
                _from_dict_VoiceIvrAgentProceduresItemStepsItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgentProceduresItem.steps", False)
                for _i0 in v_steps
            ]
        elif v_steps is None:
            v_steps = unexpected_null("VoiceIvrAgentProceduresItem.steps")
        elif v_steps is not UNSET and v_steps is not None:
            v_steps = mismatch(v_steps, "VoiceIvrAgentProceduresItem.steps")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.description = v_description
        _instance.steps = v_steps
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "VoiceIvrAgentProceduresItem")
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
        "uuid",
        "name",
        "description",
        "steps",
    )
)

from ..models.voice_ivr_agent_procedures_item_steps_item import VoiceIvrAgentProceduresItemStepsItem

_from_dict_VoiceIvrAgentProceduresItemStepsItem = VoiceIvrAgentProceduresItemStepsItem.from_dict
