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

T = TypeVar("T", bound="AgentVoiceCompliance")


@_attrs_define
class AgentVoiceCompliance:
    eu_gdpr_compliance: bool | Unset = UNSET
    hipaa_compliance: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_eu_gdpr_compliance = self.eu_gdpr_compliance

        v_hipaa_compliance = self.hipaa_compliance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_eu_gdpr_compliance is not UNSET:
            field_dict["eu_gdpr_compliance"] = v_eu_gdpr_compliance
        if v_hipaa_compliance is not UNSET:
            field_dict["hipaa_compliance"] = v_hipaa_compliance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_eu_gdpr_compliance = d.get("eu_gdpr_compliance", UNSET)
        if v_eu_gdpr_compliance is None:
            v_eu_gdpr_compliance = unexpected_null("AgentVoiceCompliance.eu_gdpr_compliance")

        v_hipaa_compliance = d.get("hipaa_compliance", UNSET)
        if v_hipaa_compliance is None:
            v_hipaa_compliance = unexpected_null("AgentVoiceCompliance.hipaa_compliance")

        _instance = new_instance(cls)
        _instance.eu_gdpr_compliance = v_eu_gdpr_compliance
        _instance.hipaa_compliance = v_hipaa_compliance
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceCompliance")
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
        "eu_gdpr_compliance",
        "hipaa_compliance",
    )
)
