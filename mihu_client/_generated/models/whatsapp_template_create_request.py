from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_create_request_category import WhatsappTemplateCreateRequestCategory
from ..types import (
    UNSET,
    enum_value,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.whatsapp_template_component import WhatsappTemplateComponent


T = TypeVar("T", bound="WhatsappTemplateCreateRequest")


@_attrs_define
class WhatsappTemplateCreateRequest:
    name: str
    """ Lowercase snake_case, unique per name+language within the WABA. """
    language: str
    """ Meta language tag such as en_US or tr. """
    category: WhatsappTemplateCreateRequestCategory
    waba_id: str
    """ WhatsApp Business Account the template is submitted under. """
    components: list[WhatsappTemplateComponent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        category = getattr(self.category, "value", self.category)

        waba_id = self.waba_id

        components = []
        for components_item_data in self.components:
            components_item = (
                components_item_data.to_dict() if hasattr(components_item_data, "to_dict") else components_item_data
            )
            components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "language": language,
                "category": category,
                "waba_id": waba_id,
                "components": components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("WhatsappTemplateCreateRequest.name")
        if name is None:
            name = unexpected_null("WhatsappTemplateCreateRequest.name")

        language = d.get("language", UNSET)
        if language is UNSET:
            language = missing("WhatsappTemplateCreateRequest.language")
        if language is None:
            language = unexpected_null("WhatsappTemplateCreateRequest.language")

        category = d.get("category", UNSET)
        if category.__class__ is str:
            category = _values_WhatsappTemplateCreateRequestCategory.get(category) or enum_value(
                WhatsappTemplateCreateRequestCategory, category, "WhatsappTemplateCreateRequest.category"
            )
        elif category is UNSET:
            category = missing("WhatsappTemplateCreateRequest.category")
        elif category is None:
            category = unexpected_null("WhatsappTemplateCreateRequest.category")
        elif category is not UNSET and category is not None:
            category = mismatch(category, "WhatsappTemplateCreateRequest.category")

        waba_id = d.get("waba_id", UNSET)
        if waba_id is UNSET:
            waba_id = missing("WhatsappTemplateCreateRequest.waba_id")
        if waba_id is None:
            waba_id = unexpected_null("WhatsappTemplateCreateRequest.waba_id")

        components = d.get("components", UNSET)
        if components.__class__ is list:
            components = [
                _from_dict_WhatsappTemplateComponent(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplateCreateRequest.components", False)
                for _i0 in components
            ]
        elif components is UNSET:
            components = missing("WhatsappTemplateCreateRequest.components")
        elif components is None:
            components = unexpected_null("WhatsappTemplateCreateRequest.components")
        elif components is not UNSET and components is not None:
            components = mismatch(components, "WhatsappTemplateCreateRequest.components")

        whatsapp_template_create_request = new_instance(cls)
        whatsapp_template_create_request.name = name
        whatsapp_template_create_request.language = language
        whatsapp_template_create_request.category = category
        whatsapp_template_create_request.waba_id = waba_id
        whatsapp_template_create_request.components = components
        whatsapp_template_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateCreateRequest")
        )
        return whatsapp_template_create_request

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


_values_WhatsappTemplateCreateRequestCategory = WhatsappTemplateCreateRequestCategory._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "name",
        "language",
        "category",
        "waba_id",
        "components",
    )
)

from ..models.whatsapp_template_component import WhatsappTemplateComponent

_from_dict_WhatsappTemplateComponent = WhatsappTemplateComponent.from_dict
