from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolContactsAddResult")


@_attrs_define
class PoolContactsAddResult:
    pool_uuid: UUID | Unset = UNSET
    contacts_added: int | Unset = UNSET
    contacts_skipped: int | Unset = UNSET
    contact_uuids_not_found: list[UUID] | Unset = UNSET
    tasks_created: int | Unset = UNSET
    running_campaign_uuids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_uuid: str | Unset = UNSET
        if not isinstance(self.pool_uuid, Unset):
            pool_uuid = str(self.pool_uuid)

        contacts_added = self.contacts_added

        contacts_skipped = self.contacts_skipped

        contact_uuids_not_found: list[str] | Unset = UNSET
        if not isinstance(self.contact_uuids_not_found, Unset):
            contact_uuids_not_found = []
            for contact_uuids_not_found_item_data in self.contact_uuids_not_found:
                contact_uuids_not_found_item = str(contact_uuids_not_found_item_data)
                contact_uuids_not_found.append(contact_uuids_not_found_item)

        tasks_created = self.tasks_created

        running_campaign_uuids: list[str] | Unset = UNSET
        if not isinstance(self.running_campaign_uuids, Unset):
            running_campaign_uuids = []
            for running_campaign_uuids_item_data in self.running_campaign_uuids:
                running_campaign_uuids_item = str(running_campaign_uuids_item_data)
                running_campaign_uuids.append(running_campaign_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pool_uuid is not UNSET:
            field_dict["pool_uuid"] = pool_uuid
        if contacts_added is not UNSET:
            field_dict["contacts_added"] = contacts_added
        if contacts_skipped is not UNSET:
            field_dict["contacts_skipped"] = contacts_skipped
        if contact_uuids_not_found is not UNSET:
            field_dict["contact_uuids_not_found"] = contact_uuids_not_found
        if tasks_created is not UNSET:
            field_dict["tasks_created"] = tasks_created
        if running_campaign_uuids is not UNSET:
            field_dict["running_campaign_uuids"] = running_campaign_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pool_uuid = d.pop("pool_uuid", UNSET)
        pool_uuid: UUID | Unset
        if isinstance(_pool_uuid, Unset):
            pool_uuid = UNSET
        else:
            pool_uuid = UUID(_pool_uuid)

        contacts_added = d.pop("contacts_added", UNSET)

        contacts_skipped = d.pop("contacts_skipped", UNSET)

        _contact_uuids_not_found = d.pop("contact_uuids_not_found", UNSET)
        contact_uuids_not_found: list[UUID] | Unset = UNSET
        if _contact_uuids_not_found is not UNSET:
            contact_uuids_not_found = []
            for contact_uuids_not_found_item_data in _contact_uuids_not_found:
                contact_uuids_not_found_item = UUID(contact_uuids_not_found_item_data)

                contact_uuids_not_found.append(contact_uuids_not_found_item)

        tasks_created = d.pop("tasks_created", UNSET)

        _running_campaign_uuids = d.pop("running_campaign_uuids", UNSET)
        running_campaign_uuids: list[UUID] | Unset = UNSET
        if _running_campaign_uuids is not UNSET:
            running_campaign_uuids = []
            for running_campaign_uuids_item_data in _running_campaign_uuids:
                running_campaign_uuids_item = UUID(running_campaign_uuids_item_data)

                running_campaign_uuids.append(running_campaign_uuids_item)

        pool_contacts_add_result = cls(
            pool_uuid=pool_uuid,
            contacts_added=contacts_added,
            contacts_skipped=contacts_skipped,
            contact_uuids_not_found=contact_uuids_not_found,
            tasks_created=tasks_created,
            running_campaign_uuids=running_campaign_uuids,
        )

        pool_contacts_add_result.additional_properties = d
        return pool_contacts_add_result

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
