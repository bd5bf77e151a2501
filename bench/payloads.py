"""Canned response bodies shaped like the API's, so every benchmark parses what the real server sends.

Shapes follow openapi/api-docs.json: `PbxExtensionConnectorItem` inside the `{success, message, data}`
envelope, and a Laravel length-aware paginator page of `Contact` records (documented keys plus the
paginator keys and custom-field keys the server adds). Values are deterministic so runs are comparable.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

__all__ = ["PBX_UUID", "contacts_page", "envelope", "pbx_connector", "to_bytes"]

PBX_UUID = "3f1c2a9e-8b47-4d2e-9a51-6c0e7d4b2f10"
_NAMESPACE = uuid.UUID("8c2f4e1a-0d3b-4b7a-9e55-2a6f1c9d7e30")


def _uuid(kind: str, i: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}-{i}"))


def _stamp(i: int) -> str:
    """Laravel's default serialisation of a timestamp: microseconds and a `Z` suffix."""
    return f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.000000Z"


def pbx_connector(i: int = 0) -> dict[str, Any]:
    """One `PbxExtensionConnectorItem` with every documented field present."""
    return {
        "pbx_extension_connector_uuid": PBX_UUID if i == 0 else _uuid("pbx", i),
        "name": f"front-desk-{i}",
        "status": "active",
        "phone_number": f"+1415555{i:04d}",
        "agent_uuid": _uuid("agent", i),
        "agent_name": "Reception agent",
        "sip_connector_server": "203.0.113.10",
        "connection_type": "udp",
        "setup_mode": "both",
        "pbx": {"registrar_server": "pbx.example.com", "port": 5060, "username_extension": f"{100 + i}"},
        "inbound": {"allowed_ip": "198.51.100.7"},
        "auth": {"has_separate_credentials": False, "username": None},
        "normalizer": {"default_prefix": "+1", "condition_length": "10", "condition_prefix": None},
        "created_at": _stamp(i),
        "updated_at": _stamp(i + 1),
    }


def _contact(i: int) -> dict[str, Any]:
    return {
        "uuid": _uuid("contact", i),
        "name": f"Name{i}",
        "surname": f"Surname{i}",
        "email": f"contact{i}@example.com",
        "phone_number": f"+1202555{i % 10000:04d}",
        "number_type": "mobile" if i % 3 else None,
        "country_code": "US",
        "timezone": "America/New_York",
        "primary_language": "en",
        "preferred_contact_channel": ("Call", "SMS", "WhatsApp")[i % 3],
        "preferred_contact_time": "morning",
        "status": "Active" if i % 10 else "Inactive",
        "created_at": _stamp(i),
        "updated_at": _stamp(i + 3),
        "tags": [
            {"uuid": _uuid("tag", i % 7), "name": f"tag-{i % 7}"},
            {"uuid": _uuid("tag", 7 + i % 5), "name": f"segment-{i % 5}"},
        ],
        # Active custom contact fields come back as extra top-level string keys.
        "company": f"Company {i % 50}",
        "lead_source": "",
    }


def contacts_page(count: int = 1000, page: int = 1, base_url: str = "http://127.0.0.1") -> dict[str, Any]:
    """A `listContacts` 200 body: the envelope around a full Laravel paginator page of `count` contacts."""
    total = count * 5
    last = -(-total // count)
    first = (page - 1) * count
    path = f"{base_url}/api/v1/contacts"
    return envelope(
        {
            "current_page": page,
            "data": [_contact(first + i) for i in range(count)],
            "first_page_url": f"{path}?page=1",
            "from": first + 1,
            "last_page": last,
            "last_page_url": f"{path}?page={last}",
            "links": [
                {"url": None, "label": "&laquo; Previous", "active": False},
                {"url": f"{path}?page=1", "label": "1", "active": True},
                {"url": f"{path}?page=2", "label": "Next &raquo;", "active": False},
            ],
            "next_page_url": f"{path}?page={page + 1}" if page < last else None,
            "path": path,
            "per_page": count,
            "prev_page_url": f"{path}?page={page - 1}" if page > 1 else None,
            "to": first + count,
            "total": total,
        },
        message="Contacts retrieved successfully",
    )


def envelope(data: Any, message: str = "Success") -> dict[str, Any]:
    """The `{success, message, data}` wrapper every endpoint uses."""
    return {"success": True, "message": message, "data": data}


def to_bytes(body: Any) -> bytes:
    """Compact JSON, as the server sends it."""
    return json.dumps(body, separators=(",", ":")).encode()
