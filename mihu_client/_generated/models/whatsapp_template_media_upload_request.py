from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.whatsapp_template_media_upload_request_media_type import WhatsappTemplateMediaUploadRequestMediaType
from ..types import File

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

        media_type = self.media_type.value

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
        d = dict(src_dict)
        waba_id = d.pop("waba_id")

        media_type = WhatsappTemplateMediaUploadRequestMediaType(d.pop("media_type"))

        file = File(payload=BytesIO(d.pop("file")))

        whatsapp_template_media_upload_request = cls(
            waba_id=waba_id,
            media_type=media_type,
            file=file,
        )

        whatsapp_template_media_upload_request.additional_properties = d
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
