from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
            pool_uuid = str(self.pool_uuid) if isinstance(self.pool_uuid, UUID) else self.pool_uuid

        contacts_added = self.contacts_added

        contacts_skipped = self.contacts_skipped

        contact_uuids_not_found: list[str] | Unset = UNSET
        if not isinstance(self.contact_uuids_not_found, Unset):
            contact_uuids_not_found = []
            for contact_uuids_not_found_item_data in self.contact_uuids_not_found:
                contact_uuids_not_found_item = (
                    str(contact_uuids_not_found_item_data)
                    if isinstance(contact_uuids_not_found_item_data, UUID)
                    else contact_uuids_not_found_item_data
                )
                contact_uuids_not_found.append(contact_uuids_not_found_item)

        tasks_created = self.tasks_created

        running_campaign_uuids: list[str] | Unset = UNSET
        if not isinstance(self.running_campaign_uuids, Unset):
            running_campaign_uuids = []
            for running_campaign_uuids_item_data in self.running_campaign_uuids:
                running_campaign_uuids_item = (
                    str(running_campaign_uuids_item_data)
                    if isinstance(running_campaign_uuids_item_data, UUID)
                    else running_campaign_uuids_item_data
                )
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        pool_uuid = d.get("pool_uuid", UNSET)
        if pool_uuid.__class__ is str:
            pool_uuid = parse_uuid(pool_uuid, "PoolContactsAddResult.pool_uuid")
        elif pool_uuid is None:
            pool_uuid = unexpected_null("PoolContactsAddResult.pool_uuid")
        elif pool_uuid is not UNSET and pool_uuid is not None:
            pool_uuid = mismatch(pool_uuid, "PoolContactsAddResult.pool_uuid")

        contacts_added = d.get("contacts_added", UNSET)
        if contacts_added is None:
            contacts_added = unexpected_null("PoolContactsAddResult.contacts_added")

        contacts_skipped = d.get("contacts_skipped", UNSET)
        if contacts_skipped is None:
            contacts_skipped = unexpected_null("PoolContactsAddResult.contacts_skipped")

        contact_uuids_not_found = d.get("contact_uuids_not_found", UNSET)
        if contact_uuids_not_found.__class__ is list:
            contact_uuids_not_found = [
                parse_uuid(_i0, "PoolContactsAddResult.contact_uuids_not_found")
                if _i0.__class__ is str
                else odd_item(_i0, "PoolContactsAddResult.contact_uuids_not_found", False)
                for _i0 in contact_uuids_not_found
            ]
        elif contact_uuids_not_found is None:
            contact_uuids_not_found = unexpected_null("PoolContactsAddResult.contact_uuids_not_found")
        elif contact_uuids_not_found is not UNSET and contact_uuids_not_found is not None:
            contact_uuids_not_found = mismatch(contact_uuids_not_found, "PoolContactsAddResult.contact_uuids_not_found")

        tasks_created = d.get("tasks_created", UNSET)
        if tasks_created is None:
            tasks_created = unexpected_null("PoolContactsAddResult.tasks_created")

        running_campaign_uuids = d.get("running_campaign_uuids", UNSET)
        if running_campaign_uuids.__class__ is list:
            running_campaign_uuids = [
                parse_uuid(_i0, "PoolContactsAddResult.running_campaign_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "PoolContactsAddResult.running_campaign_uuids", False)
                for _i0 in running_campaign_uuids
            ]
        elif running_campaign_uuids is None:
            running_campaign_uuids = unexpected_null("PoolContactsAddResult.running_campaign_uuids")
        elif running_campaign_uuids is not UNSET and running_campaign_uuids is not None:
            running_campaign_uuids = mismatch(running_campaign_uuids, "PoolContactsAddResult.running_campaign_uuids")

        pool_contacts_add_result = new_instance(cls)
        pool_contacts_add_result.pool_uuid = pool_uuid
        pool_contacts_add_result.contacts_added = contacts_added
        pool_contacts_add_result.contacts_skipped = contacts_skipped
        pool_contacts_add_result.contact_uuids_not_found = contact_uuids_not_found
        pool_contacts_add_result.tasks_created = tasks_created
        pool_contacts_add_result.running_campaign_uuids = running_campaign_uuids
        pool_contacts_add_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolContactsAddResult")
        )
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


_FIELD_NAMES = frozenset(
    (
        "pool_uuid",
        "contacts_added",
        "contacts_skipped",
        "contact_uuids_not_found",
        "tasks_created",
        "running_campaign_uuids",
    )
)
