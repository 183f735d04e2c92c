"""A user already resolved: primary key, tenant and id together. A worker's job names its user this way, so the
job's reads and writes use the key it was claimed with instead of looking the user up again by id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from memory.errors import UserNotFound
from memory.store import queries as q


@dataclass(frozen=True)
class UserRef:
    pk: int
    tenant: str
    user_id: str

    def within(self, tenant: str) -> UserRef:
        """This user, checked to belong to ``tenant`` (a store of one tenant never touches another's users)."""
        if self.tenant != tenant:
            raise UserNotFound(self.user_id)
        return self


def resolve(session: Session, tenant: str, user: str | UserRef) -> tuple[int, str]:
    """(primary key, id) of ``user`` in ``tenant``: a resolved user as it is, an id looked up."""
    if isinstance(user, UserRef):
        return user.within(tenant).pk, user.user_id
    return q.user_row(session, tenant, user).pk, user
