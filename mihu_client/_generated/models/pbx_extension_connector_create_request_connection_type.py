from enum import StrEnum

from ..types import unknown_enum_member


class PbxExtensionConnectorCreateRequestConnectionType(StrEnum):
    TLS = "tls"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PbxExtensionConnectorCreateRequestConnectionType | None":
        return unknown_enum_member(cls, value, str)
