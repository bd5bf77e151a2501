from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            uuid = str(self.uuid)

        status = self.status

        blacklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blacklist, Unset):
            blacklist = self.blacklist.to_dict()

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
        from ..models.contact_blacklist_entry import ContactBlacklistEntry

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        status = d.pop("status", UNSET)

        _blacklist = d.pop("blacklist", UNSET)
        blacklist: ContactBlacklistEntry | Unset
        if isinstance(_blacklist, Unset):
            blacklist = UNSET
        else:
            blacklist = ContactBlacklistEntry.from_dict(_blacklist)

        contact_blacklist_result = cls(
            uuid=uuid,
            status=status,
            blacklist=blacklist,
        )

        contact_blacklist_result.additional_properties = d
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
