"""`mihu.evaluations`: the `evaluations` operations as methods of `Evaluations`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/evaluations
    get <- GET /api/v1/evaluations/{uuid}
    get_session <- GET /api/v1/sessions/{uuid}/evaluation
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

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.evaluation import Evaluation
    from ...models.get_evaluation_response_200 import GetEvaluationResponse200
    from ...models.get_session_evaluation_response_200 import GetSessionEvaluationResponse200
    from ...models.list_evaluations_response_200 import ListEvaluationsResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        get_evaluation,
        get_session_evaluation,
        list_evaluations,
    )
if TYPE_CHECKING:
    from .get_evaluation import asyncio_detailed as _call_get_evaluation
else:
    _call_get_evaluation = LazyOperation(__name__, "get_evaluation", "_call_get_evaluation")
if TYPE_CHECKING:
    from .get_session_evaluation import asyncio_detailed as _call_get_session_evaluation
else:
    _call_get_session_evaluation = LazyOperation(__name__, "get_session_evaluation", "_call_get_session_evaluation")
if TYPE_CHECKING:
    from .list_evaluations import asyncio_detailed as _call_list_evaluations
else:
    _call_list_evaluations = LazyOperation(__name__, "list_evaluations", "_call_list_evaluations")

_OPERATION_MODULES = frozenset(
    (
        "get_evaluation",
        "get_session_evaluation",
        "list_evaluations",
    )
)

__all__ = [
    "Evaluations",
    "EvaluationsWithRawResponse",
    "get_evaluation",
    "get_session_evaluation",
    "list_evaluations",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.evaluations.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Evaluations(Resource):
    """The `evaluations` operations; reached as `mihu.evaluations` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_evaluations",
        "list_all": "list_evaluations",
        "get": "get_evaluation",
        "get_session": "get_session_evaluation",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> EvaluationsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return EvaluationsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListEvaluationsResponse200:
        """Get paginated list of session evaluations

        Pages through the AI evaluation records produced for conversation sessions, for quality review and
        reporting.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListEvaluationsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/evaluations`, operation `list_evaluations`.
        """
        return await self._call(
            _call_list_evaluations,
            options,
            {
                "page": page,
                "per_page": per_page,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Evaluation]:
        """Every item of `list` across all pages: `async for item in mihu.evaluations.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Evaluation]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_evaluations,
            options,
            {
                "per_page": per_page,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def get(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetEvaluationResponse200:
        """Get a single evaluation

        Fetches one session evaluation with every analyzer's value, confidence and reasoning.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetEvaluationResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/evaluations/{uuid}`, operation `get_evaluation`.
        """
        return await self._call(
            _call_get_evaluation,
            options,
            {
                "uuid": uuid,
            },
        )

    async def get_session(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetSessionEvaluationResponse200:
        """Get the evaluation of one session

        The analysis record produced when the session ended.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetSessionEvaluationResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/sessions/{uuid}/evaluation`, operation `get_session_evaluation`.
        """
        return await self._call(
            _call_get_session_evaluation,
            options,
            {
                "uuid": uuid,
            },
        )


class EvaluationsWithRawResponse:
    """`Evaluations` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Evaluations) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.get = raw_response_wrapper(resource.get)
        self.get_session = raw_response_wrapper(resource.get_session)
