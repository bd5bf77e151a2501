from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="SyncWhatsappTemplatesBody")


@_attrs_define
class SyncWhatsappTemplatesBody:
    waba_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        waba_id = self.waba_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "waba_id": waba_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        waba_id = d.get("waba_id", UNSET)
        if waba_id is UNSET:
            waba_id = missing("SyncWhatsappTemplatesBody.waba_id")
        if waba_id is None:
            waba_id = unexpected_null("SyncWhatsappTemplatesBody.waba_id")

        sync_whatsapp_templates_body = new_instance(cls)
        sync_whatsapp_templates_body.waba_id = waba_id
        sync_whatsapp_templates_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SyncWhatsappTemplatesBody")
        )
        return sync_whatsapp_templates_body

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


_FIELD_NAMES = frozenset(("waba_id",))
