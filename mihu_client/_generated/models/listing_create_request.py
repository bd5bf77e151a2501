from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_create_request_campaign_type import ListingCreateRequestCampaignType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_contact import ListingContact
    from ..models.listing_rule import ListingRule


T = TypeVar("T", bound="ListingCreateRequest")


@_attrs_define
class ListingCreateRequest:
    name: str
    contacts: list[ListingContact]
    description: str | Unset | None = UNSET
    campaign_type: ListingCreateRequestCampaignType | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    agent_uuid: UUID | Unset = UNSET
    contact_template_setting_id: int | Unset | None = UNSET
    rule: ListingRule | Unset = UNSET
    """ Contact rule (cadence/working-hours window) applied to the listing's campaign. """
    auto_start: bool | Unset = UNSET
    """ Create the tasks and start the campaign right away. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        campaign_type: str | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            campaign_type = self.campaign_type.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid)

        contact_template_setting_id: int | Unset | None
        if isinstance(self.contact_template_setting_id, Unset):
            contact_template_setting_id = UNSET
        else:
            contact_template_setting_id = self.contact_template_setting_id

        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.to_dict()

        auto_start = self.auto_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contacts": contacts,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if contact_template_setting_id is not UNSET:
            field_dict["contact_template_setting_id"] = contact_template_setting_id
        if rule is not UNSET:
            field_dict["rule"] = rule
        if auto_start is not UNSET:
            field_dict["auto_start"] = auto_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_contact import ListingContact
        from ..models.listing_rule import ListingRule

        d = dict(src_dict)
        name = d.pop("name")

        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = ListingContact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _campaign_type = d.pop("campaign_type", UNSET)
        campaign_type: ListingCreateRequestCampaignType | Unset
        if isinstance(_campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = ListingCreateRequestCampaignType(_campaign_type)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        _agent_uuid = d.pop("agent_uuid", UNSET)
        agent_uuid: UUID | Unset
        if isinstance(_agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = UUID(_agent_uuid)

        def _parse_contact_template_setting_id(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contact_template_setting_id = _parse_contact_template_setting_id(d.pop("contact_template_setting_id", UNSET))

        _rule = d.pop("rule", UNSET)
        rule: ListingRule | Unset
        if isinstance(_rule, Unset):
            rule = UNSET
        else:
            rule = ListingRule.from_dict(_rule)

        auto_start = d.pop("auto_start", UNSET)

        listing_create_request = cls(
            name=name,
            contacts=contacts,
            description=description,
            campaign_type=campaign_type,
            start_date=start_date,
            end_date=end_date,
            agent_uuid=agent_uuid,
            contact_template_setting_id=contact_template_setting_id,
            rule=rule,
            auto_start=auto_start,
        )

        listing_create_request.additional_properties = d
        return listing_create_request

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
