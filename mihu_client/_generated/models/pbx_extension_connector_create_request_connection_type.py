from enum import StrEnum


class PbxExtensionConnectorCreateRequestConnectionType(StrEnum):
    TLS = "tls"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
