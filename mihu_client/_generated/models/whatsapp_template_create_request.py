from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_create_request_category import WhatsappTemplateCreateRequestCategory
from ..types import (
    UNSET,
    Unset,
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
        v_name = self.name

        v_language = self.language

        v_category = getattr(self.category, "value", self.category)

        v_waba_id = self.waba_id

        if isinstance(self.components, list):
            v_components = []
            for v_components_item_data in self.components:
                v_components_item = (
                    v_components_item_data.to_dict()
                    if isinstance(v_components_item_data, WhatsappTemplateComponent)
                    else v_components_item_data
                )
                v_components.append(v_components_item)
        else:
            v_components = self.components

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_language, Unset):
            field_dict["language"] = v_language
        if not isinstance(v_category, Unset):
            field_dict["category"] = v_category
        if not isinstance(v_waba_id, Unset):
            field_dict["waba_id"] = v_waba_id
        if not isinstance(v_components, Unset):
            field_dict["components"] = v_components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("WhatsappTemplateCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("WhatsappTemplateCreateRequest.name")

        v_language = d.get("language", UNSET)
        if v_language is UNSET:
            v_language = missing("WhatsappTemplateCreateRequest.language")
        if v_language is None:
            v_language = unexpected_null("WhatsappTemplateCreateRequest.language")

        v_category = d.get("category", UNSET)
        if v_category.__class__ is str:
            v_category = _values_WhatsappTemplateCreateRequestCategory.get(v_category) or enum_value(
                WhatsappTemplateCreateRequestCategory, v_category, "WhatsappTemplateCreateRequest.category"
            )
        elif v_category is UNSET:
            v_category = missing("WhatsappTemplateCreateRequest.category")
        elif v_category is None:
            v_category = unexpected_null("WhatsappTemplateCreateRequest.category")
        elif v_category is not UNSET and v_category is not None:
            v_category = mismatch(v_category, "WhatsappTemplateCreateRequest.category")

        v_waba_id = d.get("waba_id", UNSET)
        if v_waba_id is UNSET:
            v_waba_id = missing("WhatsappTemplateCreateRequest.waba_id")
        if v_waba_id is None:
            v_waba_id = unexpected_null("WhatsappTemplateCreateRequest.waba_id")

        v_components = d.get("components", UNSET)
        if v_components.__class__ is list:
            v_components = [
                _from_dict_WhatsappTemplateComponent(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplateCreateRequest.components", False)
                for _i0 in v_components
            ]
        elif v_components is UNSET:
            v_components = missing("WhatsappTemplateCreateRequest.components")
        elif v_components is None:
            v_components = unexpected_null("WhatsappTemplateCreateRequest.components")
        elif v_components is not UNSET and v_components is not None:
            v_components = mismatch(v_components, "WhatsappTemplateCreateRequest.components")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.language = v_language
        _instance.category = v_category
        _instance.waba_id = v_waba_id
        _instance.components = v_components
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateCreateRequest")
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


_values_WhatsappTemplateCreateRequestCategory = WhatsappTemplateCreateRequestCategory._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
