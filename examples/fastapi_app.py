"""A small FastAPI service that calls Mihu: one client for the app's lifetime, shared by every request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel

from mihu_client import MihuClient, UnprocessableEntityError, unwrap
from mihu_client.models import ContactInput


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with MihuClient() as mihu:  # MIHU_TENANT / MIHU_API_TOKEN from the environment
        app.state.mihu = mihu
        yield


app = FastAPI(lifespan=lifespan)


def get_mihu(request: Request) -> MihuClient:
    mihu: MihuClient = request.app.state.mihu
    return mihu


Mihu = Annotated[MihuClient, Depends(get_mihu)]


class Lead(BaseModel):
    name: str
    email: str


@app.get("/leads")
async def find_leads(search: str, mihu: Mihu) -> list[str]:
    """Names of the Mihu contacts matching `search`."""
    page = unwrap((await mihu.contacts.list(search=search)).data)
    return [contact.name for contact in page.data or [] if isinstance(contact.name, str)]


@app.post("/leads", status_code=201)
async def create_lead(lead: Lead, mihu: Mihu) -> dict[str, str]:
    """Store a lead as a Mihu contact; Mihu's validation errors go back to the caller by field."""
    try:
        created = await mihu.contacts.create(ContactInput(name=lead.name, email=lead.email))
    except UnprocessableEntityError as error:
        raise HTTPException(422, detail={"field": error.field, "message": error.message}) from error
    return {"uuid": str(unwrap(unwrap(created.data).uuid))}
