from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unexpected_null,
    unknown_fields,
)

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
            expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )
        else:
            expires_at = self.expires_at

        blacklisted_at: str | Unset = UNSET
        if not isinstance(self.blacklisted_at, Unset):
            blacklisted_at = (
                self.blacklisted_at.isoformat()
                if isinstance(self.blacklisted_at, datetime.datetime)
                else self.blacklisted_at
            )

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("ContactBlacklistEntry.type")

        reason = d.get("reason", UNSET)
        if reason is None:
            reason = unexpected_null("ContactBlacklistEntry.reason")

        is_permanent = d.get("is_permanent", UNSET)
        if is_permanent is None:
            is_permanent = unexpected_null("ContactBlacklistEntry.is_permanent")

        expires_at = d.get("expires_at", UNSET)
        if expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                expires_at = fromisoformat(expires_at)
            except ValueError:
                expires_at = parse_datetime(expires_at, "ContactBlacklistEntry.expires_at")
        elif expires_at is not UNSET and expires_at is not None:
            expires_at = mismatch(expires_at, "ContactBlacklistEntry.expires_at")

        blacklisted_at = d.get("blacklisted_at", UNSET)
        if blacklisted_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                blacklisted_at = fromisoformat(blacklisted_at)
            except ValueError:
                blacklisted_at = parse_datetime(blacklisted_at, "ContactBlacklistEntry.blacklisted_at")
        elif blacklisted_at is None:
            blacklisted_at = unexpected_null("ContactBlacklistEntry.blacklisted_at")
        elif blacklisted_at is not UNSET and blacklisted_at is not None:
            blacklisted_at = mismatch(blacklisted_at, "ContactBlacklistEntry.blacklisted_at")

        contact_blacklist_entry = new_instance(cls)
        contact_blacklist_entry.type_ = type_
        contact_blacklist_entry.reason = reason
        contact_blacklist_entry.is_permanent = is_permanent
        contact_blacklist_entry.expires_at = expires_at
        contact_blacklist_entry.blacklisted_at = blacklisted_at
        contact_blacklist_entry.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistEntry")
        )
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


_FIELD_NAMES = frozenset(
    (
        "type",
        "reason",
        "is_permanent",
        "expires_at",
        "blacklisted_at",
    )
)
