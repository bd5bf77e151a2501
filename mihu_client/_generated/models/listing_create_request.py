from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_create_request_campaign_type import ListingCreateRequestCampaignType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    odd_item,
    parse_date,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
            contacts_item = (
                contacts_item_data.to_dict() if hasattr(contacts_item_data, "to_dict") else contacts_item_data
            )
            contacts.append(contacts_item)

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        campaign_type: str | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            campaign_type = getattr(self.campaign_type, "value", self.campaign_type)

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat() if isinstance(self.start_date, datetime.date) else self.start_date

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.date) else self.end_date

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        contact_template_setting_id: int | Unset | None
        if isinstance(self.contact_template_setting_id, Unset):
            contact_template_setting_id = UNSET
        else:
            contact_template_setting_id = self.contact_template_setting_id

        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.to_dict() if hasattr(self.rule, "to_dict") else self.rule

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("ListingCreateRequest.name")
        if name is None:
            name = unexpected_null("ListingCreateRequest.name")

        contacts = d.get("contacts", UNSET)
        if contacts.__class__ is list:
            contacts = [
                _from_dict_ListingContact(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListingCreateRequest.contacts", False)
                for _i0 in contacts
            ]
        elif contacts is UNSET:
            contacts = missing("ListingCreateRequest.contacts")
        elif contacts is None:
            contacts = unexpected_null("ListingCreateRequest.contacts")
        elif contacts is not UNSET and contacts is not None:
            contacts = mismatch(contacts, "ListingCreateRequest.contacts")

        description = d.get("description", UNSET)

        campaign_type = d.get("campaign_type", UNSET)
        if campaign_type.__class__ is str:
            campaign_type = _values_ListingCreateRequestCampaignType.get(campaign_type) or enum_value(
                ListingCreateRequestCampaignType, campaign_type, "ListingCreateRequest.campaign_type"
            )
        elif campaign_type is None:
            campaign_type = unexpected_null("ListingCreateRequest.campaign_type")
        elif campaign_type is not UNSET and campaign_type is not None:
            campaign_type = mismatch(campaign_type, "ListingCreateRequest.campaign_type")

        start_date = d.get("start_date", UNSET)
        if start_date.__class__ is str:
            start_date = parse_date(start_date, "ListingCreateRequest.start_date")
        elif start_date is None:
            start_date = unexpected_null("ListingCreateRequest.start_date")
        elif start_date is not UNSET and start_date is not None:
            start_date = mismatch(start_date, "ListingCreateRequest.start_date")

        end_date = d.get("end_date", UNSET)
        if end_date.__class__ is str:
            end_date = parse_date(end_date, "ListingCreateRequest.end_date")
        elif end_date is None:
            end_date = unexpected_null("ListingCreateRequest.end_date")
        elif end_date is not UNSET and end_date is not None:
            end_date = mismatch(end_date, "ListingCreateRequest.end_date")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "ListingCreateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("ListingCreateRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "ListingCreateRequest.agent_uuid")

        contact_template_setting_id = d.get("contact_template_setting_id", UNSET)

        rule = d.get("rule", UNSET)
        if rule.__class__ is dict:
            rule = _from_dict_ListingRule(rule)
        elif rule is None:
            rule = unexpected_null("ListingCreateRequest.rule")
        elif rule is not UNSET and rule is not None:
            rule = mismatch(rule, "ListingCreateRequest.rule")

        auto_start = d.get("auto_start", UNSET)
        if auto_start is None:
            auto_start = unexpected_null("ListingCreateRequest.auto_start")

        listing_create_request = new_instance(cls)
        listing_create_request.name = name
        listing_create_request.contacts = contacts
        listing_create_request.description = description
        listing_create_request.campaign_type = campaign_type
        listing_create_request.start_date = start_date
        listing_create_request.end_date = end_date
        listing_create_request.agent_uuid = agent_uuid
        listing_create_request.contact_template_setting_id = contact_template_setting_id
        listing_create_request.rule = rule
        listing_create_request.auto_start = auto_start
        listing_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingCreateRequest")
        )
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


_values_ListingCreateRequestCampaignType = ListingCreateRequestCampaignType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "name",
        "contacts",
        "description",
        "campaign_type",
        "start_date",
        "end_date",
        "agent_uuid",
        "contact_template_setting_id",
        "rule",
        "auto_start",
    )
)

from ..models.listing_contact import ListingContact
from ..models.listing_rule import ListingRule

_from_dict_ListingContact = ListingContact.from_dict


_from_dict_ListingRule = ListingRule.from_dict
