from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            sessionization = self.sessionization.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

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
        from ..models.evaluate_channel_settings import EvaluateChannelSettings
        from ..models.evaluate_sessionization import EvaluateSessionization

        d = dict(src_dict)
        is_active = d.pop("is_active", UNSET)

        _sessionization = d.pop("sessionization", UNSET)
        sessionization: EvaluateSessionization | Unset
        if isinstance(_sessionization, Unset):
            sessionization = UNSET
        else:
            sessionization = EvaluateSessionization.from_dict(_sessionization)

        _text = d.pop("text", UNSET)
        text: EvaluateChannelSettings | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = EvaluateChannelSettings.from_dict(_text)

        _voice = d.pop("voice", UNSET)
        voice: EvaluateChannelSettings | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = EvaluateChannelSettings.from_dict(_voice)

        evaluate_settings_update = cls(
            is_active=is_active,
            sessionization=sessionization,
            text=text,
            voice=voice,
        )

        evaluate_settings_update.additional_properties = d
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
