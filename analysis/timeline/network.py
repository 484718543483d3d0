"""A simple temporal network (Dechter, Meiri and Pearl, 1991): time points and constraints lo <= t_j - t_i <= hi.

Point 0 is the origin (the Unix epoch); times are seconds. ``solve`` adds constraints in the order given (so put the
most trusted first), checks consistency after each with Floyd-Warshall, and sets aside any constraint that would make
the network inconsistent, recording it with the constraints it contradicts. The distance matrix gives the tightest
bounds of every point and of every pairwise difference; ``path`` recovers which constraints produce a bound.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

INF = math.inf
#: The path of a cell no constraint has tightened (shared by every such cell; read only).
_NO_PATH: list[int] = []


@dataclass
class Constraint:
    """lo <= t[j] - t[i] <= hi (seconds); ``cue`` is the evidence, in words, shown to the reader."""

    i: int
    j: int
    lo: float
    hi: float
    cue: str
    source: str = "text"  # "text", "user" or "default"


@dataclass
class Network:
    size: int
    constraints: list[Constraint] = field(default_factory=list)
    conflicts: list[tuple[Constraint, list[Constraint]]] = field(default_factory=list)
    dist: list[list[float]] = field(default_factory=list)
    # the constraints on the tightest path i -> j: a sorted list of indices, or a ``_Joined`` path read by ``on_path``
    via: list[list["list[int] | _Joined"]] = field(default_factory=list)

    def solve(self, constraints: list[Constraint]) -> "Network":
        n = self.size
        dist = [[INF] * n for _ in range(n)]
        for a in range(n):
            dist[a][a] = 0.0
        via: list[list] = [[_NO_PATH] * n for _ in range(n)]  # (cells are replaced, never changed)
        for c in constraints:
            k = len(self.constraints)
            if c.hi >= dist[c.i][c.j] and -c.lo >= dist[c.j][c.i]:  # implied already: nothing tightens
                self.constraints.append(c)
                continue
            # tightened in place, each cell's old value and path kept to put back if the constraint contradicts the
            # others (copying both matrices for every constraint cost more than most tightenings)
            undo: list = []
            _tighten(dist, via, c.i, c.j, c.hi, k, undo)
            _tighten(dist, via, c.j, c.i, -c.lo, k, undo)
            if any(dist[a][a] < 0 for a in range(n)):
                culprits = {idx for a in range(n) if dist[a][a] < 0 for idx in _indices(via[a][a])} - {k}
                self.conflicts.append((c, [self.constraints[idx] for idx in sorted(culprits)]))
                for x, y, d, v in reversed(undo):
                    dist[x][y], via[x][y] = d, v
                continue
            self.constraints.append(c)
        self.dist, self.via = dist, via
        return self

    def bounds(self, i: int, j: int) -> tuple[float, float]:
        """(min, max) of t[j] - t[i]."""
        return -self.dist[j][i], self.dist[i][j]

    def on_path(self, i: int, j: int) -> list[int]:
        """Indices (in ``constraints``, sorted) of the constraints on the tightest path i -> j: the upper bound of
        t[j] - t[i]."""
        return list(_indices(self.via[i][j]))  # (a copy: the network's own lists are shared between cells)

    def path(self, i: int, j: int) -> list[Constraint]:
        """The constraints behind both bounds of t[j] - t[i]."""
        seen = []
        for idx in self.on_path(i, j) + self.on_path(j, i):
            if self.constraints[idx] not in seen:
                seen.append(self.constraints[idx])
        return seen


def _tighten(dist, via, a: int, b: int, w: float, k: int, undo: list) -> None:
    """Add edge a -> b of weight w and close the matrix incrementally (O(n^2) per edge); each cell changed is noted
    in ``undo`` with its old distance and path, first change first."""
    if w >= dist[a][b]:
        return
    n = len(dist)
    # the old distances to a and from b (each row's cells are replaced below, never the lists read here): the points
    # reachable from b are found once, not once per row
    to_a = [row[a] for row in dist]
    via_to_a = [row[a] for row in via]
    from_b = [(y, d) for y, d in enumerate(dist[b]) if d != INF]
    via_from_b = via[b][:]
    for x in range(n):
        if to_a[x] == INF:
            continue
        row, row_via, start, before = dist[x], via[x], to_a[x] + w, via_to_a[x]
        for y, d in from_b:
            candidate = start + d
            if candidate < row[y] - 1e-9:
                undo.append((x, y, row[y], row_via[y]))
                row[y] = candidate
                row_via[y] = _Joined(before, k, via_from_b[y])


class _Joined:
    """A path made of two: the path to an edge's start, the edge (constraint ``k``), the path from its end. Kept as
    such and read into indices only when asked (``_indices``): most cells a constraint tightens are tightened again
    before any path is read, and joining every one as a sorted list was a tenth of the events table's time."""

    __slots__ = ("before", "k", "after", "indices")

    def __init__(self, before, k: int, after) -> None:
        self.before, self.k, self.after, self.indices = before, k, after, None


def _indices(path) -> list[int]:
    """The sorted constraint indices of a path (a list as it is, a ``_Joined`` read once, without recursion: a path
    can be made of many)."""
    if type(path) is list:
        return path
    if path.indices is not None:
        return path.indices
    stack = [path]
    while stack:
        node = stack[-1]
        waiting = [part for part in (node.before, node.after) if type(part) is _Joined and part.indices is None]
        if waiting:
            stack.extend(waiting)
            continue
        stack.pop()
        if node.indices is None:
            joined = set(_indices(node.before))
            joined.add(node.k)
            joined.update(_indices(node.after))
            node.indices = sorted(joined)
    return path.indices
