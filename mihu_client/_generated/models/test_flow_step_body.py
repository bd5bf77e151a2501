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
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.test_flow_step_body_config_override import TestFlowStepBodyConfigOverride
    from ..models.test_flow_step_body_data import TestFlowStepBodyData
    from ..models.test_flow_step_body_input_data import TestFlowStepBodyInputData


T = TypeVar("T", bound="TestFlowStepBody")


@_attrs_define
class TestFlowStepBody:
    persist: bool | Unset = True
    """ Store the result on the step and activate it; false tests without saving. """
    data: TestFlowStepBodyData | Unset = UNSET
    """ (triggers) Manual sample payload; skips the auto-fetch. """
    sample_uuid: str | Unset | None = UNSET
    """ (triggers) Pick one record from the fetched samples. """
    limit: int | Unset = 10
    """ (triggers) Maximum samples to return. """
    input_data: TestFlowStepBodyInputData | Unset = UNSET
    """ (actions) Override upstream {{stepN...}} values. """
    config_override: TestFlowStepBodyConfigOverride | Unset = UNSET
    """ (actions) Test with a different config without saving it. """
    dry_run: bool | Unset = False
    """ (actions) Force validation only. """
    live: bool | Unset = False
    """ (actions) Force real execution, bypassing the safe-list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persist = self.persist

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if hasattr(self.data, "to_dict") else self.data

        sample_uuid: str | Unset | None
        if isinstance(self.sample_uuid, Unset):
            sample_uuid = UNSET
        else:
            sample_uuid = self.sample_uuid

        limit = self.limit

        input_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_data, Unset):
            input_data = self.input_data.to_dict() if hasattr(self.input_data, "to_dict") else self.input_data

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = (
                self.config_override.to_dict() if hasattr(self.config_override, "to_dict") else self.config_override
            )

        dry_run = self.dry_run

        live = self.live

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if persist is not UNSET:
            field_dict["persist"] = persist
        if data is not UNSET:
            field_dict["data"] = data
        if sample_uuid is not UNSET:
            field_dict["sample_uuid"] = sample_uuid
        if limit is not UNSET:
            field_dict["limit"] = limit
        if input_data is not UNSET:
            field_dict["input_data"] = input_data
        if config_override is not UNSET:
            field_dict["config_override"] = config_override
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if live is not UNSET:
            field_dict["live"] = live

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        persist = d.get("persist", UNSET)
        if persist is None:
            persist = unexpected_null("TestFlowStepBody.persist")

        data = d.get("data", UNSET)
        if data.__class__ is dict:
            data = _from_dict_TestFlowStepBodyData(data)
        elif data is None:
            data = unexpected_null("TestFlowStepBody.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "TestFlowStepBody.data")

        sample_uuid = d.get("sample_uuid", UNSET)

        limit = d.get("limit", UNSET)
        if limit is None:
            limit = unexpected_null("TestFlowStepBody.limit")

        input_data = d.get("input_data", UNSET)
        if input_data.__class__ is dict:
            input_data = _from_dict_TestFlowStepBodyInputData(input_data)
        elif input_data is None:
            input_data = unexpected_null("TestFlowStepBody.input_data")
        elif input_data is not UNSET and input_data is not None:
            input_data = mismatch(input_data, "TestFlowStepBody.input_data")

        config_override = d.get("config_override", UNSET)
        if config_override.__class__ is dict:
            config_override = _from_dict_TestFlowStepBodyConfigOverride(config_override)
        elif config_override is None:
            config_override = unexpected_null("TestFlowStepBody.config_override")
        elif config_override is not UNSET and config_override is not None:
            config_override = mismatch(config_override, "TestFlowStepBody.config_override")

        dry_run = d.get("dry_run", UNSET)
        if dry_run is None:
            dry_run = unexpected_null("TestFlowStepBody.dry_run")

        live = d.get("live", UNSET)
        if live is None:
            live = unexpected_null("TestFlowStepBody.live")

        test_flow_step_body = new_instance(cls)
        test_flow_step_body.persist = persist
        test_flow_step_body.data = data
        test_flow_step_body.sample_uuid = sample_uuid
        test_flow_step_body.limit = limit
        test_flow_step_body.input_data = input_data
        test_flow_step_body.config_override = config_override
        test_flow_step_body.dry_run = dry_run
        test_flow_step_body.live = live
        test_flow_step_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TestFlowStepBody")
        )
        return test_flow_step_body

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
        "persist",
        "data",
        "sample_uuid",
        "limit",
        "input_data",
        "config_override",
        "dry_run",
        "live",
    )
)

from ..models.test_flow_step_body_config_override import TestFlowStepBodyConfigOverride
from ..models.test_flow_step_body_data import TestFlowStepBodyData
from ..models.test_flow_step_body_input_data import TestFlowStepBodyInputData

_from_dict_TestFlowStepBodyData = TestFlowStepBodyData.from_dict


_from_dict_TestFlowStepBodyInputData = TestFlowStepBodyInputData.from_dict

_from_dict_TestFlowStepBodyConfigOverride = TestFlowStepBodyConfigOverride.from_dict
