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
        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        campaign_type: str | Unset | None
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = self.campaign_type

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = (
                self.start_date.isoformat() if isinstance(self.start_date, datetime.datetime) else self.start_date
            )
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.datetime) else self.end_date
        else:
            end_date = self.end_date

        rules: dict[str, Any] | Unset | None
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, CampaignUpdateRequestRulesType0):
            rules = self.rules.to_dict() if hasattr(self.rules, "to_dict") else self.rules
        else:
            rules = self.rules

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if rules is not UNSET:
            field_dict["rules"] = rules
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("CampaignUpdateRequest.name")

        description = d.get("description", UNSET)

        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_CampaignUpdateRequestStatus.get(status) or enum_value(
                CampaignUpdateRequestStatus, status, "CampaignUpdateRequest.status"
            )
        elif status is None:
            status = unexpected_null("CampaignUpdateRequest.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "CampaignUpdateRequest.status")

        campaign_type = d.get("campaign_type", UNSET)

        start_date = d.get("start_date", UNSET)
        if start_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(start_date, "CampaignUpdateRequest.start_date")
        elif start_date is not UNSET and start_date is not None:
            start_date = mismatch(start_date, "CampaignUpdateRequest.start_date")

        end_date = d.get("end_date", UNSET)
        if end_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(end_date, "CampaignUpdateRequest.end_date")
        elif end_date is not UNSET and end_date is not None:
            end_date = mismatch(end_date, "CampaignUpdateRequest.end_date")

        rules = d.get("rules", UNSET)
        if rules.__class__ is dict:
            rules = _from_dict_CampaignUpdateRequestRulesType0(rules)
        elif rules is not UNSET and rules is not None:
            rules = mismatch(rules, "CampaignUpdateRequest.rules")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "CampaignUpdateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("CampaignUpdateRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "CampaignUpdateRequest.agent_uuid")

        campaign_update_request = new_instance(cls)
        campaign_update_request.name = name
        campaign_update_request.description = description
        campaign_update_request.status = status
        campaign_update_request.campaign_type = campaign_type
        campaign_update_request.start_date = start_date
        campaign_update_request.end_date = end_date
        campaign_update_request.rules = rules
        campaign_update_request.agent_uuid = agent_uuid
        campaign_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignUpdateRequest")
        )
        return campaign_update_request

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


_FIELD_NAMES = frozenset(
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
