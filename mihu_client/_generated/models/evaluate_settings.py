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
        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_is_default = self.is_default

        v_is_active = self.is_active

        v_source = self.source

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
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_is_default is not UNSET:
            field_dict["is_default"] = v_is_default
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active
        if v_source is not UNSET:
            field_dict["source"] = v_source
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
        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "EvaluateSettings.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "EvaluateSettings.agent_uuid")

        v_is_default = d.get("is_default", UNSET)
        if v_is_default is None:
            v_is_default = unexpected_null("EvaluateSettings.is_default")

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("EvaluateSettings.is_active")

        v_source = d.get("source", UNSET)
        if v_source is None:
            v_source = unexpected_null("EvaluateSettings.source")

        v_sessionization = d.get("sessionization", UNSET)
        if v_sessionization.__class__ is dict:
            v_sessionization = _from_dict_EvaluateSessionization(v_sessionization)
        elif v_sessionization is None:
            v_sessionization = unexpected_null("EvaluateSettings.sessionization")
        elif v_sessionization is not UNSET and v_sessionization is not None:
            v_sessionization = mismatch(v_sessionization, "EvaluateSettings.sessionization")

        v_text = d.get("text", UNSET)
        if v_text.__class__ is dict:
            v_text = _from_dict_EvaluateChannelSettings(v_text)
        elif v_text is None:
            v_text = unexpected_null("EvaluateSettings.text")
        elif v_text is not UNSET and v_text is not None:
            v_text = mismatch(v_text, "EvaluateSettings.text")

        v_voice = d.get("voice", UNSET)
        if v_voice.__class__ is dict:
            v_voice = _from_dict_EvaluateChannelSettings(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("EvaluateSettings.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "EvaluateSettings.voice")

        _instance = new_instance(cls)
        _instance.agent_uuid = v_agent_uuid
        _instance.is_default = v_is_default
        _instance.is_active = v_is_active
        _instance.source = v_source
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
