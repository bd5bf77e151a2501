from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_blacklist_request_type import ContactBlacklistRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    parse_date,
    unexpected_null,
    unknown_fields,
)

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
            type_ = getattr(self.type_, "value", self.type_)

        is_permanent = self.is_permanent

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.date):
            expires_at = self.expires_at.isoformat() if isinstance(self.expires_at, datetime.date) else self.expires_at
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        reason = d.get("reason", UNSET)
        if reason is UNSET:
            reason = missing("ContactBlacklistRequest.reason")
        if reason is None:
            reason = unexpected_null("ContactBlacklistRequest.reason")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_ContactBlacklistRequestType.get(type_) or enum_value(
                ContactBlacklistRequestType, type_, "ContactBlacklistRequest.type"
            )
        elif type_ is None:
            type_ = unexpected_null("ContactBlacklistRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "ContactBlacklistRequest.type")

        is_permanent = d.get("is_permanent", UNSET)
        if is_permanent is None:
            is_permanent = unexpected_null("ContactBlacklistRequest.is_permanent")

        expires_at = d.get("expires_at", UNSET)
        if expires_at.__class__ is str:
            expires_at = parse_date(expires_at, "ContactBlacklistRequest.expires_at")
        elif expires_at is not UNSET and expires_at is not None:
            expires_at = mismatch(expires_at, "ContactBlacklistRequest.expires_at")

        contact_blacklist_request = new_instance(cls)
        contact_blacklist_request.reason = reason
        contact_blacklist_request.type_ = type_
        contact_blacklist_request.is_permanent = is_permanent
        contact_blacklist_request.expires_at = expires_at
        contact_blacklist_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistRequest")
        )
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


_values_ContactBlacklistRequestType = ContactBlacklistRequestType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "reason",
        "type",
        "is_permanent",
        "expires_at",
    )
)
