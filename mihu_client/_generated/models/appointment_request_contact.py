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
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AppointmentRequestContact")


@_attrs_define
class AppointmentRequestContact:
    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    name: str | Unset | None = UNSET
    surname: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    phone_number: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: str | Unset | None
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id is None:
            id = unexpected_null("AppointmentRequestContact.id")

        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "AppointmentRequestContact.uuid")
        elif uuid is None:
            uuid = unexpected_null("AppointmentRequestContact.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "AppointmentRequestContact.uuid")

        name = d.get("name", UNSET)

        surname = d.get("surname", UNSET)

        email = d.get("email", UNSET)

        phone_number = d.get("phone_number", UNSET)

        appointment_request_contact = new_instance(cls)
        appointment_request_contact.id = id
        appointment_request_contact.uuid = uuid
        appointment_request_contact.name = name
        appointment_request_contact.surname = surname
        appointment_request_contact.email = email
        appointment_request_contact.phone_number = phone_number
        appointment_request_contact.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequestContact")
        )
        return appointment_request_contact

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
        "id",
        "uuid",
        "name",
        "surname",
        "email",
        "phone_number",
    )
)
