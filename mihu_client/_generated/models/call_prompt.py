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

T = TypeVar("T", bound="CallPrompt")


@_attrs_define
class CallPrompt:
    overwrite: bool | Unset = UNSET
    """ Replace the agent's configured prompt instead of adding to it. """
    content: str | Unset = UNSET
    """ Prompt text for this call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overwrite = self.overwrite

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        overwrite = d.get("overwrite", UNSET)
        if overwrite is None:
            overwrite = unexpected_null("CallPrompt.overwrite")

        content = d.get("content", UNSET)
        if content is None:
            content = unexpected_null("CallPrompt.content")

        call_prompt = new_instance(cls)
        call_prompt.overwrite = overwrite
        call_prompt.content = content
        call_prompt.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallPrompt")
        )
        return call_prompt

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
        "overwrite",
        "content",
    )
)
