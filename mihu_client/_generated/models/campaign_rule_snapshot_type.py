from enum import StrEnum


class CampaignRuleSnapshotType(StrEnum):
    CALL = "call"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
