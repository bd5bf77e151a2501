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
        v_phone_number_uuid: str | Unset = UNSET
        if not isinstance(self.phone_number_uuid, Unset):
            v_phone_number_uuid = (
                str(self.phone_number_uuid) if isinstance(self.phone_number_uuid, UUID) else self.phone_number_uuid
            )

        v_number = self.number

        v_is_external = self.is_external

        v_source = self.source

        v_channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            v_channels = (
                self.channels.to_dict() if isinstance(self.channels, PhoneNumberChannelsChannels) else self.channels
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_phone_number_uuid is not UNSET:
            field_dict["phone_number_uuid"] = v_phone_number_uuid
        if v_number is not UNSET:
            field_dict["number"] = v_number
        if v_is_external is not UNSET:
            field_dict["is_external"] = v_is_external
        if v_source is not UNSET:
            field_dict["source"] = v_source
        if v_channels is not UNSET:
            field_dict["channels"] = v_channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number_uuid = d.get("phone_number_uuid", UNSET)
        if v_phone_number_uuid.__class__ is str:
            v_phone_number_uuid = parse_uuid(v_phone_number_uuid, "PhoneNumberChannels.phone_number_uuid")
        elif v_phone_number_uuid is None:
            v_phone_number_uuid = unexpected_null("PhoneNumberChannels.phone_number_uuid")
        elif v_phone_number_uuid is not UNSET and v_phone_number_uuid is not None:
            v_phone_number_uuid = mismatch(v_phone_number_uuid, "PhoneNumberChannels.phone_number_uuid")

        v_number = d.get("number", UNSET)
        if v_number is None:
            v_number = unexpected_null("PhoneNumberChannels.number")

        v_is_external = d.get("is_external", UNSET)
        if v_is_external is None:
            v_is_external = unexpected_null("PhoneNumberChannels.is_external")

        v_source = d.get("source", UNSET)
        if v_source is None:
            v_source = unexpected_null("PhoneNumberChannels.source")

        v_channels = d.get("channels", UNSET)
        if v_channels.__class__ is dict:
            v_channels = _from_dict_PhoneNumberChannelsChannels(v_channels)
        elif v_channels is None:
            v_channels = unexpected_null("PhoneNumberChannels.channels")
        elif v_channels is not UNSET and v_channels is not None:
            v_channels = mismatch(v_channels, "PhoneNumberChannels.channels")

        _instance = new_instance(cls)
        _instance.phone_number_uuid = v_phone_number_uuid
        _instance.number = v_number
        _instance.is_external = v_is_external
        _instance.source = v_source
        _instance.channels = v_channels
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannels")
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
        "phone_number_uuid",
        "number",
        "is_external",
        "source",
        "channels",
    )
)

from ..models.phone_number_channels_channels import PhoneNumberChannelsChannels

_from_dict_PhoneNumberChannelsChannels = PhoneNumberChannelsChannels.from_dict
