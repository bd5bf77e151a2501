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
        v_name = self.name

        if isinstance(self.contacts, list):
            v_contacts = []
            for v_contacts_item_data in self.contacts:
                v_contacts_item = (
                    v_contacts_item_data.to_dict()
                    if isinstance(v_contacts_item_data, ListingContact)
                    else v_contacts_item_data
                )
                v_contacts.append(v_contacts_item)
        else:
            v_contacts = self.contacts

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_campaign_type: str | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            v_campaign_type = getattr(self.campaign_type, "value", self.campaign_type)

        v_start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            v_start_date = (
                self.start_date.isoformat() if isinstance(self.start_date, datetime.date) else self.start_date
            )

        v_end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            v_end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.date) else self.end_date

        v_agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_contact_template_setting_id: int | Unset | None
        if isinstance(self.contact_template_setting_id, Unset):
            v_contact_template_setting_id = UNSET
        else:
            v_contact_template_setting_id = self.contact_template_setting_id

        v_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            v_rule = self.rule.to_dict() if isinstance(self.rule, ListingRule) else self.rule

        v_auto_start = self.auto_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_contacts, Unset):
            field_dict["contacts"] = v_contacts
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_campaign_type is not UNSET:
            field_dict["campaign_type"] = v_campaign_type
        if v_start_date is not UNSET:
            field_dict["start_date"] = v_start_date
        if v_end_date is not UNSET:
            field_dict["end_date"] = v_end_date
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_contact_template_setting_id is not UNSET:
            field_dict["contact_template_setting_id"] = v_contact_template_setting_id
        if v_rule is not UNSET:
            field_dict["rule"] = v_rule
        if v_auto_start is not UNSET:
            field_dict["auto_start"] = v_auto_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("ListingCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("ListingCreateRequest.name")

        v_contacts = d.get("contacts", UNSET)
        if v_contacts.__class__ is list:
            v_contacts = [
                _from_dict_ListingContact(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListingCreateRequest.contacts", False)
                for _i0 in v_contacts
            ]
        elif v_contacts is UNSET:
            v_contacts = missing("ListingCreateRequest.contacts")
        elif v_contacts is None:
            v_contacts = unexpected_null("ListingCreateRequest.contacts")
        elif v_contacts is not UNSET and v_contacts is not None:
            v_contacts = mismatch(v_contacts, "ListingCreateRequest.contacts")

        v_description = d.get("description", UNSET)

        v_campaign_type = d.get("campaign_type", UNSET)
        if v_campaign_type.__class__ is str:
            v_campaign_type = _values_ListingCreateRequestCampaignType.get(v_campaign_type) or enum_value(
                ListingCreateRequestCampaignType, v_campaign_type, "ListingCreateRequest.campaign_type"
            )
        elif v_campaign_type is None:
            v_campaign_type = unexpected_null("ListingCreateRequest.campaign_type")
        elif v_campaign_type is not UNSET and v_campaign_type is not None:
            v_campaign_type = mismatch(v_campaign_type, "ListingCreateRequest.campaign_type")

        v_start_date = d.get("start_date", UNSET)
        if v_start_date.__class__ is str:
            v_start_date = parse_date(v_start_date, "ListingCreateRequest.start_date")
        elif v_start_date is None:
            v_start_date = unexpected_null("ListingCreateRequest.start_date")
        elif v_start_date is not UNSET and v_start_date is not None:
            v_start_date = mismatch(v_start_date, "ListingCreateRequest.start_date")

        v_end_date = d.get("end_date", UNSET)
        if v_end_date.__class__ is str:
            v_end_date = parse_date(v_end_date, "ListingCreateRequest.end_date")
        elif v_end_date is None:
            v_end_date = unexpected_null("ListingCreateRequest.end_date")
        elif v_end_date is not UNSET and v_end_date is not None:
            v_end_date = mismatch(v_end_date, "ListingCreateRequest.end_date")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "ListingCreateRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("ListingCreateRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "ListingCreateRequest.agent_uuid")

        v_contact_template_setting_id = d.get("contact_template_setting_id", UNSET)

        v_rule = d.get("rule", UNSET)
        if v_rule.__class__ is dict:
            v_rule = _from_dict_ListingRule(v_rule)
        elif v_rule is None:
            v_rule = unexpected_null("ListingCreateRequest.rule")
        elif v_rule is not UNSET and v_rule is not None:
            v_rule = mismatch(v_rule, "ListingCreateRequest.rule")

        v_auto_start = d.get("auto_start", UNSET)
        if v_auto_start is None:
            v_auto_start = unexpected_null("ListingCreateRequest.auto_start")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.contacts = v_contacts
        _instance.description = v_description
        _instance.campaign_type = v_campaign_type
        _instance.start_date = v_start_date
        _instance.end_date = v_end_date
        _instance.agent_uuid = v_agent_uuid
        _instance.contact_template_setting_id = v_contact_template_setting_id
        _instance.rule = v_rule
        _instance.auto_start = v_auto_start
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingCreateRequest")
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


_values_ListingCreateRequestCampaignType = ListingCreateRequestCampaignType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
