from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_button_type import WhatsappTemplateButtonType
from ..types import UNSET, Unset

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
            type_ = self.type_.value

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
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: WhatsappTemplateButtonType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WhatsappTemplateButtonType(_type_)

        text = d.pop("text", UNSET)

        url = d.pop("url", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        example = d.pop("example", UNSET)

        whatsapp_template_button = cls(
            type_=type_,
            text=text,
            url=url,
            phone_number=phone_number,
            example=example,
        )

        whatsapp_template_button.additional_properties = d
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
