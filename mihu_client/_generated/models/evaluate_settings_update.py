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
)

if TYPE_CHECKING:
    from ..models.evaluate_channel_settings import EvaluateChannelSettings
    from ..models.evaluate_sessionization import EvaluateSessionization


T = TypeVar("T", bound="EvaluateSettingsUpdate")


@_attrs_define
class EvaluateSettingsUpdate:
    """Partial update of evaluate settings; only the keys sent are changed."""

    is_active: bool | Unset = UNSET
    sessionization: EvaluateSessionization | Unset = UNSET
    text: EvaluateChannelSettings | Unset = UNSET
    """ Per-channel-family (text or voice) analyzer feature map. """
    voice: EvaluateChannelSettings | Unset = UNSET
    """ Per-channel-family (text or voice) analyzer feature map. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        sessionization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sessionization, Unset):
            sessionization = (
                self.sessionization.to_dict() if hasattr(self.sessionization, "to_dict") else self.sessionization
            )

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict() if hasattr(self.text, "to_dict") else self.text

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict() if hasattr(self.voice, "to_dict") else self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if sessionization is not UNSET:
            field_dict["sessionization"] = sessionization
        if text is not UNSET:
            field_dict["text"] = text
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("EvaluateSettingsUpdate.is_active")

        sessionization = d.get("sessionization", UNSET)
        if sessionization.__class__ is dict:
            sessionization = _from_dict_EvaluateSessionization(sessionization)
        elif sessionization is None:
            sessionization = unexpected_null("EvaluateSettingsUpdate.sessionization")
        elif sessionization is not UNSET and sessionization is not None:
            sessionization = mismatch(sessionization, "EvaluateSettingsUpdate.sessionization")

        text = d.get("text", UNSET)
        if text.__class__ is dict:
            text = _from_dict_EvaluateChannelSettings(text)
        elif text is None:
            text = unexpected_null("EvaluateSettingsUpdate.text")
        elif text is not UNSET and text is not None:
            text = mismatch(text, "EvaluateSettingsUpdate.text")

        voice = d.get("voice", UNSET)
        if voice.__class__ is dict:
            voice = _from_dict_EvaluateChannelSettings(voice)
        elif voice is None:
            voice = unexpected_null("EvaluateSettingsUpdate.voice")
        elif voice is not UNSET and voice is not None:
            voice = mismatch(voice, "EvaluateSettingsUpdate.voice")

        evaluate_settings_update = new_instance(cls)
        evaluate_settings_update.is_active = is_active
        evaluate_settings_update.sessionization = sessionization
        evaluate_settings_update.text = text
        evaluate_settings_update.voice = voice
        evaluate_settings_update.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return evaluate_settings_update

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
        "is_active",
        "sessionization",
        "text",
        "voice",
    )
)

from ..models.evaluate_channel_settings import EvaluateChannelSettings
from ..models.evaluate_sessionization import EvaluateSessionization

_from_dict_EvaluateSessionization = EvaluateSessionization.from_dict

_from_dict_EvaluateChannelSettings = EvaluateChannelSettings.from_dict

_from_dict_EvaluateChannelSettings = EvaluateChannelSettings.from_dict
