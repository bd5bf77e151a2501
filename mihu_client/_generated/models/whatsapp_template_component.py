from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_component_format import WhatsappTemplateComponentFormat
from ..models.whatsapp_template_component_type import WhatsappTemplateComponentType
from ..types import UNSET, Unset

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
            type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        text = self.text

        example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            example = self.example.to_dict()

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
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
        from ..models.whatsapp_template_button import WhatsappTemplateButton
        from ..models.whatsapp_template_component_example import WhatsappTemplateComponentExample

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: WhatsappTemplateComponentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WhatsappTemplateComponentType(_type_)

        _format_ = d.pop("format", UNSET)
        format_: WhatsappTemplateComponentFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = WhatsappTemplateComponentFormat(_format_)

        text = d.pop("text", UNSET)

        _example = d.pop("example", UNSET)
        example: WhatsappTemplateComponentExample | Unset
        if isinstance(_example, Unset):
            example = UNSET
        else:
            example = WhatsappTemplateComponentExample.from_dict(_example)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[WhatsappTemplateButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = WhatsappTemplateButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        whatsapp_template_component = cls(
            type_=type_,
            format_=format_,
            text=text,
            example=example,
            buttons=buttons,
        )

        whatsapp_template_component.additional_properties = d
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
