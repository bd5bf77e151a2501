from enum import StrEnum

from ..types import unknown_enum_member


class GetCallAnalyticsGranularity(StrEnum):
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetCallAnalyticsGranularity | None":
        return unknown_enum_member(cls, value, str)
