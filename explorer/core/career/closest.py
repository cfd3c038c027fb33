"""Which roles am I closest to: every role ranked by the share of its duties the person already covers.

A duty is covered when the plan has it evidenced or marked "doing it", or when a covered duty
of another role pairs with it (compare.py's pairing: the same work in other words). Core duties
(`importance = "core"`) count twice, so a role whose core is covered ranks above one where only
the edges are. A duty covered only through its pair counts half: the person's record speaks for
its pair, not for it.

Roles are ranked by `score`, a Bayesian average: the covered weight over the role's weight plus
a prior, the weight of a typical role in the catalog (the median; 5 in the shipped library), as if
every role also had that many duties the person has not shown. A role of one or two duties (those
beside the ladder) then cannot come first on one borrowed match: one paired duty of one scores
0.5/6, one own duty of five 1/10, four of five 4/10; the prior matters less the more duties a role
has. The shown share stays the plain share. The moves for a role are its uncovered duties, core first, then those that would
also cover a duty in the most other roles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import median

from explorer.core.career.compare import pair_responsibilities
from explorer.core.content.model import Catalog, Responsibility, Role

CORE_WEIGHT = 2
PAIRED_WEIGHT = 0.5  # a duty covered through its pair, against one the plan covers itself
MOVES = 3
# The person's states, as plans/readiness.covered_states gives them (career does not import plans).
EVIDENCED, DOING = "evidenced", "doing-it"


def responsibility_ref(role_id: str, responsibility_id: str) -> str:
    return f"{role_id}#{responsibility_id}"


@dataclass(frozen=True)
class Covered:
    responsibility: Responsibility
    state: str  # EVIDENCED or DOING
    through: str = ""  # the ref of the paired duty it is covered through; "" when covered itself


@dataclass(frozen=True)
class Move:
    responsibility: Responsibility
    ref: str
    also_moves: int  # how many other roles have a duty this one would cover


@dataclass(frozen=True)
class Closeness:
    role: Role
    covered: tuple[Covered, ...]
    moves: tuple[Move, ...] = ()
    prior: float = 0.0  # the weight of unshown duties every role is ranked as if it had

    @property
    def total(self) -> int:
        return len(self.role.responsibilities)

    @property
    def core(self) -> int:
        return sum(r.is_core for r in self.role.responsibilities)

    @property
    def core_covered(self) -> int:
        return sum(c.responsibility.is_core for c in self.covered)

    def count(self, state: str) -> int:
        return sum(c.state == state for c in self.covered)

    @property
    def weight(self) -> int:
        return sum(_weight(r) for r in self.role.responsibilities)

    @property
    def share(self) -> float:
        """Covered duties' weight over all duties' weight, 0–1 (core duties count twice)."""
        got = sum(_weight(c.responsibility) for c in self.covered)
        return got / self.weight if self.weight else 0.0

    @property
    def score(self) -> float:
        """What roles are ranked by: the share, paired duties at half, over the weight plus the prior."""
        got = sum(_weight(c.responsibility) * (PAIRED_WEIGHT if c.through else 1.0) for c in self.covered)
        total = self.weight + self.prior
        return got / total if total else 0.0


def _weight(responsibility: Responsibility) -> int:
    return CORE_WEIGHT if responsibility.is_core else 1


def _paired(left: Role, right: Role) -> Iterable[tuple[Responsibility, Responsibility]]:
    for row in pair_responsibilities(left.responsibilities, right.responsibilities):
        if row.left and row.right:
            yield row.left, row.right


def coverage(catalog: Catalog, role: Role, states: Mapping[str, str]) -> tuple[Covered, ...]:
    found: dict[str, Covered] = {}
    for responsibility in role.responsibilities:
        state = states.get(responsibility_ref(role.id, responsibility.id))
        if state:
            found[responsibility.id] = Covered(responsibility, state)
    for source_id in dict.fromkeys(ref.partition("#")[0] for ref in states):
        source = catalog.get(source_id)
        if source is None or source.id == role.id:
            continue
        for theirs, ours in _paired(source, role):
            ref = responsibility_ref(source.id, theirs.id)
            state = states.get(ref)
            known = found.get(ours.id)
            if state and (known is None or (known.through and state == EVIDENCED)):
                found[ours.id] = Covered(ours, state, ref)
    return tuple(found[r.id] for r in role.responsibilities if r.id in found)


def _moves(catalog: Catalog, closeness: Closeness, others: list[Role]) -> tuple[Move, ...]:
    covered = {c.responsibility.id for c in closeness.covered}
    open_duties = [r for r in closeness.role.responsibilities if r.id not in covered]
    reach = dict.fromkeys((r.id for r in open_duties), 0)
    for other in others:
        if other.id == closeness.role.id:
            continue
        for ours, _ in _paired(closeness.role, other):
            if ours.id in reach:
                reach[ours.id] += 1
    ranked = sorted(open_duties, key=lambda r: (not r.is_core, -reach[r.id]))
    role_id = closeness.role.id
    return tuple(Move(r, responsibility_ref(role_id, r.id), reach[r.id]) for r in ranked[:MOVES])


def closest_roles(catalog: Catalog, states: Mapping[str, str], with_moves: int = 3) -> list[Closeness]:
    """Every role with responsibilities, closest first; the first `with_moves` also say what would move them.

    `states` maps "role-id#responsibility-id" to EVIDENCED or DOING for each duty the person covers.
    """
    roles = [role for role in catalog.sorted_roles() if role.responsibilities]
    prior = median(sum(_weight(r) for r in role.responsibilities) for role in roles) if roles else 0.0
    ranked = sorted(
        (Closeness(role, coverage(catalog, role, states), prior=prior) for role in roles),
        key=lambda c: (-c.score, -c.share, -len(c.covered)),
    )
    return [
        Closeness(c.role, c.covered, _moves(catalog, c, roles), prior) if index < with_moves else c
        for index, c in enumerate(ranked)
    ]


SHOWN = 10


def closest_lines(catalog: Catalog, name: str, ranked: list[Closeness]) -> list[str]:
    lines = [f"Closest roles for plan {name} (evidenced or doing it; core duties count twice)", ""]
    if not any(c.covered for c in ranked):
        lines.append(
            "Nothing in the plan is evidenced or marked doing it yet: plan assess, plan evidence add."
        )
    for number, c in enumerate(ranked[:SHOWN], 1):
        core = f"; {c.core_covered} of {c.core} core" if c.core else ""
        lines.append(
            f"{number:>2}. {catalog.display_title(c.role)}  {c.share:.0%}  {len(c.covered)} of {c.total} "
            f"({c.count(EVIDENCED)} evidenced, {c.count(DOING)} doing it{core})"
        )
        for move in c.moves:
            core_mark = " [core]" if move.responsibility.is_core else ""
            lines.append(f"      next: {' '.join(move.responsibility.text.split())}{core_mark}")
    if len(ranked) > SHOWN:
        lines.append(f"… and {len(ranked) - SHOWN} more (--json lists every role)")
    return lines
