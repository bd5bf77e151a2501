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
        source_url: str | Unset | None
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        language = self.language

        analysis_prompt: str | Unset | None
        if isinstance(self.analysis_prompt, Unset):
            analysis_prompt = UNSET
        else:
            analysis_prompt = self.analysis_prompt

        search_country: str | Unset | None
        if isinstance(self.search_country, Unset):
            search_country = UNSET
        else:
            search_country = self.search_country

        search_region: str | Unset | None
        if isinstance(self.search_region, Unset):
            search_region = UNSET
        else:
            search_region = self.search_region

        search_city: str | Unset | None
        if isinstance(self.search_city, Unset):
            search_city = UNSET
        else:
            search_city = self.search_city

        search_latitude: float | Unset | None
        if isinstance(self.search_latitude, Unset):
            search_latitude = UNSET
        else:
            search_latitude = self.search_latitude

        search_longitude: float | Unset | None
        if isinstance(self.search_longitude, Unset):
            search_longitude = UNSET
        else:
            search_longitude = self.search_longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if language is not UNSET:
            field_dict["language"] = language
        if analysis_prompt is not UNSET:
            field_dict["analysis_prompt"] = analysis_prompt
        if search_country is not UNSET:
            field_dict["search_country"] = search_country
        if search_region is not UNSET:
            field_dict["search_region"] = search_region
        if search_city is not UNSET:
            field_dict["search_city"] = search_city
        if search_latitude is not UNSET:
            field_dict["search_latitude"] = search_latitude
        if search_longitude is not UNSET:
            field_dict["search_longitude"] = search_longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        source_url = d.get("source_url", UNSET)

        language = d.get("language", UNSET)
        if language is None:
            language = unexpected_null("AgentFromWebsiteInput.language")

        analysis_prompt = d.get("analysis_prompt", UNSET)

        search_country = d.get("search_country", UNSET)

        search_region = d.get("search_region", UNSET)

        search_city = d.get("search_city", UNSET)

        search_latitude = d.get("search_latitude", UNSET)

        search_longitude = d.get("search_longitude", UNSET)

        agent_from_website_input = new_instance(cls)
        agent_from_website_input.source_url = source_url
        agent_from_website_input.language = language
        agent_from_website_input.analysis_prompt = analysis_prompt
        agent_from_website_input.search_country = search_country
        agent_from_website_input.search_region = search_region
        agent_from_website_input.search_city = search_city
        agent_from_website_input.search_latitude = search_latitude
        agent_from_website_input.search_longitude = search_longitude
        agent_from_website_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentFromWebsiteInput")
        )
        return agent_from_website_input

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
