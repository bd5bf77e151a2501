from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignPoolsAttachRequest")


@_attrs_define
class CampaignPoolsAttachRequest:
    pool_uuids: list[UUID]
    """ Pools to attach (additive; duplicates removed server-side). Property name inferred, see evidence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_uuids = []
        for pool_uuids_item_data in self.pool_uuids:
            pool_uuids_item = str(pool_uuids_item_data)
            pool_uuids.append(pool_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pool_uuids": pool_uuids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pool_uuids = []
        _pool_uuids = d.pop("pool_uuids")
        for pool_uuids_item_data in _pool_uuids:
            pool_uuids_item = UUID(pool_uuids_item_data)

            pool_uuids.append(pool_uuids_item)

        campaign_pools_attach_request = cls(
            pool_uuids=pool_uuids,
        )

        campaign_pools_attach_request.additional_properties = d
        return campaign_pools_attach_request

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
