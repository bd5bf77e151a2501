from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_assign_request_channel import PhoneNumberTrunkAssignRequestChannel

T = TypeVar("T", bound="PhoneNumberTrunkAssignRequest")


@_attrs_define
class PhoneNumberTrunkAssignRequest:
    phone_number: str
    channel: PhoneNumberTrunkAssignRequestChannel
    agent_uuid: UUID
    """ New owner agent of the trunk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        channel = self.channel.value

        agent_uuid = str(self.agent_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "channel": channel,
                "agent_uuid": agent_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        channel = PhoneNumberTrunkAssignRequestChannel(d.pop("channel"))

        agent_uuid = UUID(d.pop("agent_uuid"))

        phone_number_trunk_assign_request = cls(
            phone_number=phone_number,
            channel=channel,
            agent_uuid=agent_uuid,
        )

        phone_number_trunk_assign_request.additional_properties = d
        return phone_number_trunk_assign_request

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
