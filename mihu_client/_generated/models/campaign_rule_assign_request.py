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
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="CampaignRuleAssignRequest")


@_attrs_define
class CampaignRuleAssignRequest:
    rule_uuid: UUID
    """ Rule to attach; replaces any rule already on the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_rule_uuid = str(self.rule_uuid) if isinstance(self.rule_uuid, UUID) else self.rule_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_rule_uuid, Unset):
            field_dict["rule_uuid"] = v_rule_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_rule_uuid = d.get("rule_uuid", UNSET)
        if v_rule_uuid.__class__ is str:
            v_rule_uuid = parse_uuid(v_rule_uuid, "CampaignRuleAssignRequest.rule_uuid")
        elif v_rule_uuid is UNSET:
            v_rule_uuid = missing("CampaignRuleAssignRequest.rule_uuid")
        elif v_rule_uuid is None:
            v_rule_uuid = unexpected_null("CampaignRuleAssignRequest.rule_uuid")
        elif v_rule_uuid is not UNSET and v_rule_uuid is not None:
            v_rule_uuid = mismatch(v_rule_uuid, "CampaignRuleAssignRequest.rule_uuid")

        _instance = new_instance(cls)
        _instance.rule_uuid = v_rule_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignRuleAssignRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(("rule_uuid",))
