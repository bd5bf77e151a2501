from enum import StrEnum


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
