from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="WhatsappTemplateSendHeader")


@_attrs_define
class WhatsappTemplateSendHeader:
    """Optional media header for templates with an IMAGE/VIDEO/DOCUMENT header (newer docs only)."""

    type_: str | Unset = UNSET
    """ Media kind: image, video or document. """
    url: str | Unset = UNSET
    """ Publicly reachable URL of the media file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_type_ = self.type_

        v_url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_url is not UNSET:
            field_dict["url"] = v_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("WhatsappTemplateSendHeader.type")

        v_url = d.get("url", UNSET)
        if v_url is None:
            v_url = unexpected_null("WhatsappTemplateSendHeader.url")

        _instance = new_instance(cls)
        _instance.type_ = v_type_
        _instance.url = v_url
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateSendHeader")
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "type",
        "url",
    )
)
