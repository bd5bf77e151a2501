from enum import StrEnum

from ..types import unknown_enum_member


class PoolUpdateRequestType(StrEnum):
    FIFO = "FIFO"
    LIFO = "LIFO"
    PARALLEL = "Parallel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PoolUpdateRequestType | None":
        return unknown_enum_member(cls, value, str)
