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
        v_type_ = self.type_

        v_reason = self.reason

        v_is_permanent = self.is_permanent

        v_expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            v_expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            v_expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )
        else:
            v_expires_at = self.expires_at

        v_blacklisted_at: str | Unset = UNSET
        if not isinstance(self.blacklisted_at, Unset):
            v_blacklisted_at = (
                self.blacklisted_at.isoformat()
                if isinstance(self.blacklisted_at, datetime.datetime)
                else self.blacklisted_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_reason is not UNSET:
            field_dict["reason"] = v_reason
        if v_is_permanent is not UNSET:
            field_dict["is_permanent"] = v_is_permanent
        if v_expires_at is not UNSET:
            field_dict["expires_at"] = v_expires_at
        if v_blacklisted_at is not UNSET:
            field_dict["blacklisted_at"] = v_blacklisted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("ContactBlacklistEntry.type")

        v_reason = d.get("reason", UNSET)
        if v_reason is None:
            v_reason = unexpected_null("ContactBlacklistEntry.reason")

        v_is_permanent = d.get("is_permanent", UNSET)
        if v_is_permanent is None:
            v_is_permanent = unexpected_null("ContactBlacklistEntry.is_permanent")

        v_expires_at = d.get("expires_at", UNSET)
        if v_expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_expires_at = fromisoformat(v_expires_at)
            except ValueError:
                v_expires_at = parse_datetime(v_expires_at, "ContactBlacklistEntry.expires_at")
        elif v_expires_at is not UNSET and v_expires_at is not None:
            v_expires_at = mismatch(v_expires_at, "ContactBlacklistEntry.expires_at")

        v_blacklisted_at = d.get("blacklisted_at", UNSET)
        if v_blacklisted_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_blacklisted_at = fromisoformat(v_blacklisted_at)
            except ValueError:
                v_blacklisted_at = parse_datetime(v_blacklisted_at, "ContactBlacklistEntry.blacklisted_at")
        elif v_blacklisted_at is None:
            v_blacklisted_at = unexpected_null("ContactBlacklistEntry.blacklisted_at")
        elif v_blacklisted_at is not UNSET and v_blacklisted_at is not None:
            v_blacklisted_at = mismatch(v_blacklisted_at, "ContactBlacklistEntry.blacklisted_at")

        _instance = new_instance(cls)
        _instance.type_ = v_type_
        _instance.reason = v_reason
        _instance.is_permanent = v_is_permanent
        _instance.expires_at = v_expires_at
        _instance.blacklisted_at = v_blacklisted_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistEntry")
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
        "type",
        "reason",
        "is_permanent",
        "expires_at",
        "blacklisted_at",
    )
)
