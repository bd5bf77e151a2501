from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBlacklistEntry")


@_attrs_define
class ContactBlacklistEntry:
    type_: str | Unset = UNSET
    reason: str | Unset = UNSET
    is_permanent: bool | Unset = UNSET
    expires_at: datetime.datetime | Unset | None = UNSET
    blacklisted_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reason = self.reason

        is_permanent = self.is_permanent

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        blacklisted_at: str | Unset = UNSET
        if not isinstance(self.blacklisted_at, Unset):
            blacklisted_at = self.blacklisted_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if is_permanent is not UNSET:
            field_dict["is_permanent"] = is_permanent
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if blacklisted_at is not UNSET:
            field_dict["blacklisted_at"] = blacklisted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        reason = d.pop("reason", UNSET)

        is_permanent = d.pop("is_permanent", UNSET)

        def _parse_expires_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _blacklisted_at = d.pop("blacklisted_at", UNSET)
        blacklisted_at: datetime.datetime | Unset
        if isinstance(_blacklisted_at, Unset):
            blacklisted_at = UNSET
        else:
            blacklisted_at = datetime.datetime.fromisoformat(_blacklisted_at)

        contact_blacklist_entry = cls(
            type_=type_,
            reason=reason,
            is_permanent=is_permanent,
            expires_at=expires_at,
            blacklisted_at=blacklisted_at,
        )

        contact_blacklist_entry.additional_properties = d
        return contact_blacklist_entry

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
