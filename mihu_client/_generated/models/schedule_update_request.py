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
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.schedule_custom_question import ScheduleCustomQuestion


T = TypeVar("T", bound="ScheduleUpdateRequest")


@_attrs_define
class ScheduleUpdateRequest:
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    color: str | Unset = UNSET
    availability_type_uuid: UUID | Unset = UNSET
    ai_agents: list[str] | Unset = UNSET
    human_agents: list[str] | Unset = UNSET
    custom_questions: list[ScheduleCustomQuestion] | Unset = UNSET
    """ Booking questions; type falls back to text and required to false when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_type_ = self.type_

        v_color = self.color

        v_availability_type_uuid: str | Unset = UNSET
        if not isinstance(self.availability_type_uuid, Unset):
            v_availability_type_uuid = (
                str(self.availability_type_uuid)
                if isinstance(self.availability_type_uuid, UUID)
                else self.availability_type_uuid
            )

        v_ai_agents: list[str] | Unset = UNSET
        if not isinstance(self.ai_agents, Unset):
            v_ai_agents = self.ai_agents

        v_human_agents: list[str] | Unset = UNSET
        if not isinstance(self.human_agents, Unset):
            v_human_agents = self.human_agents

        v_custom_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_questions, Unset):
            if isinstance(self.custom_questions, list):
                v_custom_questions = []
                for v_custom_questions_item_data in self.custom_questions:
                    v_custom_questions_item = (
                        v_custom_questions_item_data.to_dict()
                        if isinstance(v_custom_questions_item_data, ScheduleCustomQuestion)
                        else v_custom_questions_item_data
                    )
                    v_custom_questions.append(v_custom_questions_item)
            else:
                v_custom_questions = self.custom_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_color is not UNSET:
            field_dict["color"] = v_color
        if v_availability_type_uuid is not UNSET:
            field_dict["availability_type_uuid"] = v_availability_type_uuid
        if v_ai_agents is not UNSET:
            field_dict["ai_agents"] = v_ai_agents
        if v_human_agents is not UNSET:
            field_dict["human_agents"] = v_human_agents
        if v_custom_questions is not UNSET:
            field_dict["custom_questions"] = v_custom_questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("ScheduleUpdateRequest.name")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("ScheduleUpdateRequest.type")

        v_color = d.get("color", UNSET)
        if v_color is None:
            v_color = unexpected_null("ScheduleUpdateRequest.color")

        v_availability_type_uuid = d.get("availability_type_uuid", UNSET)
        if v_availability_type_uuid.__class__ is str:
            v_availability_type_uuid = parse_uuid(
                v_availability_type_uuid, "ScheduleUpdateRequest.availability_type_uuid"
            )
        elif v_availability_type_uuid is None:
            v_availability_type_uuid = unexpected_null("ScheduleUpdateRequest.availability_type_uuid")
        elif v_availability_type_uuid is not UNSET and v_availability_type_uuid is not None:
            v_availability_type_uuid = mismatch(
                v_availability_type_uuid, "ScheduleUpdateRequest.availability_type_uuid"
            )

        v_ai_agents = d.get("ai_agents", UNSET)
        if v_ai_agents is None:
            v_ai_agents = unexpected_null("ScheduleUpdateRequest.ai_agents")

        v_human_agents = d.get("human_agents", UNSET)
        if v_human_agents is None:
            v_human_agents = unexpected_null("ScheduleUpdateRequest.human_agents")

        v_custom_questions = d.get("custom_questions", UNSET)
        if v_custom_questions.__class__ is list:
            v_custom_questions = [
                _from_dict_ScheduleCustomQuestion(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ScheduleUpdateRequest.custom_questions", False)
                for _i0 in v_custom_questions
            ]
        elif v_custom_questions is None:
            v_custom_questions = unexpected_null("ScheduleUpdateRequest.custom_questions")
        elif v_custom_questions is not UNSET and v_custom_questions is not None:
            v_custom_questions = mismatch(v_custom_questions, "ScheduleUpdateRequest.custom_questions")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.type_ = v_type_
        _instance.color = v_color
        _instance.availability_type_uuid = v_availability_type_uuid
        _instance.ai_agents = v_ai_agents
        _instance.human_agents = v_human_agents
        _instance.custom_questions = v_custom_questions
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ScheduleUpdateRequest")
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
        "name",
        "type",
        "color",
        "availability_type_uuid",
        "ai_agents",
        "human_agents",
        "custom_questions",
    )
)

from ..models.schedule_custom_question import ScheduleCustomQuestion

_from_dict_ScheduleCustomQuestion = ScheduleCustomQuestion.from_dict
