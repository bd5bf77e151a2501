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
        v_pool_uuids_not_found: list[str] | Unset = UNSET
        if not isinstance(self.pool_uuids_not_found, Unset):
            if isinstance(self.pool_uuids_not_found, list):
                v_pool_uuids_not_found = []
                for v_pool_uuids_not_found_item_data in self.pool_uuids_not_found:
                    v_pool_uuids_not_found_item = (
                        str(v_pool_uuids_not_found_item_data)
                        if isinstance(v_pool_uuids_not_found_item_data, UUID)
                        else v_pool_uuids_not_found_item_data
                    )
                    v_pool_uuids_not_found.append(v_pool_uuids_not_found_item)
            else:
                v_pool_uuids_not_found = self.pool_uuids_not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_pool_uuids_not_found is not UNSET:
            field_dict["pool_uuids_not_found"] = v_pool_uuids_not_found

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_pool_uuids_not_found = d.get("pool_uuids_not_found", UNSET)
        if v_pool_uuids_not_found.__class__ is list:
            v_pool_uuids_not_found = [
                parse_uuid(_i0, "CampaignPoolsAttachResult.pool_uuids_not_found")
                if _i0.__class__ is str
                else odd_item(_i0, "CampaignPoolsAttachResult.pool_uuids_not_found", False)
                for _i0 in v_pool_uuids_not_found
            ]
        elif v_pool_uuids_not_found is None:
            v_pool_uuids_not_found = unexpected_null("CampaignPoolsAttachResult.pool_uuids_not_found")
        elif v_pool_uuids_not_found is not UNSET and v_pool_uuids_not_found is not None:
            v_pool_uuids_not_found = mismatch(v_pool_uuids_not_found, "CampaignPoolsAttachResult.pool_uuids_not_found")

        _instance = new_instance(cls)
        _instance.pool_uuids_not_found = v_pool_uuids_not_found
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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


_FIELD_NAMES: frozenset[str] = frozenset(("pool_uuids_not_found",))
