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
        v_persist = self.persist

        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, TestFlowStepBodyData) else self.data

        v_sample_uuid: str | Unset | None
        if isinstance(self.sample_uuid, Unset):
            v_sample_uuid = UNSET
        else:
            v_sample_uuid = self.sample_uuid

        v_limit = self.limit

        v_input_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_data, Unset):
            v_input_data = (
                self.input_data.to_dict() if isinstance(self.input_data, TestFlowStepBodyInputData) else self.input_data
            )

        v_config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            v_config_override = (
                self.config_override.to_dict()
                if isinstance(self.config_override, TestFlowStepBodyConfigOverride)
                else self.config_override
            )

        v_dry_run = self.dry_run

        v_live = self.live

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_persist is not UNSET:
            field_dict["persist"] = v_persist
        if v_data is not UNSET:
            field_dict["data"] = v_data
        if v_sample_uuid is not UNSET:
            field_dict["sample_uuid"] = v_sample_uuid
        if v_limit is not UNSET:
            field_dict["limit"] = v_limit
        if v_input_data is not UNSET:
            field_dict["input_data"] = v_input_data
        if v_config_override is not UNSET:
            field_dict["config_override"] = v_config_override
        if v_dry_run is not UNSET:
            field_dict["dry_run"] = v_dry_run
        if v_live is not UNSET:
            field_dict["live"] = v_live

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_persist = d.get("persist", UNSET)
        if v_persist is None:
            v_persist = unexpected_null("TestFlowStepBody.persist")

        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_TestFlowStepBodyData(v_data)
        elif v_data is None:
            v_data = unexpected_null("TestFlowStepBody.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "TestFlowStepBody.data")

        v_sample_uuid = d.get("sample_uuid", UNSET)

        v_limit = d.get("limit", UNSET)
        if v_limit is None:
            v_limit = unexpected_null("TestFlowStepBody.limit")

        v_input_data = d.get("input_data", UNSET)
        if v_input_data.__class__ is dict:
            v_input_data = _from_dict_TestFlowStepBodyInputData(v_input_data)
        elif v_input_data is None:
            v_input_data = unexpected_null("TestFlowStepBody.input_data")
        elif v_input_data is not UNSET and v_input_data is not None:
            v_input_data = mismatch(v_input_data, "TestFlowStepBody.input_data")

        v_config_override = d.get("config_override", UNSET)
        if v_config_override.__class__ is dict:
            v_config_override = _from_dict_TestFlowStepBodyConfigOverride(v_config_override)
        elif v_config_override is None:
            v_config_override = unexpected_null("TestFlowStepBody.config_override")
        elif v_config_override is not UNSET and v_config_override is not None:
            v_config_override = mismatch(v_config_override, "TestFlowStepBody.config_override")

        v_dry_run = d.get("dry_run", UNSET)
        if v_dry_run is None:
            v_dry_run = unexpected_null("TestFlowStepBody.dry_run")

        v_live = d.get("live", UNSET)
        if v_live is None:
            v_live = unexpected_null("TestFlowStepBody.live")

        _instance = new_instance(cls)
        _instance.persist = v_persist
        _instance.data = v_data
        _instance.sample_uuid = v_sample_uuid
        _instance.limit = v_limit
        _instance.input_data = v_input_data
        _instance.config_override = v_config_override
        _instance.dry_run = v_dry_run
        _instance.live = v_live
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TestFlowStepBody")
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
