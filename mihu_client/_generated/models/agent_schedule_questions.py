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
    odd_item,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.agent_schedule_custom_question import AgentScheduleCustomQuestion


T = TypeVar("T", bound="AgentScheduleQuestions")


@_attrs_define
class AgentScheduleQuestions:
    inherit_from_schedule: bool | Unset = UNSET
    custom_questions: list[AgentScheduleCustomQuestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_inherit_from_schedule = self.inherit_from_schedule

        v_custom_questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_questions, Unset):
            if isinstance(self.custom_questions, list):
                v_custom_questions = []
                for v_custom_questions_item_data in self.custom_questions:
                    v_custom_questions_item = (
                        v_custom_questions_item_data.to_dict()
                        if isinstance(v_custom_questions_item_data, AgentScheduleCustomQuestion)
                        else v_custom_questions_item_data
                    )
                    v_custom_questions.append(v_custom_questions_item)
            else:
                v_custom_questions = self.custom_questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_inherit_from_schedule is not UNSET:
            field_dict["inherit_from_schedule"] = v_inherit_from_schedule
        if v_custom_questions is not UNSET:
            field_dict["custom_questions"] = v_custom_questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_inherit_from_schedule = d.get("inherit_from_schedule", UNSET)
        if v_inherit_from_schedule is None:
            v_inherit_from_schedule = unexpected_null("AgentScheduleQuestions.inherit_from_schedule")

        v_custom_questions = d.get("custom_questions", UNSET)
        if v_custom_questions.__class__ is list:
            v_custom_questions = [
                _from_dict_AgentScheduleCustomQuestion(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentScheduleQuestions.custom_questions", False)
                for _i0 in v_custom_questions
            ]
        elif v_custom_questions is None:
            v_custom_questions = unexpected_null("AgentScheduleQuestions.custom_questions")
        elif v_custom_questions is not UNSET and v_custom_questions is not None:
            v_custom_questions = mismatch(v_custom_questions, "AgentScheduleQuestions.custom_questions")

        _instance = new_instance(cls)
        _instance.inherit_from_schedule = v_inherit_from_schedule
        _instance.custom_questions = v_custom_questions
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
        "inherit_from_schedule",
        "custom_questions",
    )
)

from ..models.agent_schedule_custom_question import AgentScheduleCustomQuestion

_from_dict_AgentScheduleCustomQuestion = AgentScheduleCustomQuestion.from_dict
