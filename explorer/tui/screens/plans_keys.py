"""The plans screen's keys: one list, so the screen's module holds only what it does."""

from __future__ import annotations

from textual.binding import Binding, BindingType

PLANS_BINDINGS: list[BindingType] = [
    Binding("n", "new", "New plan", id="plans.new", tooltip="Start a new plan"),
    Binding("r", "rename", "Rename", id="plans.rename", tooltip="Change the highlighted plan's title"),
    Binding(
        "d",
        "duplicate",
        "Duplicate",
        id="plans.duplicate",
        show=False,
        tooltip="Copy the highlighted plan under a new title",
    ),
    Binding(
        "x,delete",
        "delete",
        "Delete",
        id="plans.delete",
        show=False,
        tooltip="Move the highlighted plan to the trash, after asking (u brings it back)",
    ),
    Binding(
        "u",
        "undelete",
        "Undelete",
        id="plans.undelete",
        show=False,
        tooltip="Bring a deleted plan back from the trash",
    ),
    Binding(
        "v",
        "versions",
        "Versions",
        id="plans.versions",
        tooltip="Earlier versions of the highlighted plan, to preview and restore",
    ),
    Binding(
        "h",
        "pick('current')",
        "From role",
        id="plans.from",
        show=False,
        tooltip="Set where you are now, for the highlighted plan",
    ),
    Binding(
        "t",
        "pick('target')",
        "To role",
        id="plans.to",
        show=False,
        tooltip="Set where you want to be, for the highlighted plan",
    ),
    Binding(
        "e",
        "export",
        "Export",
        id="plans.export",
        show=False,
        tooltip="Write the highlighted plan as Markdown to a file you choose",
    ),
    Binding(
        "y",
        "copy",
        "Copy",
        id="plans.copy",
        show=False,
        tooltip="Copy the highlighted plan as Markdown to the clipboard",
    ),
    Binding(
        "m",
        "mentor_copy",
        "Mentor copy",
        id="plans.mentor_copy",
        show=False,
        tooltip="Write a review file of the highlighted plan for a mentor (never your notes)",
    ),
    Binding(
        "p",
        "posting",
        "Job ad",
        id="plans.posting",
        show=False,
        tooltip="Paste a job ad and see what it reads like against the ladder and your plan",
    ),
    Binding(
        "c",
        "conflict",
        "Decide conflict",
        id="plans.conflict",
        show=False,
        tooltip="Choose which version to keep of a plan that also changed elsewhere (both are kept)",
    ),
]
