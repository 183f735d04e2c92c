"""One error tree for tacit. The API maps each class to an HTTP status in one handler."""

from __future__ import annotations


class TacitError(Exception):
    """Base of every error tacit raises on purpose. ``status`` is the HTTP status the API answers with."""

    status: int = 500
    code: str = "internal"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(TacitError):
    status = 404
    code = "not_found"


class UserNotFound(NotFound):
    def __init__(self, user_id: str) -> None:
        super().__init__(f"user {user_id!r} not found")
        self.user_id = user_id


class MemoryNotFound(NotFound):
    def __init__(self, memory_id: str) -> None:
        super().__init__(f"memory {memory_id!r} not found")
        self.memory_id = memory_id


class Unauthorized(TacitError):
    status = 401
    code = "unauthorized"


class Forbidden(TacitError):
    status = 403
    code = "forbidden"


class Conflict(TacitError):
    status = 409
    code = "conflict"


class UserExists(Conflict):
    def __init__(self, user_id: str) -> None:
        super().__init__(f"user {user_id!r} already exists")
        self.user_id = user_id


class InvalidInput(TacitError):
    """Input that passed the schema but breaks a rule (a limit, a state the item is not in)."""

    status = 422
    code = "invalid_input"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConfigError(TacitError):
    """A setting is missing or wrong; the message names the setting to fix."""

    code = "config"

    def __init__(self, message: str, setting: str) -> None:
        super().__init__(f"{message} (setting: {setting})")
        self.setting = setting


class IndexUnavailable(TacitError):
    """The vector index could not be reached or refused a write. SQL stays the source of truth."""

    status = 503
    code = "index_unavailable"
