from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_media_upload_media_type import WhatsappTemplateMediaUploadMediaType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="WhatsappTemplateMediaUpload")


@_attrs_define
class WhatsappTemplateMediaUpload:
    handle: str | Unset = UNSET
    """ Short-lived (about 24h) Meta handle for components[].example.header_handle. """
    media_type: WhatsappTemplateMediaUploadMediaType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_handle = self.handle

        v_media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            v_media_type = getattr(self.media_type, "value", self.media_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_handle is not UNSET:
            field_dict["handle"] = v_handle
        if v_media_type is not UNSET:
            field_dict["media_type"] = v_media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_handle = d.get("handle", UNSET)
        if v_handle is None:
            v_handle = unexpected_null("WhatsappTemplateMediaUpload.handle")

        v_media_type = d.get("media_type", UNSET)
        if v_media_type.__class__ is str:
            v_media_type = _values_WhatsappTemplateMediaUploadMediaType.get(v_media_type) or enum_value(
                WhatsappTemplateMediaUploadMediaType, v_media_type, "WhatsappTemplateMediaUpload.media_type"
            )
        elif v_media_type is None:
            v_media_type = unexpected_null("WhatsappTemplateMediaUpload.media_type")
        elif v_media_type is not UNSET and v_media_type is not None:
            v_media_type = mismatch(v_media_type, "WhatsappTemplateMediaUpload.media_type")

        _instance = new_instance(cls)
        _instance.handle = v_handle
        _instance.media_type = v_media_type
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateMediaUpload")
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


_values_WhatsappTemplateMediaUploadMediaType = WhatsappTemplateMediaUploadMediaType._value2member_map_

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "handle",
        "media_type",
    )
)
