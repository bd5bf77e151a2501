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
        name = self.name

        type_ = self.type_

        color = self.color

        availability_type_uuid: str | Unset = UNSET
        if not isinstance(self.availability_type_uuid, Unset):
            availability_type_uuid = (
                str(self.availability_type_uuid)
                if isinstance(self.availability_type_uuid, UUID)
                else self.availability_type_uuid
            )

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
                custom_questions_item = (
                    custom_questions_item_data.to_dict()
                    if hasattr(custom_questions_item_data, "to_dict")
                    else custom_questions_item_data
                )
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ScheduleUpdateRequest.name")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("ScheduleUpdateRequest.type")

        color = d.get("color", UNSET)
        if color is None:
            color = unexpected_null("ScheduleUpdateRequest.color")

        availability_type_uuid = d.get("availability_type_uuid", UNSET)
        if availability_type_uuid.__class__ is str:
            availability_type_uuid = parse_uuid(availability_type_uuid, "ScheduleUpdateRequest.availability_type_uuid")
        elif availability_type_uuid is None:
            availability_type_uuid = unexpected_null("ScheduleUpdateRequest.availability_type_uuid")
        elif availability_type_uuid is not UNSET and availability_type_uuid is not None:
            availability_type_uuid = mismatch(availability_type_uuid, "ScheduleUpdateRequest.availability_type_uuid")

        ai_agents = d.get("ai_agents", UNSET)
        if ai_agents is None:
            ai_agents = unexpected_null("ScheduleUpdateRequest.ai_agents")

        human_agents = d.get("human_agents", UNSET)
        if human_agents is None:
            human_agents = unexpected_null("ScheduleUpdateRequest.human_agents")

        custom_questions = d.get("custom_questions", UNSET)
        if custom_questions.__class__ is list:
            custom_questions = [
                _from_dict_ScheduleCustomQuestion(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ScheduleUpdateRequest.custom_questions", False)
                for _i0 in custom_questions
            ]
        elif custom_questions is None:
            custom_questions = unexpected_null("ScheduleUpdateRequest.custom_questions")
        elif custom_questions is not UNSET and custom_questions is not None:
            custom_questions = mismatch(custom_questions, "ScheduleUpdateRequest.custom_questions")

        schedule_update_request = new_instance(cls)
        schedule_update_request.name = name
        schedule_update_request.type_ = type_
        schedule_update_request.color = color
        schedule_update_request.availability_type_uuid = availability_type_uuid
        schedule_update_request.ai_agents = ai_agents
        schedule_update_request.human_agents = human_agents
        schedule_update_request.custom_questions = custom_questions
        schedule_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ScheduleUpdateRequest")
        )
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


_FIELD_NAMES = frozenset(
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
