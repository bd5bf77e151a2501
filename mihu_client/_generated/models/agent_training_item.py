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

T = TypeVar("T", bound="AgentTrainingItem")


@_attrs_define
class AgentTrainingItem:
    """One training example: a customer utterance, its intent label and the ideal answer."""

    uuid: UUID | Unset = UNSET
    content: str | Unset = UNSET
    intent: str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_content = self.content

        v_intent = self.intent

        v_response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_content is not UNSET:
            field_dict["content"] = v_content
        if v_intent is not UNSET:
            field_dict["intent"] = v_intent
        if v_response is not UNSET:
            field_dict["response"] = v_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "AgentTrainingItem.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("AgentTrainingItem.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "AgentTrainingItem.uuid")

        v_content = d.get("content", UNSET)
        if v_content is None:
            v_content = unexpected_null("AgentTrainingItem.content")

        v_intent = d.get("intent", UNSET)
        if v_intent is None:
            v_intent = unexpected_null("AgentTrainingItem.intent")

        v_response = d.get("response", UNSET)
        if v_response is None:
            v_response = unexpected_null("AgentTrainingItem.response")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.content = v_content
        _instance.intent = v_intent
        _instance.response = v_response
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentTrainingItem")
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
        "content",
        "intent",
        "response",
    )
)
