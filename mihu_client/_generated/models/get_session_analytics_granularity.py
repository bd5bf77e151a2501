from enum import StrEnum


class GetSessionAnalyticsGranularity(StrEnum):
    TOTAL = "total"

    def __str__(self) -> str:
        return str(self.value)
