from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_schedule_custom_question import AgentScheduleCustomQuestion


T = TypeVar("T", bound="AgentScheduleQuestions")


@_attrs_define
class AgentScheduleQuestions:
    inherit_from_schedule: bool | Unset = UNSET
    custom_questions: list[AgentScheduleCustomQuestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inherit_from_schedule = self.inherit_from_schedule

        custom_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_questions, Unset):
            custom_questions = []
            for custom_questions_item_data in self.custom_questions:
                custom_questions_item = custom_questions_item_data.to_dict()
                custom_questions.append(custom_questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inherit_from_schedule is not UNSET:
            field_dict["inherit_from_schedule"] = inherit_from_schedule
        if custom_questions is not UNSET:
            field_dict["custom_questions"] = custom_questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_schedule_custom_question import AgentScheduleCustomQuestion

        d = dict(src_dict)
        inherit_from_schedule = d.pop("inherit_from_schedule", UNSET)

        _custom_questions = d.pop("custom_questions", UNSET)
        custom_questions: list[AgentScheduleCustomQuestion] | Unset = UNSET
        if _custom_questions is not UNSET:
            custom_questions = []
            for custom_questions_item_data in _custom_questions:
                custom_questions_item = AgentScheduleCustomQuestion.from_dict(custom_questions_item_data)

                custom_questions.append(custom_questions_item)

        agent_schedule_questions = cls(
            inherit_from_schedule=inherit_from_schedule,
            custom_questions=custom_questions,
        )

        agent_schedule_questions.additional_properties = d
        return agent_schedule_questions

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
