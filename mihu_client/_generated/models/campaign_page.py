from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignPage")


@_attrs_define
class CampaignPage:
    """Laravel paginator of campaigns: the source reads data.current_page and data.last_page; the other paginator keys are
    not listed.

    """

    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    data: list[Campaign] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_current_page = self.current_page

        v_last_page = self.last_page

        v_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            if isinstance(self.data, list):
                v_data = []
                for v_data_item_data in self.data:
                    v_data_item = (
                        v_data_item_data.to_dict() if isinstance(v_data_item_data, Campaign) else v_data_item_data
                    )
                    v_data.append(v_data_item)
            else:
                v_data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_current_page is not UNSET:
            field_dict["current_page"] = v_current_page
        if v_last_page is not UNSET:
            field_dict["last_page"] = v_last_page
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_current_page = d.get("current_page", UNSET)
        if v_current_page is None:
            v_current_page = unexpected_null("CampaignPage.current_page")

        v_last_page = d.get("last_page", UNSET)
        if v_last_page is None:
            v_last_page = unexpected_null("CampaignPage.last_page")

        v_data = d.get("data", UNSET)
        if v_data.__class__ is list:
            v_data = [
                _from_dict_Campaign(_i0) if _i0.__class__ is dict else odd_item(_i0, "CampaignPage.data", False)
                for _i0 in v_data
            ]
        elif v_data is None:
            v_data = unexpected_null("CampaignPage.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "CampaignPage.data")

        _instance = new_instance(cls)
        _instance.current_page = v_current_page
        _instance.last_page = v_last_page
        _instance.data = v_data
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "current_page",
        "last_page",
        "data",
    )
)

from ..models.campaign import Campaign

_from_dict_Campaign = Campaign.from_dict
