from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AgentFromWebsiteInput")


@_attrs_define
class AgentFromWebsiteInput:
    source_url: str | Unset | None = UNSET
    """ Site or documentation URL to analyse; needed unless analysis_prompt is given. """
    language: str | Unset = UNSET
    """ ISO 639-1 output language; workspace language when omitted. """
    analysis_prompt: str | Unset | None = UNSET
    """ Extra analysis instruction; result returned in additional_analysis. """
    search_country: str | Unset | None = UNSET
    """ ISO 3166-1 alpha-2 country code. """
    search_region: str | Unset | None = UNSET
    search_city: str | Unset | None = UNSET
    search_latitude: float | Unset | None = UNSET
    search_longitude: float | Unset | None = UNSET
    """ Inferred: the stored excerpt is cut off while describing search_latitude ('Use with search…'); the sibling
    Agentic Search page has the same parameter set including search_longitude. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_source_url: str | Unset | None
        if isinstance(self.source_url, Unset):
            v_source_url = UNSET
        else:
            v_source_url = self.source_url

        v_language = self.language

        v_analysis_prompt: str | Unset | None
        if isinstance(self.analysis_prompt, Unset):
            v_analysis_prompt = UNSET
        else:
            v_analysis_prompt = self.analysis_prompt

        v_search_country: str | Unset | None
        if isinstance(self.search_country, Unset):
            v_search_country = UNSET
        else:
            v_search_country = self.search_country

        v_search_region: str | Unset | None
        if isinstance(self.search_region, Unset):
            v_search_region = UNSET
        else:
            v_search_region = self.search_region

        v_search_city: str | Unset | None
        if isinstance(self.search_city, Unset):
            v_search_city = UNSET
        else:
            v_search_city = self.search_city

        v_search_latitude: float | Unset | None
        if isinstance(self.search_latitude, Unset):
            v_search_latitude = UNSET
        else:
            v_search_latitude = self.search_latitude

        v_search_longitude: float | Unset | None
        if isinstance(self.search_longitude, Unset):
            v_search_longitude = UNSET
        else:
            v_search_longitude = self.search_longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_source_url is not UNSET:
            field_dict["source_url"] = v_source_url
        if v_language is not UNSET:
            field_dict["language"] = v_language
        if v_analysis_prompt is not UNSET:
            field_dict["analysis_prompt"] = v_analysis_prompt
        if v_search_country is not UNSET:
            field_dict["search_country"] = v_search_country
        if v_search_region is not UNSET:
            field_dict["search_region"] = v_search_region
        if v_search_city is not UNSET:
            field_dict["search_city"] = v_search_city
        if v_search_latitude is not UNSET:
            field_dict["search_latitude"] = v_search_latitude
        if v_search_longitude is not UNSET:
            field_dict["search_longitude"] = v_search_longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_source_url = d.get("source_url", UNSET)

        v_language = d.get("language", UNSET)
        if v_language is None:
            v_language = unexpected_null("AgentFromWebsiteInput.language")

        v_analysis_prompt = d.get("analysis_prompt", UNSET)

        v_search_country = d.get("search_country", UNSET)

        v_search_region = d.get("search_region", UNSET)

        v_search_city = d.get("search_city", UNSET)

        v_search_latitude = d.get("search_latitude", UNSET)

        v_search_longitude = d.get("search_longitude", UNSET)

        _instance = new_instance(cls)
        _instance.source_url = v_source_url
        _instance.language = v_language
        _instance.analysis_prompt = v_analysis_prompt
        _instance.search_country = v_search_country
        _instance.search_region = v_search_region
        _instance.search_city = v_search_city
        _instance.search_latitude = v_search_latitude
        _instance.search_longitude = v_search_longitude
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentFromWebsiteInput")
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
        "source_url",
        "language",
        "analysis_prompt",
        "search_country",
        "search_region",
        "search_city",
        "search_latitude",
        "search_longitude",
    )
)
