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
        handle = self.handle

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = getattr(self.media_type, "value", self.media_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if handle is not UNSET:
            field_dict["handle"] = handle
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        handle = d.get("handle", UNSET)
        if handle is None:
            handle = unexpected_null("WhatsappTemplateMediaUpload.handle")

        media_type = d.get("media_type", UNSET)
        if media_type.__class__ is str:
            media_type = _values_WhatsappTemplateMediaUploadMediaType.get(media_type) or enum_value(
                WhatsappTemplateMediaUploadMediaType, media_type, "WhatsappTemplateMediaUpload.media_type"
            )
        elif media_type is None:
            media_type = unexpected_null("WhatsappTemplateMediaUpload.media_type")
        elif media_type is not UNSET and media_type is not None:
            media_type = mismatch(media_type, "WhatsappTemplateMediaUpload.media_type")

        whatsapp_template_media_upload = new_instance(cls)
        whatsapp_template_media_upload.handle = handle
        whatsapp_template_media_upload.media_type = media_type
        whatsapp_template_media_upload.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateMediaUpload")
        )
        return whatsapp_template_media_upload

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

_FIELD_NAMES = frozenset(
    (
        "handle",
        "media_type",
    )
)
