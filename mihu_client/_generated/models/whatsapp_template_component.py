from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_component_format import WhatsappTemplateComponentFormat
from ..models.whatsapp_template_component_type import WhatsappTemplateComponentType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    odd_item,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.whatsapp_template_button import WhatsappTemplateButton
    from ..models.whatsapp_template_component_example import WhatsappTemplateComponentExample


T = TypeVar("T", bound="WhatsappTemplateComponent")


@_attrs_define
class WhatsappTemplateComponent:
    """Meta template component (HEADER, BODY, FOOTER or BUTTONS)."""

    type_: WhatsappTemplateComponentType | Unset = UNSET
    format_: WhatsappTemplateComponentFormat | Unset = UNSET
    text: str | Unset = UNSET
    example: WhatsappTemplateComponentExample | Unset = UNSET
    """ Sample values, e.g. header_text, header_handle (from upload-media) or body_text (nested array). """
    buttons: list[WhatsappTemplateButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = getattr(self.format_, "value", self.format_)

        text = self.text

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict() if hasattr(self.example, "to_dict") else self.example

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = (
                    buttons_item_data.to_dict() if hasattr(buttons_item_data, "to_dict") else buttons_item_data
                )
                buttons.append(buttons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if format_ is not UNSET:
            field_dict["format"] = format_
        if text is not UNSET:
            field_dict["text"] = text
        if example is not UNSET:
            field_dict["example"] = example
        if buttons is not UNSET:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_WhatsappTemplateComponentType.get(type_) or enum_value(
                WhatsappTemplateComponentType, type_, "WhatsappTemplateComponent.type"
            )
        elif type_ is None:
            type_ = unexpected_null("WhatsappTemplateComponent.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "WhatsappTemplateComponent.type")

        format_ = d.get("format", UNSET)
        if format_.__class__ is str:
            format_ = _values_WhatsappTemplateComponentFormat.get(format_) or enum_value(
                WhatsappTemplateComponentFormat, format_, "WhatsappTemplateComponent.format"
            )
        elif format_ is None:
            format_ = unexpected_null("WhatsappTemplateComponent.format")
        elif format_ is not UNSET and format_ is not None:
            format_ = mismatch(format_, "WhatsappTemplateComponent.format")

        text = d.get("text", UNSET)
        if text is None:
            text = unexpected_null("WhatsappTemplateComponent.text")

        example = d.get("example", UNSET)
        if example.__class__ is dict:
            example = _from_dict_WhatsappTemplateComponentExample(example)
        elif example is None:
            example = unexpected_null("WhatsappTemplateComponent.example")
        elif example is not UNSET and example is not None:
            example = mismatch(example, "WhatsappTemplateComponent.example")

        buttons = d.get("buttons", UNSET)
        if buttons.__class__ is list:
            buttons = [
                _from_dict_WhatsappTemplateButton(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplateComponent.buttons", False)
                for _i0 in buttons
            ]
        elif buttons is None:
            buttons = unexpected_null("WhatsappTemplateComponent.buttons")
        elif buttons is not UNSET and buttons is not None:
            buttons = mismatch(buttons, "WhatsappTemplateComponent.buttons")

        whatsapp_template_component = new_instance(cls)
        whatsapp_template_component.type_ = type_
        whatsapp_template_component.format_ = format_
        whatsapp_template_component.text = text
        whatsapp_template_component.example = example
        whatsapp_template_component.buttons = buttons
        whatsapp_template_component.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return whatsapp_template_component

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


_values_WhatsappTemplateComponentType = WhatsappTemplateComponentType._value2member_map_

_values_WhatsappTemplateComponentFormat = WhatsappTemplateComponentFormat._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "type",
        "format",
        "text",
        "example",
        "buttons",
    )
)

from ..models.whatsapp_template_button import WhatsappTemplateButton
from ..models.whatsapp_template_component_example import WhatsappTemplateComponentExample

_from_dict_WhatsappTemplateComponentExample = WhatsappTemplateComponentExample.from_dict

_from_dict_WhatsappTemplateButton = WhatsappTemplateButton.from_dict
