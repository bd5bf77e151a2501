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
        v_reason = self.reason

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_is_permanent = self.is_permanent

        v_expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            v_expires_at = UNSET
        elif isinstance(self.expires_at, datetime.date):
            v_expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.date) else self.expires_at
            )
        else:
            v_expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_reason, Unset):
            field_dict["reason"] = v_reason
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_is_permanent is not UNSET:
            field_dict["is_permanent"] = v_is_permanent
        if v_expires_at is not UNSET:
            field_dict["expires_at"] = v_expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_reason = d.get("reason", UNSET)
        if v_reason is UNSET:
            v_reason = missing("ContactBlacklistRequest.reason")
        if v_reason is None:
            v_reason = unexpected_null("ContactBlacklistRequest.reason")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_ContactBlacklistRequestType.get(v_type_) or enum_value(
                ContactBlacklistRequestType, v_type_, "ContactBlacklistRequest.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("ContactBlacklistRequest.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "ContactBlacklistRequest.type")

        v_is_permanent = d.get("is_permanent", UNSET)
        if v_is_permanent is None:
            v_is_permanent = unexpected_null("ContactBlacklistRequest.is_permanent")

        v_expires_at = d.get("expires_at", UNSET)
        if v_expires_at.__class__ is str:
            v_expires_at = parse_date(v_expires_at, "ContactBlacklistRequest.expires_at")
        elif v_expires_at is not UNSET and v_expires_at is not None:
            v_expires_at = mismatch(v_expires_at, "ContactBlacklistRequest.expires_at")

        _instance = new_instance(cls)
        _instance.reason = v_reason
        _instance.type_ = v_type_
        _instance.is_permanent = v_is_permanent
        _instance.expires_at = v_expires_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistRequest")
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


_values_ContactBlacklistRequestType = ContactBlacklistRequestType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "reason",
        "type",
        "is_permanent",
        "expires_at",
    )
)
