"""The Penninckx response norms: how many answers a group of a given size needs."""

from __future__ import annotations

from collections.abc import Sequence

from hub.model.items import ResponseNorm


def norm_for(norms: Sequence[ResponseNorm], group_size: int) -> ResponseNorm | None:
    """The norm of the largest row whose `participants` is not above GROUP_SIZE (None below the first)."""
    applicable = [norm for norm in norms if norm.participants <= group_size]
    return max(applicable, key=lambda norm: norm.participants) if applicable else None


def required_responses(norms: Sequence[ResponseNorm], group_size: int) -> int | None:
    """How many answers a group of GROUP_SIZE needs: ceil(N x rate), computed without float error."""
    norm = norm_for(norms, group_size)
    if norm is None:
        return None
    return norm.responses_needed(group_size)
