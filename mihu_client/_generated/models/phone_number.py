from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_type import PhoneNumberType
from ..types import UNSET, Unset

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
            phone_number_uuid = str(self.phone_number_uuid)

        number = self.number

        country_code = self.country_code

        location: str | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_external = self.is_external

        source = self.source

        status = self.status

        compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = self.compliance.to_dict()

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        channel_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_settings, Unset):
            channel_settings = self.channel_settings.to_dict()

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = self.bindings.to_dict()

        purchased_at: str | Unset | None
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, datetime.datetime):
            purchased_at = self.purchased_at.isoformat()
        else:
            purchased_at = self.purchased_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
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
        from ..models.phone_number_billing import PhoneNumberBilling
        from ..models.phone_number_bindings import PhoneNumberBindings
        from ..models.phone_number_capabilities import PhoneNumberCapabilities
        from ..models.phone_number_channel_settings import PhoneNumberChannelSettings
        from ..models.phone_number_compliance import PhoneNumberCompliance

        d = dict(src_dict)
        _phone_number_uuid = d.pop("phone_number_uuid", UNSET)
        phone_number_uuid: UUID | Unset
        if isinstance(_phone_number_uuid, Unset):
            phone_number_uuid = UNSET
        else:
            phone_number_uuid = UUID(_phone_number_uuid)

        number = d.pop("number", UNSET)

        country_code = d.pop("country_code", UNSET)

        def _parse_location(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: PhoneNumberType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PhoneNumberType(_type_)

        is_external = d.pop("is_external", UNSET)

        source = d.pop("source", UNSET)

        status = d.pop("status", UNSET)

        _compliance = d.pop("compliance", UNSET)
        compliance: PhoneNumberCompliance | Unset
        if isinstance(_compliance, Unset):
            compliance = UNSET
        else:
            compliance = PhoneNumberCompliance.from_dict(_compliance)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: PhoneNumberCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = PhoneNumberCapabilities.from_dict(_capabilities)

        _channel_settings = d.pop("channel_settings", UNSET)
        channel_settings: PhoneNumberChannelSettings | Unset
        if isinstance(_channel_settings, Unset):
            channel_settings = UNSET
        else:
            channel_settings = PhoneNumberChannelSettings.from_dict(_channel_settings)

        _billing = d.pop("billing", UNSET)
        billing: PhoneNumberBilling | Unset
        if isinstance(_billing, Unset):
            billing = UNSET
        else:
            billing = PhoneNumberBilling.from_dict(_billing)

        _bindings = d.pop("bindings", UNSET)
        bindings: PhoneNumberBindings | Unset
        if isinstance(_bindings, Unset):
            bindings = UNSET
        else:
            bindings = PhoneNumberBindings.from_dict(_bindings)

        def _parse_purchased_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchased_at_type_0 = datetime.datetime.fromisoformat(data)

                return purchased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purchased_at = _parse_purchased_at(d.pop("purchased_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        phone_number = cls(
            phone_number_uuid=phone_number_uuid,
            number=number,
            country_code=country_code,
            location=location,
            type_=type_,
            is_external=is_external,
            source=source,
            status=status,
            compliance=compliance,
            capabilities=capabilities,
            channel_settings=channel_settings,
            billing=billing,
            bindings=bindings,
            purchased_at=purchased_at,
            updated_at=updated_at,
        )

        phone_number.additional_properties = d
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
