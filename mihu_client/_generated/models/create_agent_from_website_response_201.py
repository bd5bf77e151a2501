from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.create_agent_from_website_response_201_data import CreateAgentFromWebsiteResponse201Data


T = TypeVar("T", bound="CreateAgentFromWebsiteResponse201")


@_attrs_define
class CreateAgentFromWebsiteResponse201:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: CreateAgentFromWebsiteResponse201Data | Unset = UNSET
    """ Generated agent and analysis; shape not shown on the stored page (an additional_analysis field is
    mentioned). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if hasattr(self.data, "to_dict") else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        success = d.get("success", UNSET)
        if success is None:
            success = unexpected_null("CreateAgentFromWebsiteResponse201.success")

        message = d.get("message", UNSET)
        if message is None:
            message = unexpected_null("CreateAgentFromWebsiteResponse201.message")

        data = d.get("data", UNSET)
        if data.__class__ is dict:
            data = _from_dict_CreateAgentFromWebsiteResponse201Data(data)
        elif data is None:
            data = unexpected_null("CreateAgentFromWebsiteResponse201.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "CreateAgentFromWebsiteResponse201.data")

        create_agent_from_website_response_201 = new_instance(cls)
        create_agent_from_website_response_201.success = success
        create_agent_from_website_response_201.message = message
        create_agent_from_website_response_201.data = data
        create_agent_from_website_response_201.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateAgentFromWebsiteResponse201")
        )
        return create_agent_from_website_response_201

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


_FIELD_NAMES = frozenset(
    (
        "success",
        "message",
        "data",
    )
)

from ..models.create_agent_from_website_response_201_data import CreateAgentFromWebsiteResponse201Data

_from_dict_CreateAgentFromWebsiteResponse201Data = CreateAgentFromWebsiteResponse201Data.from_dict
