from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_category import WhatsappTemplateCategory
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.whatsapp_template_components_item import WhatsappTemplateComponentsItem


T = TypeVar("T", bound="WhatsappTemplate")


@_attrs_define
class WhatsappTemplate:
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    category: WhatsappTemplateCategory | Unset = UNSET
    status: str | Unset = UNSET
    """ Meta review status such as PENDING, APPROVED, REJECTED or PAUSED. """
    content: str | Unset | None = UNSET
    components: list[WhatsappTemplateComponentsItem] | Unset = UNSET
    template_id: str | Unset | None = UNSET
    """ Meta template id. """
    waba_id: str | Unset | None = UNSET
    phone_number: str | Unset | None = UNSET
    type_: str | Unset = UNSET
    """ Template type, e.g. whatsapp. """
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        language = self.language

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = getattr(self.category, "value", self.category)

        status = self.status

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = (
                    components_item_data.to_dict() if hasattr(components_item_data, "to_dict") else components_item_data
                )
                components.append(components_item)

        template_id: str | Unset | None
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        waba_id: str | Unset | None
        if isinstance(self.waba_id, Unset):
            waba_id = UNSET
        else:
            waba_id = self.waba_id

        phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        type_ = self.type_

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if components is not UNSET:
            field_dict["components"] = components
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if waba_id is not UNSET:
            field_dict["waba_id"] = waba_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "WhatsappTemplate.uuid")
        elif uuid is None:
            uuid = unexpected_null("WhatsappTemplate.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "WhatsappTemplate.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("WhatsappTemplate.name")

        language = d.get("language", UNSET)
        if language is None:
            language = unexpected_null("WhatsappTemplate.language")

        category = d.get("category", UNSET)
        if category.__class__ is str:
            category = _values_WhatsappTemplateCategory.get(category) or enum_value(
                WhatsappTemplateCategory, category, "WhatsappTemplate.category"
            )
        elif category is None:
            category = unexpected_null("WhatsappTemplate.category")
        elif category is not UNSET and category is not None:
            category = mismatch(category, "WhatsappTemplate.category")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("WhatsappTemplate.status")

        content = d.get("content", UNSET)

        components = d.get("components", UNSET)
        if components.__class__ is list:
            components = [
                _from_dict_WhatsappTemplateComponentsItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplate.components", False)
                for _i0 in components
            ]
        elif components is None:
            components = unexpected_null("WhatsappTemplate.components")
        elif components is not UNSET and components is not None:
            components = mismatch(components, "WhatsappTemplate.components")

        template_id = d.get("template_id", UNSET)

        waba_id = d.get("waba_id", UNSET)

        phone_number = d.get("phone_number", UNSET)

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("WhatsappTemplate.type")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "WhatsappTemplate.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "WhatsappTemplate.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "WhatsappTemplate.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "WhatsappTemplate.updated_at")

        whatsapp_template = new_instance(cls)
        whatsapp_template.uuid = uuid
        whatsapp_template.name = name
        whatsapp_template.language = language
        whatsapp_template.category = category
        whatsapp_template.status = status
        whatsapp_template.content = content
        whatsapp_template.components = components
        whatsapp_template.template_id = template_id
        whatsapp_template.waba_id = waba_id
        whatsapp_template.phone_number = phone_number
        whatsapp_template.type_ = type_
        whatsapp_template.created_at = created_at
        whatsapp_template.updated_at = updated_at
        whatsapp_template.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplate")
        )
        return whatsapp_template

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


_values_WhatsappTemplateCategory = WhatsappTemplateCategory._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "uuid",
        "name",
        "language",
        "category",
        "status",
        "content",
        "components",
        "template_id",
        "waba_id",
        "phone_number",
        "type",
        "created_at",
        "updated_at",
    )
)

from ..models.whatsapp_template_components_item import WhatsappTemplateComponentsItem

_from_dict_WhatsappTemplateComponentsItem = WhatsappTemplateComponentsItem.from_dict
