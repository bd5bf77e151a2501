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
        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            v_format_ = getattr(self.format_, "value", self.format_)

        v_text = self.text

        v_example: dict[str, Any] | Unset = UNSET
        if not isinstance(self.example, Unset):
            v_example = (
                self.example.to_dict() if isinstance(self.example, WhatsappTemplateComponentExample) else self.example
            )

        v_buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            if isinstance(self.buttons, list):
                v_buttons = []
                for v_buttons_item_data in self.buttons:
                    v_buttons_item = (
                        v_buttons_item_data.to_dict()
                        if isinstance(v_buttons_item_data, WhatsappTemplateButton)
                        else v_buttons_item_data
                    )
                    v_buttons.append(v_buttons_item)
            else:
                v_buttons = self.buttons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_format_ is not UNSET:
            field_dict["format"] = v_format_
        if v_text is not UNSET:
            field_dict["text"] = v_text
        if v_example is not UNSET:
            field_dict["example"] = v_example
        if v_buttons is not UNSET:
            field_dict["buttons"] = v_buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_WhatsappTemplateComponentType.get(v_type_) or enum_value(
                WhatsappTemplateComponentType, v_type_, "WhatsappTemplateComponent.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("WhatsappTemplateComponent.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "WhatsappTemplateComponent.type")

        v_format_ = d.get("format", UNSET)
        if v_format_.__class__ is str:
            v_format_ = _values_WhatsappTemplateComponentFormat.get(v_format_) or enum_value(
                WhatsappTemplateComponentFormat, v_format_, "WhatsappTemplateComponent.format"
            )
        elif v_format_ is None:
            v_format_ = unexpected_null("WhatsappTemplateComponent.format")
        elif v_format_ is not UNSET and v_format_ is not None:
            v_format_ = mismatch(v_format_, "WhatsappTemplateComponent.format")

        v_text = d.get("text", UNSET)
        if v_text is None:
            v_text = unexpected_null("WhatsappTemplateComponent.text")

        v_example = d.get("example", UNSET)
        if v_example.__class__ is dict:
            v_example = _from_dict_WhatsappTemplateComponentExample(v_example)
        elif v_example is None:
            v_example = unexpected_null("WhatsappTemplateComponent.example")
        elif v_example is not UNSET and v_example is not None:
            v_example = mismatch(v_example, "WhatsappTemplateComponent.example")

        v_buttons = d.get("buttons", UNSET)
        if v_buttons.__class__ is list:
            v_buttons = [
                _from_dict_WhatsappTemplateButton(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "WhatsappTemplateComponent.buttons", False)
                for _i0 in v_buttons
            ]
        elif v_buttons is None:
            v_buttons = unexpected_null("WhatsappTemplateComponent.buttons")
        elif v_buttons is not UNSET and v_buttons is not None:
            v_buttons = mismatch(v_buttons, "WhatsappTemplateComponent.buttons")

        _instance = new_instance(cls)
        _instance.type_ = v_type_
        _instance.format_ = v_format_
        _instance.text = v_text
        _instance.example = v_example
        _instance.buttons = v_buttons
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


_values_WhatsappTemplateComponentType = WhatsappTemplateComponentType._value2member_map_

_values_WhatsappTemplateComponentFormat = WhatsappTemplateComponentFormat._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
