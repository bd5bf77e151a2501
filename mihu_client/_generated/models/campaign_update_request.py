from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_update_request_status import CampaignUpdateRequestStatus
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.campaign_update_request_rules_type_0 import CampaignUpdateRequestRulesType0


T = TypeVar("T", bound="CampaignUpdateRequest")


@_attrs_define
class CampaignUpdateRequest:
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    status: CampaignUpdateRequestStatus | Unset = UNSET
    campaign_type: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    rules: CampaignUpdateRequestRulesType0 | Unset | None = UNSET
    """ Free-form rule settings object. """
    agent_uuid: UUID | Unset = UNSET
    """ Agent to run the campaign; its channel binding is derived from the agent's first configured channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            v_status = getattr(self.status, "value", self.status)

        v_campaign_type: str | Unset | None
        if isinstance(self.campaign_type, Unset):
            v_campaign_type = UNSET
        else:
            v_campaign_type = self.campaign_type

        v_start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            v_start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            v_start_date = (
                self.start_date.isoformat() if isinstance(self.start_date, datetime.datetime) else self.start_date
            )
        else:
            v_start_date = self.start_date

        v_end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            v_end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            v_end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.datetime) else self.end_date
        else:
            v_end_date = self.end_date

        v_rules: dict[str, Any] | Unset | None
        if isinstance(self.rules, Unset):
            v_rules = UNSET
        elif isinstance(self.rules, CampaignUpdateRequestRulesType0):
            v_rules = self.rules.to_dict() if isinstance(self.rules, CampaignUpdateRequestRulesType0) else self.rules
        else:
            v_rules = self.rules

        v_agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_campaign_type is not UNSET:
            field_dict["campaign_type"] = v_campaign_type
        if v_start_date is not UNSET:
            field_dict["start_date"] = v_start_date
        if v_end_date is not UNSET:
            field_dict["end_date"] = v_end_date
        if v_rules is not UNSET:
            field_dict["rules"] = v_rules
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("CampaignUpdateRequest.name")

        v_description = d.get("description", UNSET)

        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_CampaignUpdateRequestStatus.get(v_status) or enum_value(
                CampaignUpdateRequestStatus, v_status, "CampaignUpdateRequest.status"
            )
        elif v_status is None:
            v_status = unexpected_null("CampaignUpdateRequest.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "CampaignUpdateRequest.status")

        v_campaign_type = d.get("campaign_type", UNSET)

        v_start_date = d.get("start_date", UNSET)
        if v_start_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_date = fromisoformat(v_start_date)
            except ValueError:
                v_start_date = parse_datetime(v_start_date, "CampaignUpdateRequest.start_date")
        elif v_start_date is not UNSET and v_start_date is not None:
            v_start_date = mismatch(v_start_date, "CampaignUpdateRequest.start_date")

        v_end_date = d.get("end_date", UNSET)
        if v_end_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_date = fromisoformat(v_end_date)
            except ValueError:
                v_end_date = parse_datetime(v_end_date, "CampaignUpdateRequest.end_date")
        elif v_end_date is not UNSET and v_end_date is not None:
            v_end_date = mismatch(v_end_date, "CampaignUpdateRequest.end_date")

        v_rules = d.get("rules", UNSET)
        if v_rules.__class__ is dict:
            v_rules = _from_dict_CampaignUpdateRequestRulesType0(v_rules)
        elif v_rules is not UNSET and v_rules is not None:
            v_rules = mismatch(v_rules, "CampaignUpdateRequest.rules")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "CampaignUpdateRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("CampaignUpdateRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "CampaignUpdateRequest.agent_uuid")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.description = v_description
        _instance.status = v_status
        _instance.campaign_type = v_campaign_type
        _instance.start_date = v_start_date
        _instance.end_date = v_end_date
        _instance.rules = v_rules
        _instance.agent_uuid = v_agent_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignUpdateRequest")
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


_values_CampaignUpdateRequestStatus = CampaignUpdateRequestStatus._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "status",
        "campaign_type",
        "start_date",
        "end_date",
        "rules",
        "agent_uuid",
    )
)

from ..models.campaign_update_request_rules_type_0 import CampaignUpdateRequestRulesType0

_from_dict_CampaignUpdateRequestRulesType0 = CampaignUpdateRequestRulesType0.from_dict
