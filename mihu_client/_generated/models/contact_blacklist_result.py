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
    from ..models.contact_blacklist_entry import ContactBlacklistEntry


T = TypeVar("T", bound="ContactBlacklistResult")


@_attrs_define
class ContactBlacklistResult:
    uuid: UUID | Unset = UNSET
    status: str | Unset = UNSET
    blacklist: ContactBlacklistEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_status = self.status

        v_blacklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blacklist, Unset):
            v_blacklist = (
                self.blacklist.to_dict() if isinstance(self.blacklist, ContactBlacklistEntry) else self.blacklist
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_blacklist is not UNSET:
            field_dict["blacklist"] = v_blacklist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "ContactBlacklistResult.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("ContactBlacklistResult.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "ContactBlacklistResult.uuid")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("ContactBlacklistResult.status")

        v_blacklist = d.get("blacklist", UNSET)
        if v_blacklist.__class__ is dict:
            v_blacklist = _from_dict_ContactBlacklistEntry(v_blacklist)
        elif v_blacklist is None:
            v_blacklist = unexpected_null("ContactBlacklistResult.blacklist")
        elif v_blacklist is not UNSET and v_blacklist is not None:
            v_blacklist = mismatch(v_blacklist, "ContactBlacklistResult.blacklist")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.status = v_status
        _instance.blacklist = v_blacklist
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistResult")
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
        "uuid",
        "status",
        "blacklist",
    )
)

from ..models.contact_blacklist_entry import ContactBlacklistEntry

_from_dict_ContactBlacklistEntry = ContactBlacklistEntry.from_dict
