from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            agent_uuid = str(self.agent_uuid)
        else:
            agent_uuid = self.agent_uuid

        is_default = self.is_default

        is_active = self.is_active

        source = self.source

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
        from ..models.evaluate_channel_settings import EvaluateChannelSettings
        from ..models.evaluate_sessionization import EvaluateSessionization

        d = dict(src_dict)

        def _parse_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_uuid_type_0 = UUID(data)

                return agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agent_uuid = _parse_agent_uuid(d.pop("agent_uuid", UNSET))

        is_default = d.pop("is_default", UNSET)

        is_active = d.pop("is_active", UNSET)

        source = d.pop("source", UNSET)

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

        evaluate_settings = cls(
            agent_uuid=agent_uuid,
            is_default=is_default,
            is_active=is_active,
            source=source,
            sessionization=sessionization,
            text=text,
            voice=voice,
        )

        evaluate_settings.additional_properties = d
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
