from enum import StrEnum


class GetCallAnalyticsGranularity(StrEnum):
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
