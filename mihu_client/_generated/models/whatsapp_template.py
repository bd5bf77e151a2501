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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_language = self.language

        v_category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            v_category = getattr(self.category, "value", self.category)

        v_status = self.status

        v_content: str | Unset | None
        if isinstance(self.content, Unset):
            v_content = UNSET
        else:
            v_content = self.content

        v_components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            if isinstance(self.components, list):
                v_components = []
                for v_components_item_data in self.components:
                    v_components_item = (
                        v_components_item_data.to_dict()
                        if isinstance(v_components_item_data, WhatsappTemplateComponentsItem)
                        else v_components_item_data
                    )
                    v_components.append(v_components_item)
            else:
                v_components = self.components

        v_template_id: str | Unset | None
        if isinstance(self.template_id, Unset):
            v_template_id = UNSET
        else:
            v_template_id = self.template_id

        v_waba_id: str | Unset | None
        if isinstance(self.waba_id, Unset):
            v_waba_id = UNSET
        else:
            v_waba_id = self.waba_id

        v_phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            v_phone_number = UNSET
        else:
            v_phone_number = self.phone_number

        v_type_ = self.type_

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_language is not UNSET:
            field_dict["language"] = v_language
        if v_category is not UNSET:
            field_dict["category"] = v_category
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_content is not UNSET:
            field_dict["content"] = v_content
        if v_components is not UNSET:
            field_dict["components"] = v_components
        if v_template_id is not UNSET:
            field_dict["template_id"] = v_template_id
        if v_waba_id is not UNSET:
            field_dict["waba_id"] = v_waba_id
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "WhatsappTemplate.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("WhatsappTemplate.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "WhatsappTemplate.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("WhatsappTemplate.name")

        v_language = d.get("language", UNSET)
        if v_language is None:
            v_language = unexpected_null("WhatsappTemplate.language")

        v_category = d.get("category", UNSET)
        if v_category.__class__ is str:
            v_category = _values_WhatsappTemplateCategory.get(v_category) or enum_value(
                WhatsappTemplateCategory, v_category, "WhatsappTemplate.category"
            )
        elif v_category is None:
            v_category = unexpected_null("WhatsappTemplate.category")
        elif v_category is not UNSET and v_category is not None:
            v_category = mismatch(v_category, "WhatsappTemplate.category")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("WhatsappTemplate.status")

        v_content = d.get("content", UNSET)

        v_components = d.get("components", UNSET)
        if v_components.__class__ is list:
            v_components = [
                _from_dict_WhatsappTemplateComponentsItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplate.components", False)
                for _i0 in v_components
            ]
        elif v_components is None:
            v_components = unexpected_null("WhatsappTemplate.components")
        elif v_components is not UNSET and v_components is not None:
            v_components = mismatch(v_components, "WhatsappTemplate.components")

        v_template_id = d.get("template_id", UNSET)

        v_waba_id = d.get("waba_id", UNSET)

        v_phone_number = d.get("phone_number", UNSET)

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("WhatsappTemplate.type")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "WhatsappTemplate.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "WhatsappTemplate.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "WhatsappTemplate.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "WhatsappTemplate.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.language = v_language
        _instance.category = v_category
        _instance.status = v_status
        _instance.content = v_content
        _instance.components = v_components
        _instance.template_id = v_template_id
        _instance.waba_id = v_waba_id
        _instance.phone_number = v_phone_number
        _instance.type_ = v_type_
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplate")
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


_values_WhatsappTemplateCategory = WhatsappTemplateCategory._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
