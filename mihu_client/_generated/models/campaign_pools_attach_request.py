from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    mismatch,
    missing,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="CampaignPoolsAttachRequest")


@_attrs_define
class CampaignPoolsAttachRequest:
    pool_uuids: list[UUID]
    """ Pools to attach (additive; duplicates removed server-side). Property name inferred, see evidence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_uuids = []
        for pool_uuids_item_data in self.pool_uuids:
            pool_uuids_item = (
                str(pool_uuids_item_data) if isinstance(pool_uuids_item_data, UUID) else pool_uuids_item_data
            )
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        pool_uuids = d.get("pool_uuids", UNSET)
        if pool_uuids.__class__ is list:
            pool_uuids = [
                parse_uuid(_i0, "CampaignPoolsAttachRequest.pool_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "CampaignPoolsAttachRequest.pool_uuids", False)
                for _i0 in pool_uuids
            ]
        elif pool_uuids is UNSET:
            pool_uuids = missing("CampaignPoolsAttachRequest.pool_uuids")
        elif pool_uuids is None:
            pool_uuids = unexpected_null("CampaignPoolsAttachRequest.pool_uuids")
        elif pool_uuids is not UNSET and pool_uuids is not None:
            pool_uuids = mismatch(pool_uuids, "CampaignPoolsAttachRequest.pool_uuids")

        campaign_pools_attach_request = new_instance(cls)
        campaign_pools_attach_request.pool_uuids = pool_uuids
        campaign_pools_attach_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignPoolsAttachRequest")
        )
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


_FIELD_NAMES = frozenset(("pool_uuids",))
