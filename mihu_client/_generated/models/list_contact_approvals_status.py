from enum import StrEnum


class ListContactApprovalsStatus(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
