"""`mihu.whats_app_templates`: the `whats_app_templates` operations as methods of `WhatsAppTemplates`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/whatsapp/templates
    create <- POST /api/v1/whatsapp/templates
    sync_whatsapp_templates <- POST /api/v1/whatsapp/templates/sync
    upload_media <- POST /api/v1/whatsapp/templates/upload-media
    sync_whatsapp_template <- POST /api/v1/whatsapp/templates/{uuid}/sync
    list_business_accounts <- GET /api/v1/whatsapp/wabas
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper
from ...types import UNSET

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.create_whatsapp_template_response_201 import CreateWhatsappTemplateResponse201
    from ...models.list_whatsapp_business_accounts_response_200 import ListWhatsappBusinessAccountsResponse200
    from ...models.list_whatsapp_templates_response_200 import ListWhatsappTemplatesResponse200
    from ...models.sync_whatsapp_template_response_200 import SyncWhatsappTemplateResponse200
    from ...models.sync_whatsapp_templates_body import SyncWhatsappTemplatesBody
    from ...models.sync_whatsapp_templates_response_200 import SyncWhatsappTemplatesResponse200
    from ...models.upload_whatsapp_template_media_response_200 import UploadWhatsappTemplateMediaResponse200
    from ...models.whatsapp_template_create_request import WhatsappTemplateCreateRequest
    from ...models.whatsapp_template_media_upload_request import WhatsappTemplateMediaUploadRequest
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        create_whatsapp_template,
        list_whatsapp_business_accounts,
        list_whatsapp_templates,
        sync_whatsapp_template,
        sync_whatsapp_templates,
        upload_whatsapp_template_media,
    )
if TYPE_CHECKING:
    from .create_whatsapp_template import asyncio_detailed as _call_create_whatsapp_template
else:
    _call_create_whatsapp_template = LazyOperation(
        __name__, "create_whatsapp_template", "_call_create_whatsapp_template"
    )
if TYPE_CHECKING:
    from .list_whatsapp_business_accounts import asyncio_detailed as _call_list_whatsapp_business_accounts
else:
    _call_list_whatsapp_business_accounts = LazyOperation(
        __name__, "list_whatsapp_business_accounts", "_call_list_whatsapp_business_accounts"
    )
if TYPE_CHECKING:
    from .list_whatsapp_templates import asyncio_detailed as _call_list_whatsapp_templates
else:
    _call_list_whatsapp_templates = LazyOperation(__name__, "list_whatsapp_templates", "_call_list_whatsapp_templates")
if TYPE_CHECKING:
    from .sync_whatsapp_template import asyncio_detailed as _call_sync_whatsapp_template
else:
    _call_sync_whatsapp_template = LazyOperation(__name__, "sync_whatsapp_template", "_call_sync_whatsapp_template")
if TYPE_CHECKING:
    from .sync_whatsapp_templates import asyncio_detailed as _call_sync_whatsapp_templates
else:
    _call_sync_whatsapp_templates = LazyOperation(__name__, "sync_whatsapp_templates", "_call_sync_whatsapp_templates")
if TYPE_CHECKING:
    from .upload_whatsapp_template_media import asyncio_detailed as _call_upload_whatsapp_template_media
else:
    _call_upload_whatsapp_template_media = LazyOperation(
        __name__, "upload_whatsapp_template_media", "_call_upload_whatsapp_template_media"
    )

_OPERATION_MODULES = frozenset(
    (
        "create_whatsapp_template",
        "list_whatsapp_business_accounts",
        "list_whatsapp_templates",
        "sync_whatsapp_template",
        "sync_whatsapp_templates",
        "upload_whatsapp_template_media",
    )
)

__all__ = [
    "WhatsAppTemplates",
    "WhatsAppTemplatesWithRawResponse",
    "create_whatsapp_template",
    "list_whatsapp_business_accounts",
    "list_whatsapp_templates",
    "sync_whatsapp_template",
    "sync_whatsapp_templates",
    "upload_whatsapp_template_media",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.whats_app_templates.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class WhatsAppTemplates(Resource):
    """The `whats_app_templates` operations; reached as `mihu.whats_app_templates` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_whatsapp_templates",
        "create": "create_whatsapp_template",
        "sync_whatsapp_templates": "sync_whatsapp_templates",
        "upload_media": "upload_whatsapp_template_media",
        "sync_whatsapp_template": "sync_whatsapp_template",
        "list_business_accounts": "list_whatsapp_business_accounts",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> WhatsAppTemplatesWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return WhatsAppTemplatesWithRawResponse(self)

    async def list(
        self,
        *,
        waba_id: str | Unset = UNSET,
        active_only: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListWhatsappTemplatesResponse200:
        """List WhatsApp templates

        Templates of a linked WABA, optionally only the approved ones.

        Args:
            waba_id (str | Unset):
            active_only (bool | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListWhatsappTemplatesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/whatsapp/templates`, operation `list_whatsapp_templates`.
        """
        return await self._call(
            _call_list_whatsapp_templates,
            options,
            {
                "waba_id": waba_id,
                "active_only": active_only,
            },
        )

    async def create(
        self,
        body: WhatsappTemplateCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateWhatsappTemplateResponse201:
        """Create a new WhatsApp template

        Submits a new message template to Meta under one of the tenant's WABAs and stores it locally;
        approval happens asynchronously.

        Args:
            body (WhatsappTemplateCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateWhatsappTemplateResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/whatsapp/templates`, operation `create_whatsapp_template`.
        """
        return await self._call(
            _call_create_whatsapp_template,
            options,
            {
                "body": body,
            },
        )

    async def sync_whatsapp_templates(
        self,
        body: SyncWhatsappTemplatesBody,
        *,
        options: RequestOptions | None = None,
    ) -> SyncWhatsappTemplatesResponse200:
        """Pull all templates of a WABA from Meta

        One-time import of every template Meta holds for the WABA.

        Args:
            body (SyncWhatsappTemplatesBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SyncWhatsappTemplatesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/whatsapp/templates/sync`, operation `sync_whatsapp_templates`.
        """
        return await self._call(
            _call_sync_whatsapp_templates,
            options,
            {
                "body": body,
            },
        )

    async def upload_media(
        self,
        body: WhatsappTemplateMediaUploadRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UploadWhatsappTemplateMediaResponse200:
        """Upload a media file

        Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
        HEADER when creating a template. Not meant for ordinary message attachments.

        Args:
            body (WhatsappTemplateMediaUploadRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UploadWhatsappTemplateMediaResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/whatsapp/templates/upload-media`, operation `upload_whatsapp_template_media`.
        """
        return await self._call(
            _call_upload_whatsapp_template_media,
            options,
            {
                "body": body,
            },
        )

    async def sync_whatsapp_template(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> SyncWhatsappTemplateResponse200:
        """Refresh one template's review status

        Asks Meta for the template's current status (PENDING, APPROVED, REJECTED, PAUSED).

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SyncWhatsappTemplateResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/whatsapp/templates/{uuid}/sync`, operation `sync_whatsapp_template`.
        """
        return await self._call(
            _call_sync_whatsapp_template,
            options,
            {
                "uuid": uuid,
            },
        )

    async def list_business_accounts(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListWhatsappBusinessAccountsResponse200:
        """List linked WhatsApp Business Accounts

        The WABAs linked to this tenant, whose templates can be used.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListWhatsappBusinessAccountsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/whatsapp/wabas`, operation `list_whatsapp_business_accounts`.
        """
        return await self._call(
            _call_list_whatsapp_business_accounts,
            options,
            {},
        )


class WhatsAppTemplatesWithRawResponse:
    """`WhatsAppTemplates` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: WhatsAppTemplates) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.sync_whatsapp_templates = raw_response_wrapper(resource.sync_whatsapp_templates)
        self.upload_media = raw_response_wrapper(resource.upload_media)
        self.sync_whatsapp_template = raw_response_wrapper(resource.sync_whatsapp_template)
        self.list_business_accounts = raw_response_wrapper(resource.list_business_accounts)
