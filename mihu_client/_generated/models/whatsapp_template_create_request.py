from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_create_request_category import WhatsappTemplateCreateRequestCategory

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

        category = self.category.value

        waba_id = self.waba_id

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
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
        from ..models.whatsapp_template_component import WhatsappTemplateComponent

        d = dict(src_dict)
        name = d.pop("name")

        language = d.pop("language")

        category = WhatsappTemplateCreateRequestCategory(d.pop("category"))

        waba_id = d.pop("waba_id")

        components = []
        _components = d.pop("components")
        for components_item_data in _components:
            components_item = WhatsappTemplateComponent.from_dict(components_item_data)

            components.append(components_item)

        whatsapp_template_create_request = cls(
            name=name,
            language=language,
            category=category,
            waba_id=waba_id,
            components=components,
        )

        whatsapp_template_create_request.additional_properties = d
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
