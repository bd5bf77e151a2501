from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            data = self.data.to_dict()

        sample_uuid: str | Unset | None
        if isinstance(self.sample_uuid, Unset):
            sample_uuid = UNSET
        else:
            sample_uuid = self.sample_uuid

        limit = self.limit

        input_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_data, Unset):
            input_data = self.input_data.to_dict()

        config_override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_override, Unset):
            config_override = self.config_override.to_dict()

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
        from ..models.test_flow_step_body_config_override import TestFlowStepBodyConfigOverride
        from ..models.test_flow_step_body_data import TestFlowStepBodyData
        from ..models.test_flow_step_body_input_data import TestFlowStepBodyInputData

        d = dict(src_dict)
        persist = d.pop("persist", UNSET)

        _data = d.pop("data", UNSET)
        data: TestFlowStepBodyData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TestFlowStepBodyData.from_dict(_data)

        def _parse_sample_uuid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sample_uuid = _parse_sample_uuid(d.pop("sample_uuid", UNSET))

        limit = d.pop("limit", UNSET)

        _input_data = d.pop("input_data", UNSET)
        input_data: TestFlowStepBodyInputData | Unset
        if isinstance(_input_data, Unset):
            input_data = UNSET
        else:
            input_data = TestFlowStepBodyInputData.from_dict(_input_data)

        _config_override = d.pop("config_override", UNSET)
        config_override: TestFlowStepBodyConfigOverride | Unset
        if isinstance(_config_override, Unset):
            config_override = UNSET
        else:
            config_override = TestFlowStepBodyConfigOverride.from_dict(_config_override)

        dry_run = d.pop("dry_run", UNSET)

        live = d.pop("live", UNSET)

        test_flow_step_body = cls(
            persist=persist,
            data=data,
            sample_uuid=sample_uuid,
            limit=limit,
            input_data=input_data,
            config_override=config_override,
            dry_run=dry_run,
            live=live,
        )

        test_flow_step_body.additional_properties = d
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
