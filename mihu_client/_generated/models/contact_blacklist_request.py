from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_blacklist_request_type import ContactBlacklistRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBlacklistRequest")


@_attrs_define
class ContactBlacklistRequest:
    reason: str
    """ Why the contact is blacklisted (at least 3 characters). """
    type_: ContactBlacklistRequestType | Unset = UNSET
    is_permanent: bool | Unset = UNSET
    expires_at: datetime.date | Unset | None = UNSET
    """ Needed when is_permanent is false; must be a future date. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_permanent = self.is_permanent

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.date):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_permanent is not UNSET:
            field_dict["is_permanent"] = is_permanent
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        _type_ = d.pop("type", UNSET)
        type_: ContactBlacklistRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactBlacklistRequestType(_type_)

        is_permanent = d.pop("is_permanent", UNSET)

        def _parse_expires_at(data: object) -> datetime.date | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.date.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        contact_blacklist_request = cls(
            reason=reason,
            type_=type_,
            is_permanent=is_permanent,
            expires_at=expires_at,
        )

        contact_blacklist_request.additional_properties = d
        return contact_blacklist_request

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
