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
        v_campaign_uuid: str | Unset = UNSET
        if not isinstance(self.campaign_uuid, Unset):
            v_campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid

        v_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            v_rule = self.rule.to_dict() if isinstance(self.rule, CampaignRuleSnapshot) else self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = v_campaign_uuid
        if v_rule is not UNSET:
            field_dict["rule"] = v_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_campaign_uuid = d.get("campaign_uuid", UNSET)
        if v_campaign_uuid.__class__ is str:
            v_campaign_uuid = parse_uuid(v_campaign_uuid, "CampaignRuleAssignment.campaign_uuid")
        elif v_campaign_uuid is None:
            v_campaign_uuid = unexpected_null("CampaignRuleAssignment.campaign_uuid")
        elif v_campaign_uuid is not UNSET and v_campaign_uuid is not None:
            v_campaign_uuid = mismatch(v_campaign_uuid, "CampaignRuleAssignment.campaign_uuid")

        v_rule = d.get("rule", UNSET)
        if v_rule.__class__ is dict:
            v_rule = _from_dict_CampaignRuleSnapshot(v_rule)
        elif v_rule is None:
            v_rule = unexpected_null("CampaignRuleAssignment.rule")
        elif v_rule is not UNSET and v_rule is not None:
            v_rule = mismatch(v_rule, "CampaignRuleAssignment.rule")

        _instance = new_instance(cls)
        _instance.campaign_uuid = v_campaign_uuid
        _instance.rule = v_rule
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignRuleAssignment")
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
        "campaign_uuid",
        "rule",
    )
)

from ..models.campaign_rule_snapshot import CampaignRuleSnapshot

_from_dict_CampaignRuleSnapshot = CampaignRuleSnapshot.from_dict
