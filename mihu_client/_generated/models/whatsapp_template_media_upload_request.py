from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.whatsapp_template_media_upload_request_media_type import WhatsappTemplateMediaUploadRequestMediaType
from ..types import (
    UNSET,
    File,
    enum_value,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="WhatsappTemplateMediaUploadRequest")


@_attrs_define
class WhatsappTemplateMediaUploadRequest:
    waba_id: str
    """ WABA linked to this tenant. """
    media_type: WhatsappTemplateMediaUploadRequestMediaType
    """ Must match the file's MIME type; selects the HEADER format the handle is valid for. """
    file: File
    """ Image jpg/png up to 5MB, video mp4/3gp up to 16MB, document pdf/txt/office up to 100MB. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_id = self.waba_id

        media_type = getattr(self.media_type, "value", self.media_type)

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "waba_id": waba_id,
                "media_type": media_type,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("waba_id", (None, str(self.waba_id).encode(), "text/plain")))

        files.append(("media_type", (None, str(self.media_type.value).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        waba_id = d.get("waba_id", UNSET)
        if waba_id is UNSET:
            waba_id = missing("WhatsappTemplateMediaUploadRequest.waba_id")
        if waba_id is None:
            waba_id = unexpected_null("WhatsappTemplateMediaUploadRequest.waba_id")

        media_type = d.get("media_type", UNSET)
        if media_type.__class__ is str:
            media_type = _values_WhatsappTemplateMediaUploadRequestMediaType.get(media_type) or enum_value(
                WhatsappTemplateMediaUploadRequestMediaType, media_type, "WhatsappTemplateMediaUploadRequest.media_type"
            )
        elif media_type is UNSET:
            media_type = missing("WhatsappTemplateMediaUploadRequest.media_type")
        elif media_type is None:
            media_type = unexpected_null("WhatsappTemplateMediaUploadRequest.media_type")
        elif media_type is not UNSET and media_type is not None:
            media_type = mismatch(media_type, "WhatsappTemplateMediaUploadRequest.media_type")

        file = d.get("file", UNSET)
        if file is UNSET:
            file = missing("WhatsappTemplateMediaUploadRequest.file")
        elif file is None:
            file = unexpected_null("WhatsappTemplateMediaUploadRequest.file")
        else:
            file = File(payload=BytesIO(file))

        whatsapp_template_media_upload_request = new_instance(cls)
        whatsapp_template_media_upload_request.waba_id = waba_id
        whatsapp_template_media_upload_request.media_type = media_type
        whatsapp_template_media_upload_request.file = file
        whatsapp_template_media_upload_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateMediaUploadRequest")
        )
        return whatsapp_template_media_upload_request

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


_values_WhatsappTemplateMediaUploadRequestMediaType = WhatsappTemplateMediaUploadRequestMediaType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "waba_id",
        "media_type",
        "file",
    )
)
