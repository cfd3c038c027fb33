"""The commented example pack `role-explorer new-pack` writes: every kind of file, each key explained."""

from __future__ import annotations

from explorer.core.content.transfer.writer import toml_string


def example_pack(pack_id: str, name: str) -> dict[str, str]:
    source = f"{pack_id}-framework"
    return {
        "pack.toml": f"""#:schema ./schema/pack.schema.json
# Who this pack belongs to. Every content folder is a pack; this file names it.
id = {toml_string(pack_id)}                   # lower-case letters, digits and dashes
name = {toml_string(name)}                 # shown beside your roles wherever a title is also used elsewhere
company = "Example Company"
version = "1"
description = "Our product-management ladder."

# Your grades, lowest first, as your team writes them (7, "L5", "M2"...). A `level` lines a
# grade up with the shipped library's levels (1 = associate PM ... 8 = CPO); leave it out
# and your ladders are shown on their own, never lined up by guesswork.
[[grades]]
label = "P2"
level = 2

[[grades]]
label = "P3"
level = 3

[[grades]]
label = "M4"
level = 5
""",
        "sources.toml": f"""#:schema ./schema/sources.schema.json
# Where your roles' words come from: every role cites at least one source.
[[sources]]
id = {toml_string(source)}
publisher = {toml_string(name)}
title = "Our career framework"
date = "date not stated"          # as stated, e.g. "March 2026"
""",
        "ladders.toml": f'''#:schema ./schema/ladders.schema.json
# Ladders list role ids from the bottom rung up. Give them ids of your own: a ladder id the
# shipped library uses ("management") would replace the shipped ladder.
[[ladders]]
id = "{pack_id}-product"
name = {toml_string(f"{name} product ladder")}
track = "individual-contributor"  # individual-contributor | management | executive | adjacent
roles = ["{pack_id}-product-manager", "{pack_id}-senior-product-manager"]

[[ladders]]
id = "{pack_id}-leadership"
name = {toml_string(f"{name} leadership")}
track = "management"
roles = ["{pack_id}-head-of-product"]
''',
        f"roles/{pack_id}-product-manager.toml": f'''#:schema ../schema/role.schema.json
id = "{pack_id}-product-manager"   # prefix ids with your pack's id so they never replace a shipped role
title = "Product Manager II"       # your own title; one the shipped library uses too is allowed (lists add the pack's name)
track = "individual-contributor"
grade = "P2"                      # your grade, as written; its level comes from pack.toml
equivalent_to = ["product-manager"]  # the same job in another pack: compare and gap route through it
summary = "Owns one product area: finds the problems worth solving and ships the solutions with the team."
skills = ["Discovery", "Prioritisation"]
watch_outs = ["Ships what was asked for without asking why."]  # optional: how people here go wrong
reports_to = ["{pack_id}-head-of-product"]
sources = [{toml_string(source)}]

[[responsibilities]]
id = "own-roadmap"
text = "Keep the roadmap for the area and explain every trade-off."
area = "strategy"                 # strategy | people | delivery | customers | business | data | communication
competency = "Product sense"      # optional: your own name for the area
explanation = "Knowing which problems are worth solving."  # optional: what the competency means
examples = ["Dropped a planned feature after interviews showed nobody needed it."]  # optional
importance = "core"               # optional: core | supporting
source = {toml_string(source)}

[[next_steps]]
to = "{pack_id}-senior-product-manager"
kind = "promotion"                # or lateral
advice = "Lead discovery for a larger area on your own."
''',
        f"roles/{pack_id}-senior-product-manager.toml": f'''#:schema ../schema/role.schema.json
id = "{pack_id}-senior-product-manager"
title = "Product Manager III"
track = "individual-contributor"
grade = "P3"
equivalent_to = ["senior-product-manager"]
summary = "Owns a larger area with little guidance and coaches other product managers."
reports_to = ["{pack_id}-head-of-product"]
sources = [{toml_string(source)}]

[[responsibilities]]
id = "coach"
text = "Coach product managers on discovery and delivery."
area = "people"
source = {toml_string(source)}
''',
        f"roles/{pack_id}-head-of-product.toml": f'''#:schema ../schema/role.schema.json
id = "{pack_id}-head-of-product"
title = "Product Director"
track = "management"
grade = "M4"
summary = "Leads the product managers and the product strategy."
manages = ["{pack_id}-product-manager", "{pack_id}-senior-product-manager"]
sources = [{toml_string(source)}]

[[responsibilities]]
id = "strategy"
text = "Set the product strategy and the goals each team works toward."
area = "strategy"
source = {toml_string(source)}
''',
    }
