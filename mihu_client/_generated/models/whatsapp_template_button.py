from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_button_type import WhatsappTemplateButtonType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="WhatsappTemplateButton")


@_attrs_define
class WhatsappTemplateButton:
    type_: WhatsappTemplateButtonType | Unset = UNSET
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    example: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        text = self.text

        url = self.url

        phone_number = self.phone_number

        example = self.example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_WhatsappTemplateButtonType.get(type_) or enum_value(
                WhatsappTemplateButtonType, type_, "WhatsappTemplateButton.type"
            )
        elif type_ is None:
            type_ = unexpected_null("WhatsappTemplateButton.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "WhatsappTemplateButton.type")

        text = d.get("text", UNSET)
        if text is None:
            text = unexpected_null("WhatsappTemplateButton.text")

        url = d.get("url", UNSET)
        if url is None:
            url = unexpected_null("WhatsappTemplateButton.url")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("WhatsappTemplateButton.phone_number")

        example = d.get("example", UNSET)

        whatsapp_template_button = new_instance(cls)
        whatsapp_template_button.type_ = type_
        whatsapp_template_button.text = text
        whatsapp_template_button.url = url
        whatsapp_template_button.phone_number = phone_number
        whatsapp_template_button.example = example
        whatsapp_template_button.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return whatsapp_template_button

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


_values_WhatsappTemplateButtonType = WhatsappTemplateButtonType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "type",
        "text",
        "url",
        "phone_number",
        "example",
    )
)
