from enum import StrEnum

from ..types import unknown_enum_member


class ListPoolContactsStatus(StrEnum):
    COMPLETED = "Completed"
    FAILED = "Failed"
    IN_CALL = "In_Call"
    PENDING = "Pending"
    PROCESSING = "Processing"
    RETRYING = "Retrying"
    SCHEDULED = "Scheduled"
    SKIPPED = "Skipped"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListPoolContactsStatus | None":
        return unknown_enum_member(cls, value, str)
