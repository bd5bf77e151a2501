from enum import StrEnum


class CampaignUpdateRequestStatus(StrEnum):
    ACTIVE = "Active"
    ARCHIVED = "Archived"
    COMPLETED = "Completed"
    DRAFT = "Draft"

    def __str__(self) -> str:
        return str(self.value)
