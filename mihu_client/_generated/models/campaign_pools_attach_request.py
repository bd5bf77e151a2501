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
        if isinstance(self.pool_uuids, list):
            v_pool_uuids = []
            for v_pool_uuids_item_data in self.pool_uuids:
                v_pool_uuids_item = (
                    str(v_pool_uuids_item_data) if isinstance(v_pool_uuids_item_data, UUID) else v_pool_uuids_item_data
                )
                v_pool_uuids.append(v_pool_uuids_item)
        else:
            v_pool_uuids = self.pool_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_pool_uuids, Unset):
            field_dict["pool_uuids"] = v_pool_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_pool_uuids = d.get("pool_uuids", UNSET)
        if v_pool_uuids.__class__ is list:
            v_pool_uuids = [
                parse_uuid(_i0, "CampaignPoolsAttachRequest.pool_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "CampaignPoolsAttachRequest.pool_uuids", False)
                for _i0 in v_pool_uuids
            ]
        elif v_pool_uuids is UNSET:
            v_pool_uuids = missing("CampaignPoolsAttachRequest.pool_uuids")
        elif v_pool_uuids is None:
            v_pool_uuids = unexpected_null("CampaignPoolsAttachRequest.pool_uuids")
        elif v_pool_uuids is not UNSET and v_pool_uuids is not None:
            v_pool_uuids = mismatch(v_pool_uuids, "CampaignPoolsAttachRequest.pool_uuids")

        _instance = new_instance(cls)
        _instance.pool_uuids = v_pool_uuids
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignPoolsAttachRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(("pool_uuids",))
