from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.evaluate_channel_settings import EvaluateChannelSettings
    from ..models.evaluate_sessionization import EvaluateSessionization


T = TypeVar("T", bound="EvaluateSettings")


@_attrs_define
class EvaluateSettings:
    """Evaluate (sessionization + analyzer) configuration of an agent or of the workspace default."""

    agent_uuid: Unset | UUID | None = UNSET
    """ Agent owning the override (nullable added: the workspace default presumably has none). """
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    """ false disables every analyzer (and the summary) for the agent. """
    source: str | Unset = UNSET
    """ Where the effective config comes from (example 'agent'). """
    sessionization: EvaluateSessionization | Unset = UNSET
    text: EvaluateChannelSettings | Unset = UNSET
    """ Per-channel-family (text or voice) analyzer feature map. """
    voice: EvaluateChannelSettings | Unset = UNSET
    """ Per-channel-family (text or voice) analyzer feature map. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        is_default = self.is_default

        is_active = self.is_active

        source = self.source

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
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if source is not UNSET:
            field_dict["source"] = source
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
        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "EvaluateSettings.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "EvaluateSettings.agent_uuid")

        is_default = d.get("is_default", UNSET)
        if is_default is None:
            is_default = unexpected_null("EvaluateSettings.is_default")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("EvaluateSettings.is_active")

        source = d.get("source", UNSET)
        if source is None:
            source = unexpected_null("EvaluateSettings.source")

        sessionization = d.get("sessionization", UNSET)
        if sessionization.__class__ is dict:
            sessionization = _from_dict_EvaluateSessionization(sessionization)
        elif sessionization is None:
            sessionization = unexpected_null("EvaluateSettings.sessionization")
        elif sessionization is not UNSET and sessionization is not None:
            sessionization = mismatch(sessionization, "EvaluateSettings.sessionization")

        text = d.get("text", UNSET)
        if text.__class__ is dict:
            text = _from_dict_EvaluateChannelSettings(text)
        elif text is None:
            text = unexpected_null("EvaluateSettings.text")
        elif text is not UNSET and text is not None:
            text = mismatch(text, "EvaluateSettings.text")

        voice = d.get("voice", UNSET)
        if voice.__class__ is dict:
            voice = _from_dict_EvaluateChannelSettings(voice)
        elif voice is None:
            voice = unexpected_null("EvaluateSettings.voice")
        elif voice is not UNSET and voice is not None:
            voice = mismatch(voice, "EvaluateSettings.voice")

        evaluate_settings = new_instance(cls)
        evaluate_settings.agent_uuid = agent_uuid
        evaluate_settings.is_default = is_default
        evaluate_settings.is_active = is_active
        evaluate_settings.source = source
        evaluate_settings.sessionization = sessionization
        evaluate_settings.text = text
        evaluate_settings.voice = voice
        evaluate_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return evaluate_settings

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
        "agent_uuid",
        "is_default",
        "is_active",
        "source",
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
