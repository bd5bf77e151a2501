from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        name = self.name

        type_ = self.type_

        color = self.color

        availability_type_uuid: str | Unset = UNSET
        if not isinstance(self.availability_type_uuid, Unset):
            availability_type_uuid = str(self.availability_type_uuid)

        ai_agents: list[str] | Unset = UNSET
        if not isinstance(self.ai_agents, Unset):
            ai_agents = self.ai_agents

        human_agents: list[str] | Unset = UNSET
        if not isinstance(self.human_agents, Unset):
            human_agents = self.human_agents

        custom_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_questions, Unset):
            custom_questions = []
            for custom_questions_item_data in self.custom_questions:
                custom_questions_item = custom_questions_item_data.to_dict()
                custom_questions.append(custom_questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if availability_type_uuid is not UNSET:
            field_dict["availability_type_uuid"] = availability_type_uuid
        if ai_agents is not UNSET:
            field_dict["ai_agents"] = ai_agents
        if human_agents is not UNSET:
            field_dict["human_agents"] = human_agents
        if custom_questions is not UNSET:
            field_dict["custom_questions"] = custom_questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_custom_question import ScheduleCustomQuestion

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        color = d.pop("color", UNSET)

        _availability_type_uuid = d.pop("availability_type_uuid", UNSET)
        availability_type_uuid: UUID | Unset
        if isinstance(_availability_type_uuid, Unset):
            availability_type_uuid = UNSET
        else:
            availability_type_uuid = UUID(_availability_type_uuid)

        ai_agents = cast(list[str], d.pop("ai_agents", UNSET))

        human_agents = cast(list[str], d.pop("human_agents", UNSET))

        _custom_questions = d.pop("custom_questions", UNSET)
        custom_questions: list[ScheduleCustomQuestion] | Unset = UNSET
        if _custom_questions is not UNSET:
            custom_questions = []
            for custom_questions_item_data in _custom_questions:
                custom_questions_item = ScheduleCustomQuestion.from_dict(custom_questions_item_data)

                custom_questions.append(custom_questions_item)

        schedule_update_request = cls(
            name=name,
            type_=type_,
            color=color,
            availability_type_uuid=availability_type_uuid,
            ai_agents=ai_agents,
            human_agents=human_agents,
            custom_questions=custom_questions,
        )

        schedule_update_request.additional_properties = d
        return schedule_update_request

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
