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
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_channels_channels import PhoneNumberChannelsChannels


T = TypeVar("T", bound="PhoneNumberChannels")


@_attrs_define
class PhoneNumberChannels:
    """Per-channel snapshot of a number (also returned by /phone-numbers/{uuid}/channels and /phone-
    numbers/channels?number=..., which were not found in the stored docs).

    """

    phone_number_uuid: UUID | Unset = UNSET
    number: str | Unset = UNSET
    is_external: bool | Unset = UNSET
    source: str | Unset = UNSET
    channels: PhoneNumberChannelsChannels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_uuid: str | Unset = UNSET
        if not isinstance(self.phone_number_uuid, Unset):
            phone_number_uuid = (
                str(self.phone_number_uuid) if isinstance(self.phone_number_uuid, UUID) else self.phone_number_uuid
            )

        number = self.number

        is_external = self.is_external

        source = self.source

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict() if hasattr(self.channels, "to_dict") else self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number_uuid is not UNSET:
            field_dict["phone_number_uuid"] = phone_number_uuid
        if number is not UNSET:
            field_dict["number"] = number
        if is_external is not UNSET:
            field_dict["is_external"] = is_external
        if source is not UNSET:
            field_dict["source"] = source
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        phone_number_uuid = d.get("phone_number_uuid", UNSET)
        if phone_number_uuid.__class__ is str:
            phone_number_uuid = parse_uuid(phone_number_uuid, "PhoneNumberChannels.phone_number_uuid")
        elif phone_number_uuid is None:
            phone_number_uuid = unexpected_null("PhoneNumberChannels.phone_number_uuid")
        elif phone_number_uuid is not UNSET and phone_number_uuid is not None:
            phone_number_uuid = mismatch(phone_number_uuid, "PhoneNumberChannels.phone_number_uuid")

        number = d.get("number", UNSET)
        if number is None:
            number = unexpected_null("PhoneNumberChannels.number")

        is_external = d.get("is_external", UNSET)
        if is_external is None:
            is_external = unexpected_null("PhoneNumberChannels.is_external")

        source = d.get("source", UNSET)
        if source is None:
            source = unexpected_null("PhoneNumberChannels.source")

        channels = d.get("channels", UNSET)
        if channels.__class__ is dict:
            channels = _from_dict_PhoneNumberChannelsChannels(channels)
        elif channels is None:
            channels = unexpected_null("PhoneNumberChannels.channels")
        elif channels is not UNSET and channels is not None:
            channels = mismatch(channels, "PhoneNumberChannels.channels")

        phone_number_channels = new_instance(cls)
        phone_number_channels.phone_number_uuid = phone_number_uuid
        phone_number_channels.number = number
        phone_number_channels.is_external = is_external
        phone_number_channels.source = source
        phone_number_channels.channels = channels
        phone_number_channels.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannels")
        )
        return phone_number_channels

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
        "phone_number_uuid",
        "number",
        "is_external",
        "source",
        "channels",
    )
)

from ..models.phone_number_channels_channels import PhoneNumberChannelsChannels

_from_dict_PhoneNumberChannelsChannels = PhoneNumberChannelsChannels.from_dict
