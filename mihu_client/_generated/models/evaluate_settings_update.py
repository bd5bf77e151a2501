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
        v_is_active = self.is_active

        v_sessionization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sessionization, Unset):
            v_sessionization = (
                self.sessionization.to_dict()
                if isinstance(self.sessionization, EvaluateSessionization)
                else self.sessionization
            )

        v_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            v_text = self.text.to_dict() if isinstance(self.text, EvaluateChannelSettings) else self.text

        v_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            v_voice = self.voice.to_dict() if isinstance(self.voice, EvaluateChannelSettings) else self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active
        if v_sessionization is not UNSET:
            field_dict["sessionization"] = v_sessionization
        if v_text is not UNSET:
            field_dict["text"] = v_text
        if v_voice is not UNSET:
            field_dict["voice"] = v_voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("EvaluateSettingsUpdate.is_active")

        v_sessionization = d.get("sessionization", UNSET)
        if v_sessionization.__class__ is dict:
            v_sessionization = _from_dict_EvaluateSessionization(v_sessionization)
        elif v_sessionization is None:
            v_sessionization = unexpected_null("EvaluateSettingsUpdate.sessionization")
        elif v_sessionization is not UNSET and v_sessionization is not None:
            v_sessionization = mismatch(v_sessionization, "EvaluateSettingsUpdate.sessionization")

        v_text = d.get("text", UNSET)
        if v_text.__class__ is dict:
            v_text = _from_dict_EvaluateChannelSettings(v_text)
        elif v_text is None:
            v_text = unexpected_null("EvaluateSettingsUpdate.text")
        elif v_text is not UNSET and v_text is not None:
            v_text = mismatch(v_text, "EvaluateSettingsUpdate.text")

        v_voice = d.get("voice", UNSET)
        if v_voice.__class__ is dict:
            v_voice = _from_dict_EvaluateChannelSettings(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("EvaluateSettingsUpdate.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "EvaluateSettingsUpdate.voice")

        _instance = new_instance(cls)
        _instance.is_active = v_is_active
        _instance.sessionization = v_sessionization
        _instance.text = v_text
        _instance.voice = v_voice
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
