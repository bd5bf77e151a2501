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
)

T = TypeVar("T", bound="EvaluateSessionization")


@_attrs_define
class EvaluateSessionization:
    session_mode: str | Unset = UNSET
    """ How messages are grouped into sessions (example value sliding_timeout; full set not visible). """
    timeout_minutes: int | Unset = UNSET
    """ Idle minutes after which a session is closed and analyzed. """
    report_language: str | Unset = UNSET
    """ Language of the generated session summary. """
    summary_prompt: str | Unset = UNSET
    """ Instruction used to write the human-readable session summary. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_session_mode = self.session_mode

        v_timeout_minutes = self.timeout_minutes

        v_report_language = self.report_language

        v_summary_prompt = self.summary_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_session_mode is not UNSET:
            field_dict["session_mode"] = v_session_mode
        if v_timeout_minutes is not UNSET:
            field_dict["timeout_minutes"] = v_timeout_minutes
        if v_report_language is not UNSET:
            field_dict["report_language"] = v_report_language
        if v_summary_prompt is not UNSET:
            field_dict["summary_prompt"] = v_summary_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_session_mode = d.get("session_mode", UNSET)
        if v_session_mode is None:
            v_session_mode = unexpected_null("EvaluateSessionization.session_mode")

        v_timeout_minutes = d.get("timeout_minutes", UNSET)
        if v_timeout_minutes is None:
            v_timeout_minutes = unexpected_null("EvaluateSessionization.timeout_minutes")

        v_report_language = d.get("report_language", UNSET)
        if v_report_language is None:
            v_report_language = unexpected_null("EvaluateSessionization.report_language")

        v_summary_prompt = d.get("summary_prompt", UNSET)
        if v_summary_prompt is None:
            v_summary_prompt = unexpected_null("EvaluateSessionization.summary_prompt")

        _instance = new_instance(cls)
        _instance.session_mode = v_session_mode
        _instance.timeout_minutes = v_timeout_minutes
        _instance.report_language = v_report_language
        _instance.summary_prompt = v_summary_prompt
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "session_mode",
        "timeout_minutes",
        "report_language",
        "summary_prompt",
    )
)
