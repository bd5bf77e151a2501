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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        status = self.status

        blacklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blacklist, Unset):
            blacklist = self.blacklist.to_dict() if hasattr(self.blacklist, "to_dict") else self.blacklist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status is not UNSET:
            field_dict["status"] = status
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "ContactBlacklistResult.uuid")
        elif uuid is None:
            uuid = unexpected_null("ContactBlacklistResult.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "ContactBlacklistResult.uuid")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("ContactBlacklistResult.status")

        blacklist = d.get("blacklist", UNSET)
        if blacklist.__class__ is dict:
            blacklist = _from_dict_ContactBlacklistEntry(blacklist)
        elif blacklist is None:
            blacklist = unexpected_null("ContactBlacklistResult.blacklist")
        elif blacklist is not UNSET and blacklist is not None:
            blacklist = mismatch(blacklist, "ContactBlacklistResult.blacklist")

        contact_blacklist_result = new_instance(cls)
        contact_blacklist_result.uuid = uuid
        contact_blacklist_result.status = status
        contact_blacklist_result.blacklist = blacklist
        contact_blacklist_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactBlacklistResult")
        )
        return contact_blacklist_result

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
        "uuid",
        "status",
        "blacklist",
    )
)

from ..models.contact_blacklist_entry import ContactBlacklistEntry

_from_dict_ContactBlacklistEntry = ContactBlacklistEntry.from_dict
