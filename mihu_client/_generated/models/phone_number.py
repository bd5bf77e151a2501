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
        v_phone_number_uuid: str | Unset = UNSET
        if not isinstance(self.phone_number_uuid, Unset):
            v_phone_number_uuid = (
                str(self.phone_number_uuid) if isinstance(self.phone_number_uuid, UUID) else self.phone_number_uuid
            )

        v_number = self.number

        v_country_code = self.country_code

        v_location: str | Unset | None
        if isinstance(self.location, Unset):
            v_location = UNSET
        else:
            v_location = self.location

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_is_external = self.is_external

        v_source = self.source

        v_status = self.status

        v_compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            v_compliance = (
                self.compliance.to_dict() if isinstance(self.compliance, PhoneNumberCompliance) else self.compliance
            )

        v_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            v_capabilities = (
                self.capabilities.to_dict()
                if isinstance(self.capabilities, PhoneNumberCapabilities)
                else self.capabilities
            )

        v_channel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_settings, Unset):
            v_channel_settings = (
                self.channel_settings.to_dict()
                if isinstance(self.channel_settings, PhoneNumberChannelSettings)
                else self.channel_settings
            )

        v_billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            v_billing = self.billing.to_dict() if isinstance(self.billing, PhoneNumberBilling) else self.billing

        v_bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            v_bindings = self.bindings.to_dict() if isinstance(self.bindings, PhoneNumberBindings) else self.bindings

        v_purchased_at: str | Unset | None
        if isinstance(self.purchased_at, Unset):
            v_purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            v_purchased_at = (
                self.purchased_at.isoformat() if isinstance(self.purchased_at, datetime.datetime) else self.purchased_at
            )
        else:
            v_purchased_at = self.purchased_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_phone_number_uuid is not UNSET:
            field_dict["phone_number_uuid"] = v_phone_number_uuid
        if v_number is not UNSET:
            field_dict["number"] = v_number
        if v_country_code is not UNSET:
            field_dict["country_code"] = v_country_code
        if v_location is not UNSET:
            field_dict["location"] = v_location
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_is_external is not UNSET:
            field_dict["is_external"] = v_is_external
        if v_source is not UNSET:
            field_dict["source"] = v_source
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_compliance is not UNSET:
            field_dict["compliance"] = v_compliance
        if v_capabilities is not UNSET:
            field_dict["capabilities"] = v_capabilities
        if v_channel_settings is not UNSET:
            field_dict["channel_settings"] = v_channel_settings
        if v_billing is not UNSET:
            field_dict["billing"] = v_billing
        if v_bindings is not UNSET:
            field_dict["bindings"] = v_bindings
        if v_purchased_at is not UNSET:
            field_dict["purchased_at"] = v_purchased_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number_uuid = d.get("phone_number_uuid", UNSET)
        if v_phone_number_uuid.__class__ is str:
            v_phone_number_uuid = parse_uuid(v_phone_number_uuid, "PhoneNumber.phone_number_uuid")
        elif v_phone_number_uuid is None:
            v_phone_number_uuid = unexpected_null("PhoneNumber.phone_number_uuid")
        elif v_phone_number_uuid is not UNSET and v_phone_number_uuid is not None:
            v_phone_number_uuid = mismatch(v_phone_number_uuid, "PhoneNumber.phone_number_uuid")

        v_number = d.get("number", UNSET)
        if v_number is None:
            v_number = unexpected_null("PhoneNumber.number")

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("PhoneNumber.country_code")

        v_location = d.get("location", UNSET)

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_PhoneNumberType.get(v_type_) or enum_value(PhoneNumberType, v_type_, "PhoneNumber.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("PhoneNumber.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "PhoneNumber.type")

        v_is_external = d.get("is_external", UNSET)
        if v_is_external is None:
            v_is_external = unexpected_null("PhoneNumber.is_external")

        v_source = d.get("source", UNSET)
        if v_source is None:
            v_source = unexpected_null("PhoneNumber.source")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("PhoneNumber.status")

        v_compliance = d.get("compliance", UNSET)
        if v_compliance.__class__ is dict:
            v_compliance = _from_dict_PhoneNumberCompliance(v_compliance)
        elif v_compliance is None:
            v_compliance = unexpected_null("PhoneNumber.compliance")
        elif v_compliance is not UNSET and v_compliance is not None:
            v_compliance = mismatch(v_compliance, "PhoneNumber.compliance")

        v_capabilities = d.get("capabilities", UNSET)
        if v_capabilities.__class__ is dict:
            v_capabilities = _from_dict_PhoneNumberCapabilities(v_capabilities)
        elif v_capabilities is None:
            v_capabilities = unexpected_null("PhoneNumber.capabilities")
        elif v_capabilities is not UNSET and v_capabilities is not None:
            v_capabilities = mismatch(v_capabilities, "PhoneNumber.capabilities")

        v_channel_settings = d.get("channel_settings", UNSET)
        if v_channel_settings.__class__ is dict:
            v_channel_settings = _from_dict_PhoneNumberChannelSettings(v_channel_settings)
        elif v_channel_settings is None:
            v_channel_settings = unexpected_null("PhoneNumber.channel_settings")
        elif v_channel_settings is not UNSET and v_channel_settings is not None:
            v_channel_settings = mismatch(v_channel_settings, "PhoneNumber.channel_settings")

        v_billing = d.get("billing", UNSET)
        if v_billing.__class__ is dict:
            v_billing = _from_dict_PhoneNumberBilling(v_billing)
        elif v_billing is None:
            v_billing = unexpected_null("PhoneNumber.billing")
        elif v_billing is not UNSET and v_billing is not None:
            v_billing = mismatch(v_billing, "PhoneNumber.billing")

        v_bindings = d.get("bindings", UNSET)
        if v_bindings.__class__ is dict:
            v_bindings = _from_dict_PhoneNumberBindings(v_bindings)
        elif v_bindings is None:
            v_bindings = unexpected_null("PhoneNumber.bindings")
        elif v_bindings is not UNSET and v_bindings is not None:
            v_bindings = mismatch(v_bindings, "PhoneNumber.bindings")

        v_purchased_at = d.get("purchased_at", UNSET)
        if v_purchased_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_purchased_at = fromisoformat(v_purchased_at)
            except ValueError:
                v_purchased_at = parse_datetime(v_purchased_at, "PhoneNumber.purchased_at")
        elif v_purchased_at is not UNSET and v_purchased_at is not None:
            v_purchased_at = mismatch(v_purchased_at, "PhoneNumber.purchased_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "PhoneNumber.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "PhoneNumber.updated_at")

        _instance = new_instance(cls)
        _instance.phone_number_uuid = v_phone_number_uuid
        _instance.number = v_number
        _instance.country_code = v_country_code
        _instance.location = v_location
        _instance.type_ = v_type_
        _instance.is_external = v_is_external
        _instance.source = v_source
        _instance.status = v_status
        _instance.compliance = v_compliance
        _instance.capabilities = v_capabilities
        _instance.channel_settings = v_channel_settings
        _instance.billing = v_billing
        _instance.bindings = v_bindings
        _instance.purchased_at = v_purchased_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumber")
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


_values_PhoneNumberType = PhoneNumberType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
