from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_update_request_status import CampaignUpdateRequestStatus
from ..types import UNSET, Unset

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
        from ..models.campaign_update_request_rules_type_0 import CampaignUpdateRequestRulesType0

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        campaign_type: str | Unset | None
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = self.campaign_type

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        rules: dict[str, Any] | Unset | None
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, CampaignUpdateRequestRulesType0):
            rules = self.rules.to_dict()
        else:
            rules = self.rules

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid)

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
        from ..models.campaign_update_request_rules_type_0 import CampaignUpdateRequestRulesType0

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _status = d.pop("status", UNSET)
        status: CampaignUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CampaignUpdateRequestStatus(_status)

        def _parse_campaign_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_type = _parse_campaign_type(d.pop("campaign_type", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_rules(data: object) -> CampaignUpdateRequestRulesType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_type_0 = CampaignUpdateRequestRulesType0.from_dict(data)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignUpdateRequestRulesType0 | None | Unset, data)

        rules = _parse_rules(d.pop("rules", UNSET))

        _agent_uuid = d.pop("agent_uuid", UNSET)
        agent_uuid: UUID | Unset
        if isinstance(_agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = UUID(_agent_uuid)

        campaign_update_request = cls(
            name=name,
            description=description,
            status=status,
            campaign_type=campaign_type,
            start_date=start_date,
            end_date=end_date,
            rules=rules,
            agent_uuid=agent_uuid,
        )

        campaign_update_request.additional_properties = d
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
