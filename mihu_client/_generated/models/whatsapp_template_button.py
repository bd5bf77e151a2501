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
        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_text = self.text

        v_url = self.url

        v_phone_number = self.phone_number

        v_example = self.example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_text is not UNSET:
            field_dict["text"] = v_text
        if v_url is not UNSET:
            field_dict["url"] = v_url
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_example is not UNSET:
            field_dict["example"] = v_example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_WhatsappTemplateButtonType.get(v_type_) or enum_value(
                WhatsappTemplateButtonType, v_type_, "WhatsappTemplateButton.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("WhatsappTemplateButton.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "WhatsappTemplateButton.type")

        v_text = d.get("text", UNSET)
        if v_text is None:
            v_text = unexpected_null("WhatsappTemplateButton.text")

        v_url = d.get("url", UNSET)
        if v_url is None:
            v_url = unexpected_null("WhatsappTemplateButton.url")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("WhatsappTemplateButton.phone_number")

        v_example = d.get("example", UNSET)

        _instance = new_instance(cls)
        _instance.type_ = v_type_
        _instance.text = v_text
        _instance.url = v_url
        _instance.phone_number = v_phone_number
        _instance.example = v_example
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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


_values_WhatsappTemplateButtonType = WhatsappTemplateButtonType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "type",
        "text",
        "url",
        "phone_number",
        "example",
    )
)
