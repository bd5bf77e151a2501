from enum import StrEnum


class ListPoolsType(StrEnum):
    FIFO = "FIFO"
    LIFO = "LIFO"
    PARALLEL = "Parallel"

    def __str__(self) -> str:
        return str(self.value)
