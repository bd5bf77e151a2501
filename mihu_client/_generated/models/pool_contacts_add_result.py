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
        v_pool_uuid: str | Unset = UNSET
        if not isinstance(self.pool_uuid, Unset):
            v_pool_uuid = str(self.pool_uuid) if isinstance(self.pool_uuid, UUID) else self.pool_uuid

        v_contacts_added = self.contacts_added

        v_contacts_skipped = self.contacts_skipped

        v_contact_uuids_not_found: list[str] | Unset = UNSET
        if not isinstance(self.contact_uuids_not_found, Unset):
            if isinstance(self.contact_uuids_not_found, list):
                v_contact_uuids_not_found = []
                for v_contact_uuids_not_found_item_data in self.contact_uuids_not_found:
                    v_contact_uuids_not_found_item = (
                        str(v_contact_uuids_not_found_item_data)
                        if isinstance(v_contact_uuids_not_found_item_data, UUID)
                        else v_contact_uuids_not_found_item_data
                    )
                    v_contact_uuids_not_found.append(v_contact_uuids_not_found_item)
            else:
                v_contact_uuids_not_found = self.contact_uuids_not_found

        v_tasks_created = self.tasks_created

        v_running_campaign_uuids: list[str] | Unset = UNSET
        if not isinstance(self.running_campaign_uuids, Unset):
            if isinstance(self.running_campaign_uuids, list):
                v_running_campaign_uuids = []
                for v_running_campaign_uuids_item_data in self.running_campaign_uuids:
                    v_running_campaign_uuids_item = (
                        str(v_running_campaign_uuids_item_data)
                        if isinstance(v_running_campaign_uuids_item_data, UUID)
                        else v_running_campaign_uuids_item_data
                    )
                    v_running_campaign_uuids.append(v_running_campaign_uuids_item)
            else:
                v_running_campaign_uuids = self.running_campaign_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_pool_uuid is not UNSET:
            field_dict["pool_uuid"] = v_pool_uuid
        if v_contacts_added is not UNSET:
            field_dict["contacts_added"] = v_contacts_added
        if v_contacts_skipped is not UNSET:
            field_dict["contacts_skipped"] = v_contacts_skipped
        if v_contact_uuids_not_found is not UNSET:
            field_dict["contact_uuids_not_found"] = v_contact_uuids_not_found
        if v_tasks_created is not UNSET:
            field_dict["tasks_created"] = v_tasks_created
        if v_running_campaign_uuids is not UNSET:
            field_dict["running_campaign_uuids"] = v_running_campaign_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_pool_uuid = d.get("pool_uuid", UNSET)
        if v_pool_uuid.__class__ is str:
            v_pool_uuid = parse_uuid(v_pool_uuid, "PoolContactsAddResult.pool_uuid")
        elif v_pool_uuid is None:
            v_pool_uuid = unexpected_null("PoolContactsAddResult.pool_uuid")
        elif v_pool_uuid is not UNSET and v_pool_uuid is not None:
            v_pool_uuid = mismatch(v_pool_uuid, "PoolContactsAddResult.pool_uuid")

        v_contacts_added = d.get("contacts_added", UNSET)
        if v_contacts_added is None:
            v_contacts_added = unexpected_null("PoolContactsAddResult.contacts_added")

        v_contacts_skipped = d.get("contacts_skipped", UNSET)
        if v_contacts_skipped is None:
            v_contacts_skipped = unexpected_null("PoolContactsAddResult.contacts_skipped")

        v_contact_uuids_not_found = d.get("contact_uuids_not_found", UNSET)
        if v_contact_uuids_not_found.__class__ is list:
            v_contact_uuids_not_found = [
                parse_uuid(_i0, "PoolContactsAddResult.contact_uuids_not_found")
                if _i0.__class__ is str
                else odd_item(_i0, "PoolContactsAddResult.contact_uuids_not_found", False)
                for _i0 in v_contact_uuids_not_found
            ]
        elif v_contact_uuids_not_found is None:
            v_contact_uuids_not_found = unexpected_null("PoolContactsAddResult.contact_uuids_not_found")
        elif v_contact_uuids_not_found is not UNSET and v_contact_uuids_not_found is not None:
            v_contact_uuids_not_found = mismatch(
                v_contact_uuids_not_found, "PoolContactsAddResult.contact_uuids_not_found"
            )

        v_tasks_created = d.get("tasks_created", UNSET)
        if v_tasks_created is None:
            v_tasks_created = unexpected_null("PoolContactsAddResult.tasks_created")

        v_running_campaign_uuids = d.get("running_campaign_uuids", UNSET)
        if v_running_campaign_uuids.__class__ is list:
            v_running_campaign_uuids = [
                parse_uuid(_i0, "PoolContactsAddResult.running_campaign_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "PoolContactsAddResult.running_campaign_uuids", False)
                for _i0 in v_running_campaign_uuids
            ]
        elif v_running_campaign_uuids is None:
            v_running_campaign_uuids = unexpected_null("PoolContactsAddResult.running_campaign_uuids")
        elif v_running_campaign_uuids is not UNSET and v_running_campaign_uuids is not None:
            v_running_campaign_uuids = mismatch(
                v_running_campaign_uuids, "PoolContactsAddResult.running_campaign_uuids"
            )

        _instance = new_instance(cls)
        _instance.pool_uuid = v_pool_uuid
        _instance.contacts_added = v_contacts_added
        _instance.contacts_skipped = v_contacts_skipped
        _instance.contact_uuids_not_found = v_contact_uuids_not_found
        _instance.tasks_created = v_tasks_created
        _instance.running_campaign_uuids = v_running_campaign_uuids
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolContactsAddResult")
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
        "pool_uuid",
        "contacts_added",
        "contacts_skipped",
        "contact_uuids_not_found",
        "tasks_created",
        "running_campaign_uuids",
    )
)
