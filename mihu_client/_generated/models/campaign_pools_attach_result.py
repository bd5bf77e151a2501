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
)

T = TypeVar("T", bound="CampaignPoolsAttachResult")


@_attrs_define
class CampaignPoolsAttachResult:
    """Attach summary. Only pool_uuids_not_found is documented; other counters may be present."""

    pool_uuids_not_found: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_uuids_not_found: list[str] | Unset = UNSET
        if not isinstance(self.pool_uuids_not_found, Unset):
            pool_uuids_not_found = []
            for pool_uuids_not_found_item_data in self.pool_uuids_not_found:
                pool_uuids_not_found_item = (
                    str(pool_uuids_not_found_item_data)
                    if isinstance(pool_uuids_not_found_item_data, UUID)
                    else pool_uuids_not_found_item_data
                )
                pool_uuids_not_found.append(pool_uuids_not_found_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pool_uuids_not_found is not UNSET:
            field_dict["pool_uuids_not_found"] = pool_uuids_not_found

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        pool_uuids_not_found = d.get("pool_uuids_not_found", UNSET)
        if pool_uuids_not_found.__class__ is list:
            pool_uuids_not_found = [
                parse_uuid(_i0, "CampaignPoolsAttachResult.pool_uuids_not_found")
                if _i0.__class__ is str
                else odd_item(_i0, "CampaignPoolsAttachResult.pool_uuids_not_found", False)
                for _i0 in pool_uuids_not_found
            ]
        elif pool_uuids_not_found is None:
            pool_uuids_not_found = unexpected_null("CampaignPoolsAttachResult.pool_uuids_not_found")
        elif pool_uuids_not_found is not UNSET and pool_uuids_not_found is not None:
            pool_uuids_not_found = mismatch(pool_uuids_not_found, "CampaignPoolsAttachResult.pool_uuids_not_found")

        campaign_pools_attach_result = new_instance(cls)
        campaign_pools_attach_result.pool_uuids_not_found = pool_uuids_not_found
        campaign_pools_attach_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return campaign_pools_attach_result

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


_FIELD_NAMES = frozenset(("pool_uuids_not_found",))
