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
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="SmsSendRequest")


@_attrs_define
class SmsSendRequest:
    agent_id: UUID
    """ Agent whose SMS channel sends the message. """
    phone_number: str
    """ Recipient in E.164 format. """
    message: str
    """ Message body. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        v_phone_number = self.phone_number

        v_message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_agent_id, Unset):
            field_dict["agentId"] = v_agent_id
        if not isinstance(v_phone_number, Unset):
            field_dict["phoneNumber"] = v_phone_number
        if not isinstance(v_message, Unset):
            field_dict["message"] = v_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_id = d.get("agentId", UNSET)
        if v_agent_id.__class__ is str:
            v_agent_id = parse_uuid(v_agent_id, "SmsSendRequest.agentId")
        elif v_agent_id is UNSET:
            v_agent_id = missing("SmsSendRequest.agentId")
        elif v_agent_id is None:
            v_agent_id = unexpected_null("SmsSendRequest.agentId")
        elif v_agent_id is not UNSET and v_agent_id is not None:
            v_agent_id = mismatch(v_agent_id, "SmsSendRequest.agentId")

        v_phone_number = d.get("phoneNumber", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("SmsSendRequest.phoneNumber")
        if v_phone_number is None:
            v_phone_number = unexpected_null("SmsSendRequest.phoneNumber")

        v_message = d.get("message", UNSET)
        if v_message is UNSET:
            v_message = missing("SmsSendRequest.message")
        if v_message is None:
            v_message = unexpected_null("SmsSendRequest.message")

        _instance = new_instance(cls)
        _instance.agent_id = v_agent_id
        _instance.phone_number = v_phone_number
        _instance.message = v_message
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SmsSendRequest")
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
        "agentId",
        "phoneNumber",
        "message",
    )
)
