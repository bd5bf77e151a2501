from enum import StrEnum

from ..types import unknown_enum_member


class CampaignUpdateRequestStatus(StrEnum):
    ACTIVE = "Active"
    ARCHIVED = "Archived"
    COMPLETED = "Completed"
    DRAFT = "Draft"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CampaignUpdateRequestStatus | None":
        return unknown_enum_member(cls, value, str)
