from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_type import PhoneNumberType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_billing import PhoneNumberBilling
    from ..models.phone_number_bindings import PhoneNumberBindings
    from ..models.phone_number_capabilities import PhoneNumberCapabilities
    from ..models.phone_number_channel_settings import PhoneNumberChannelSettings
    from ..models.phone_number_compliance import PhoneNumberCompliance


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A number in the workspace inventory (purchased or registered as an external trunk)."""

    phone_number_uuid: UUID | Unset = UNSET
    number: str | Unset = UNSET
    country_code: str | Unset = UNSET
    location: str | Unset | None = UNSET
    """ Only present in newer doc versions. """
    type_: PhoneNumberType | Unset = UNSET
    is_external: bool | Unset = UNSET
    source: str | Unset = UNSET
    """ Origin of the number: 'purchased' (inventory) or 'external' (BYO trunk). Only present in newer doc versions.
    """
    status: str | Unset = UNSET
    compliance: PhoneNumberCompliance | Unset = UNSET
    capabilities: PhoneNumberCapabilities | Unset = UNSET
    channel_settings: PhoneNumberChannelSettings | Unset = UNSET
    billing: PhoneNumberBilling | Unset = UNSET
    bindings: PhoneNumberBindings | Unset = UNSET
    purchased_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number_uuid: str | Unset = UNSET
        if not isinstance(self.phone_number_uuid, Unset):
            phone_number_uuid = (
                str(self.phone_number_uuid) if isinstance(self.phone_number_uuid, UUID) else self.phone_number_uuid
            )

        number = self.number

        country_code = self.country_code

        location: str | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        is_external = self.is_external

        source = self.source

        status = self.status

        compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = self.compliance.to_dict() if hasattr(self.compliance, "to_dict") else self.compliance

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict() if hasattr(self.capabilities, "to_dict") else self.capabilities

        channel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_settings, Unset):
            channel_settings = (
                self.channel_settings.to_dict() if hasattr(self.channel_settings, "to_dict") else self.channel_settings
            )

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict() if hasattr(self.billing, "to_dict") else self.billing

        bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = self.bindings.to_dict() if hasattr(self.bindings, "to_dict") else self.bindings

        purchased_at: str | Unset | None
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            purchased_at = (
                self.purchased_at.isoformat() if isinstance(self.purchased_at, datetime.datetime) else self.purchased_at
            )
        else:
            purchased_at = self.purchased_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number_uuid is not UNSET:
            field_dict["phone_number_uuid"] = phone_number_uuid
        if number is not UNSET:
            field_dict["number"] = number
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if location is not UNSET:
            field_dict["location"] = location
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_external is not UNSET:
            field_dict["is_external"] = is_external
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if channel_settings is not UNSET:
            field_dict["channel_settings"] = channel_settings
        if billing is not UNSET:
            field_dict["billing"] = billing
        if bindings is not UNSET:
            field_dict["bindings"] = bindings
        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        phone_number_uuid = d.get("phone_number_uuid", UNSET)
        if phone_number_uuid.__class__ is str:
            phone_number_uuid = parse_uuid(phone_number_uuid, "PhoneNumber.phone_number_uuid")
        elif phone_number_uuid is None:
            phone_number_uuid = unexpected_null("PhoneNumber.phone_number_uuid")
        elif phone_number_uuid is not UNSET and phone_number_uuid is not None:
            phone_number_uuid = mismatch(phone_number_uuid, "PhoneNumber.phone_number_uuid")

        number = d.get("number", UNSET)
        if number is None:
            number = unexpected_null("PhoneNumber.number")

        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("PhoneNumber.country_code")

        location = d.get("location", UNSET)

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_PhoneNumberType.get(type_) or enum_value(PhoneNumberType, type_, "PhoneNumber.type")
        elif type_ is None:
            type_ = unexpected_null("PhoneNumber.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "PhoneNumber.type")

        is_external = d.get("is_external", UNSET)
        if is_external is None:
            is_external = unexpected_null("PhoneNumber.is_external")

        source = d.get("source", UNSET)
        if source is None:
            source = unexpected_null("PhoneNumber.source")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("PhoneNumber.status")

        compliance = d.get("compliance", UNSET)
        if compliance.__class__ is dict:
            compliance = _from_dict_PhoneNumberCompliance(compliance)
        elif compliance is None:
            compliance = unexpected_null("PhoneNumber.compliance")
        elif compliance is not UNSET and compliance is not None:
            compliance = mismatch(compliance, "PhoneNumber.compliance")

        capabilities = d.get("capabilities", UNSET)
        if capabilities.__class__ is dict:
            capabilities = _from_dict_PhoneNumberCapabilities(capabilities)
        elif capabilities is None:
            capabilities = unexpected_null("PhoneNumber.capabilities")
        elif capabilities is not UNSET and capabilities is not None:
            capabilities = mismatch(capabilities, "PhoneNumber.capabilities")

        channel_settings = d.get("channel_settings", UNSET)
        if channel_settings.__class__ is dict:
            channel_settings = _from_dict_PhoneNumberChannelSettings(channel_settings)
        elif channel_settings is None:
            channel_settings = unexpected_null("PhoneNumber.channel_settings")
        elif channel_settings is not UNSET and channel_settings is not None:
            channel_settings = mismatch(channel_settings, "PhoneNumber.channel_settings")

        billing = d.get("billing", UNSET)
        if billing.__class__ is dict:
            billing = _from_dict_PhoneNumberBilling(billing)
        elif billing is None:
            billing = unexpected_null("PhoneNumber.billing")
        elif billing is not UNSET and billing is not None:
            billing = mismatch(billing, "PhoneNumber.billing")

        bindings = d.get("bindings", UNSET)
        if bindings.__class__ is dict:
            bindings = _from_dict_PhoneNumberBindings(bindings)
        elif bindings is None:
            bindings = unexpected_null("PhoneNumber.bindings")
        elif bindings is not UNSET and bindings is not None:
            bindings = mismatch(bindings, "PhoneNumber.bindings")

        purchased_at = d.get("purchased_at", UNSET)
        if purchased_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                purchased_at = fromisoformat(purchased_at)
            except ValueError:
                purchased_at = parse_datetime(purchased_at, "PhoneNumber.purchased_at")
        elif purchased_at is not UNSET and purchased_at is not None:
            purchased_at = mismatch(purchased_at, "PhoneNumber.purchased_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "PhoneNumber.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "PhoneNumber.updated_at")

        phone_number = new_instance(cls)
        phone_number.phone_number_uuid = phone_number_uuid
        phone_number.number = number
        phone_number.country_code = country_code
        phone_number.location = location
        phone_number.type_ = type_
        phone_number.is_external = is_external
        phone_number.source = source
        phone_number.status = status
        phone_number.compliance = compliance
        phone_number.capabilities = capabilities
        phone_number.channel_settings = channel_settings
        phone_number.billing = billing
        phone_number.bindings = bindings
        phone_number.purchased_at = purchased_at
        phone_number.updated_at = updated_at
        phone_number.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumber")
        )
        return phone_number

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


_values_PhoneNumberType = PhoneNumberType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "phone_number_uuid",
        "number",
        "country_code",
        "location",
        "type",
        "is_external",
        "source",
        "status",
        "compliance",
        "capabilities",
        "channel_settings",
        "billing",
        "bindings",
        "purchased_at",
        "updated_at",
    )
)

from ..models.phone_number_billing import PhoneNumberBilling
from ..models.phone_number_bindings import PhoneNumberBindings
from ..models.phone_number_capabilities import PhoneNumberCapabilities
from ..models.phone_number_channel_settings import PhoneNumberChannelSettings
from ..models.phone_number_compliance import PhoneNumberCompliance

_from_dict_PhoneNumberCompliance = PhoneNumberCompliance.from_dict

_from_dict_PhoneNumberCapabilities = PhoneNumberCapabilities.from_dict

_from_dict_PhoneNumberChannelSettings = PhoneNumberChannelSettings.from_dict

_from_dict_PhoneNumberBilling = PhoneNumberBilling.from_dict

_from_dict_PhoneNumberBindings = PhoneNumberBindings.from_dict
