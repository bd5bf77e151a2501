from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_tag import ContactTag


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact record. Every active custom contact field is also returned as an extra top-level string key (empty string
    when unset), so additional properties are allowed.

    """

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    number_type: str | Unset | None = UNSET
    country_code: str | Unset = UNSET
    timezone: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    preferred_contact_channel: str | Unset = UNSET
    preferred_contact_time: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Contact status, e.g. Active, Inactive (Blacklisted after a blacklist call). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        surname = self.surname

        email = self.email

        phone_number = self.phone_number

        number_type: str | Unset | None
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        country_code = self.country_code

        timezone = self.timezone

        primary_language = self.primary_language

        preferred_contact_channel = self.preferred_contact_channel

        preferred_contact_time = self.preferred_contact_time

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if preferred_contact_channel is not UNSET:
            field_dict["preferred_contact_channel"] = preferred_contact_channel
        if preferred_contact_time is not UNSET:
            field_dict["preferred_contact_time"] = preferred_contact_time
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_tag import ContactTag

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_number_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_type = _parse_number_type(d.pop("number_type", UNSET))

        country_code = d.pop("country_code", UNSET)

        timezone = d.pop("timezone", UNSET)

        primary_language = d.pop("primary_language", UNSET)

        preferred_contact_channel = d.pop("preferred_contact_channel", UNSET)

        preferred_contact_time = d.pop("preferred_contact_time", UNSET)

        status = d.pop("status", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _tags = d.pop("tags", UNSET)
        tags: list[ContactTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ContactTag.from_dict(tags_item_data)

                tags.append(tags_item)

        contact = cls(
            uuid=uuid,
            name=name,
            surname=surname,
            email=email,
            phone_number=phone_number,
            number_type=number_type,
            country_code=country_code,
            timezone=timezone,
            primary_language=primary_language,
            preferred_contact_channel=preferred_contact_channel,
            preferred_contact_time=preferred_contact_time,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            tags=tags,
        )

        contact.additional_properties = d
        return contact

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
