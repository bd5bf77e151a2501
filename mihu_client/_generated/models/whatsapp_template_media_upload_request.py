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
    Unset,
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
        v_waba_id = self.waba_id

        v_media_type = getattr(self.media_type, "value", self.media_type)

        v_file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_waba_id, Unset):
            field_dict["waba_id"] = v_waba_id
        if not isinstance(v_media_type, Unset):
            field_dict["media_type"] = v_media_type
        if not isinstance(v_file, Unset):
            field_dict["file"] = v_file

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
        v_waba_id = d.get("waba_id", UNSET)
        if v_waba_id is UNSET:
            v_waba_id = missing("WhatsappTemplateMediaUploadRequest.waba_id")
        if v_waba_id is None:
            v_waba_id = unexpected_null("WhatsappTemplateMediaUploadRequest.waba_id")

        v_media_type = d.get("media_type", UNSET)
        if v_media_type.__class__ is str:
            v_media_type = _values_WhatsappTemplateMediaUploadRequestMediaType.get(v_media_type) or enum_value(
                WhatsappTemplateMediaUploadRequestMediaType,
                v_media_type,
                "WhatsappTemplateMediaUploadRequest.media_type",
            )
        elif v_media_type is UNSET:
            v_media_type = missing("WhatsappTemplateMediaUploadRequest.media_type")
        elif v_media_type is None:
            v_media_type = unexpected_null("WhatsappTemplateMediaUploadRequest.media_type")
        elif v_media_type is not UNSET and v_media_type is not None:
            v_media_type = mismatch(v_media_type, "WhatsappTemplateMediaUploadRequest.media_type")

        v_file = d.get("file", UNSET)
        if v_file is UNSET:
            v_file = missing("WhatsappTemplateMediaUploadRequest.file")
        elif v_file is None:
            v_file = unexpected_null("WhatsappTemplateMediaUploadRequest.file")
        else:
            v_file = File(payload=BytesIO(v_file))

        _instance = new_instance(cls)
        _instance.waba_id = v_waba_id
        _instance.media_type = v_media_type
        _instance.file = v_file
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateMediaUploadRequest")
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


_values_WhatsappTemplateMediaUploadRequestMediaType = WhatsappTemplateMediaUploadRequestMediaType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "waba_id",
        "media_type",
        "file",
    )
)
