"""manifest.json: format version, app and scheme versions, creation time, SHA-256 of every member."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ecoassess.errors import ValidationError
from ecoassess.reasons import first_pydantic

PACKAGE_FORMAT = "ecoassess-package"
FORMAT_VERSION = 1
MemberName = Annotated[str, StringConstraints(pattern=r"^(assessment\.json|evidence/[0-9a-f]{64})$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SchemeRef(Strict):
    id: str = Field(min_length=1, max_length=64)
    version: str = Field(min_length=1, max_length=32)
    fingerprint: str = Field(default="", max_length=64)


class MemberRef(Strict):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)


class Manifest(Strict):
    format: Literal["ecoassess-package"]
    format_version: Literal[1]
    app_version: str = Field(max_length=64)
    assessment_id: str = Field(max_length=36)
    scheme: SchemeRef
    created: datetime
    members: dict[MemberName, MemberRef] = Field(max_length=10_001)


def build_manifest(*, app_version: str, assessment_id: str, scheme: dict[str, str],
                   created: datetime, members: dict[str, tuple[str, int]]) -> dict[str, Any]:
    return {
        "format": PACKAGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "assessment_id": assessment_id,
        "scheme": scheme,
        "created": created.isoformat(),
        "members": {name: {"sha256": sha, "size": size} for name, (sha, size) in sorted(members.items())},
    }


def parse_manifest(data: Any) -> Manifest:
    """Validate the manifest; a newer format version gets its own message (update the app)."""
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        raise ValidationError("package.not_package")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("package.bad_manifest", detail=f"format_version {version!r}")
    if version > FORMAT_VERSION:
        raise ValidationError("package.newer_format", member="manifest.json", version=version)
    try:
        return Manifest.model_validate(data)
    except pydantic.ValidationError as exc:
        path, detail, _kind = first_pydantic(exc)
        raise ValidationError("package.bad_manifest",
                              detail={lang: f"{path}: {t}"[:300] for lang, t in detail.items()}) from exc
