from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
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
        agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        phone_number = self.phone_number

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "phoneNumber": phone_number,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_id = d.get("agentId", UNSET)
        if agent_id.__class__ is str:
            agent_id = parse_uuid(agent_id, "SmsSendRequest.agentId")
        elif agent_id is UNSET:
            agent_id = missing("SmsSendRequest.agentId")
        elif agent_id is None:
            agent_id = unexpected_null("SmsSendRequest.agentId")
        elif agent_id is not UNSET and agent_id is not None:
            agent_id = mismatch(agent_id, "SmsSendRequest.agentId")

        phone_number = d.get("phoneNumber", UNSET)
        if phone_number is UNSET:
            phone_number = missing("SmsSendRequest.phoneNumber")
        if phone_number is None:
            phone_number = unexpected_null("SmsSendRequest.phoneNumber")

        message = d.get("message", UNSET)
        if message is UNSET:
            message = missing("SmsSendRequest.message")
        if message is None:
            message = unexpected_null("SmsSendRequest.message")

        sms_send_request = new_instance(cls)
        sms_send_request.agent_id = agent_id
        sms_send_request.phone_number = phone_number
        sms_send_request.message = message
        sms_send_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SmsSendRequest")
        )
        return sms_send_request

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
        "agentId",
        "phoneNumber",
        "message",
    )
)
