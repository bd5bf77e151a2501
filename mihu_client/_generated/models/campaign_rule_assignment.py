from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.campaign_rule_snapshot import CampaignRuleSnapshot


T = TypeVar("T", bound="CampaignRuleAssignment")


@_attrs_define
class CampaignRuleAssignment:
    campaign_uuid: UUID | Unset = UNSET
    rule: CampaignRuleSnapshot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_uuid: str | Unset = UNSET
        if not isinstance(self.campaign_uuid, Unset):
            campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid

        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.to_dict() if hasattr(self.rule, "to_dict") else self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = campaign_uuid
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        campaign_uuid = d.get("campaign_uuid", UNSET)
        if campaign_uuid.__class__ is str:
            campaign_uuid = parse_uuid(campaign_uuid, "CampaignRuleAssignment.campaign_uuid")
        elif campaign_uuid is None:
            campaign_uuid = unexpected_null("CampaignRuleAssignment.campaign_uuid")
        elif campaign_uuid is not UNSET and campaign_uuid is not None:
            campaign_uuid = mismatch(campaign_uuid, "CampaignRuleAssignment.campaign_uuid")

        rule = d.get("rule", UNSET)
        if rule.__class__ is dict:
            rule = _from_dict_CampaignRuleSnapshot(rule)
        elif rule is None:
            rule = unexpected_null("CampaignRuleAssignment.rule")
        elif rule is not UNSET and rule is not None:
            rule = mismatch(rule, "CampaignRuleAssignment.rule")

        campaign_rule_assignment = new_instance(cls)
        campaign_rule_assignment.campaign_uuid = campaign_uuid
        campaign_rule_assignment.rule = rule
        campaign_rule_assignment.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignRuleAssignment")
        )
        return campaign_rule_assignment

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
        "campaign_uuid",
        "rule",
    )
)

from ..models.campaign_rule_snapshot import CampaignRuleSnapshot

_from_dict_CampaignRuleSnapshot = CampaignRuleSnapshot.from_dict
