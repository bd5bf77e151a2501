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
        v_id = self.id

        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name: str | Unset | None
        if isinstance(self.name, Unset):
            v_name = UNSET
        else:
            v_name = self.name

        v_surname: str | Unset | None
        if isinstance(self.surname, Unset):
            v_surname = UNSET
        else:
            v_surname = self.surname

        v_email: str | Unset | None
        if isinstance(self.email, Unset):
            v_email = UNSET
        else:
            v_email = self.email

        v_phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            v_phone_number = UNSET
        else:
            v_phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_surname is not UNSET:
            field_dict["surname"] = v_surname
        if v_email is not UNSET:
            field_dict["email"] = v_email
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id is None:
            v_id = unexpected_null("AppointmentRequestContact.id")

        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "AppointmentRequestContact.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("AppointmentRequestContact.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "AppointmentRequestContact.uuid")

        v_name = d.get("name", UNSET)

        v_surname = d.get("surname", UNSET)

        v_email = d.get("email", UNSET)

        v_phone_number = d.get("phone_number", UNSET)

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.surname = v_surname
        _instance.email = v_email
        _instance.phone_number = v_phone_number
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequestContact")
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
        "id",
        "uuid",
        "name",
        "surname",
        "email",
        "phone_number",
    )
)
