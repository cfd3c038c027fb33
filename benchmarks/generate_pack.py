"""Write a valid content pack of N roles with M responsibilities each, deterministic by seed.

The sentences are built from a product-management vocabulary (verbs, objects, scopes,
partners, outcomes), so search timings resemble a real company framework rather than
random strings.

    python benchmarks/generate_pack.py OUT_DIR [--roles N] [--responsibilities M] [--seed S]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import tomli_w

VERBS = [
    "own",
    "define",
    "set",
    "lead",
    "run",
    "drive",
    "plan",
    "prioritise",
    "negotiate",
    "review",
    "analyse",
    "measure",
    "launch",
    "coordinate",
    "align",
    "coach",
    "mentor",
    "hire",
    "budget",
    "forecast",
    "document",
    "present",
    "report",
    "design",
    "test",
    "validate",
    "research",
    "interview",
    "map",
    "sequence",
    "scope",
    "estimate",
    "facilitate",
    "escalate",
    "resolve",
    "audit",
    "improve",
    "simplify",
    "automate",
    "standardise",
    "govern",
    "price",
    "package",
    "position",
    "migrate",
    "retire",
    "localise",
    "instrument",
    "monitor",
    "benchmark",
    "partner",
    "pitch",
    "onboard",
    "train",
    "grow",
    "protect",
    "secure",
]
OBJECTS = """roadmap, backlog, strategy, vision, portfolio, budget, forecast, pricing model, release plan,
launch checklist, discovery programme, experiment pipeline, dashboard, metrics framework, KPI tree, OKRs,
requirements, specification, user stories, acceptance criteria, design system, research plan, personas,
journey map, competitor analysis, market sizing, business case, investment memo, risk register, dependency map,
service level agreement, support process, escalation path, onboarding flow, retention campaign, churn analysis,
feedback loop, beta programme, partner integration, API contract, data model, privacy review, security review,
compliance audit, accessibility review, localisation plan, content strategy, hiring plan, career ladder,
performance reviews, team charter, operating rhythm, quarterly plan, annual plan, board deck, investor update,
sales enablement kit, positioning statement, messaging guide, pricing page, win-loss analysis""".replace(
    "\n", " "
).split(", ")
OBJECTS = [o.strip() for o in OBJECTS]
SCOPES = """for the product line|for the platform team|across the portfolio|for enterprise customers|for self-serve users
|for the mobile apps|for the payments area|for the data platform|for new markets|for the growth team|for the core product
|across regions|for strategic accounts|for the partner ecosystem|for internal tools|for the developer platform""".replace(
    "\n", ""
).split("|")
PARTNERS = """with engineering|with design|with marketing|with sales|with finance|with legal|with customer success
|with data science|with operations|with the executive team|with partners|with support|with security|with research""".replace(
    "\n", ""
).split("|")
OUTCOMES = """so that revenue grows|to reduce churn|to raise activation|to cut delivery time|to improve quality
|to lower cost|to win new customers|to meet compliance|to improve satisfaction|to keep teams aligned""".replace(
    "\n", ""
).split("|")
AREAS = ["strategy", "people", "delivery", "customers", "business", "data", "communication"]
TRACKS = ["individual-contributor", "management", "executive", "adjacent"]
SPECIALTIES = [
    "Payments",
    "Growth",
    "Platform",
    "Data",
    "Mobile",
    "Search",
    "Checkout",
    "Identity",
    "Billing",
    "Analytics",
    "Marketplace",
    "Onboarding",
    "Messaging",
    "Security",
    "Infrastructure",
    "Commerce",
    "Ads",
    "Insights",
    "Integrations",
    "Reliability",
]
TITLES = [
    "Associate Product Manager",
    "Product Manager",
    "Senior Product Manager",
    "Principal Product Manager",
    "Group Product Manager",
    "Director of Product",
    "Head of Product",
    "VP of Product",
]


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(VERBS).capitalize(), "the", rng.choice(OBJECTS), rng.choice(SCOPES)]
    if rng.random() < 0.7:
        parts.append(rng.choice(PARTNERS))
    if rng.random() < 0.5:
        parts.append(rng.choice(OUTCOMES))
    return " ".join(parts) + "."


def generate(out: Path, roles: int, per_role: int, seed: int) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources.toml").write_text(
        tomli_w.dumps(
            {
                "sources": [
                    {
                        "id": "generated",
                        "publisher": "role-explorer benchmark generator",
                        "title": "Synthetic pack",
                        "date": f"seed {seed}",
                    }
                ]
            }
        )
    )
    ids = []
    for index in range(roles):
        level = index % len(TITLES)
        specialty = SPECIALTIES[(index // len(TITLES)) % len(SPECIALTIES)]
        role_id = f"gen-{index:05d}"
        ids.append(role_id)
        data = {
            "id": role_id,
            "title": f"{TITLES[level]}, {specialty} {index // (len(TITLES) * len(SPECIALTIES)) + 1}",
            "aliases": [f"{specialty} PM {index}"],
            "track": TRACKS[0] if level < 4 else TRACKS[1],
            "level": level + 1,
            "summary": " ".join(sentence(rng) for _ in range(2)),
            "skills": rng.sample(OBJECTS, 5),
            "sources": ["generated"],
            "responsibilities": [
                {"id": f"r{j}", "text": sentence(rng), "area": rng.choice(AREAS), "source": "generated"}
                for j in range(per_role)
            ],
        }
        if index and level:
            data["reports_to"] = (
                [f"gen-{index + 1:05d}"] if index + 1 < roles and level < len(TITLES) - 1 else []
            )
            data["next_steps"] = (
                [{"to": f"gen-{index + 1:05d}", "kind": "promotion", "advice": sentence(rng)}]
                if index + 1 < roles and level < len(TITLES) - 1
                else []
            )
        (out / f"{role_id}.toml").write_text(tomli_w.dumps(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--roles", type=int, default=1000)
    parser.add_argument("--responsibilities", type=int, default=20, help="per role")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.out, args.roles, args.responsibilities, args.seed)
    print(f"wrote {args.roles} roles × {args.responsibilities} responsibilities to {args.out}")


if __name__ == "__main__":
    main()
