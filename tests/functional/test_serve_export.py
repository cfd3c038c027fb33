"""In a browser tab (`role-explorer serve`), exports download and copying goes to the browser's clipboard."""

from explorer.tui.dialogs.prompt import TextPrompt


async def test_in_a_browser_tab_an_export_downloads_and_copy_says_when_the_browser_allows_it(
    make_app, monkeypatch
):
    app = make_app()
    monkeypatch.setattr(type(app), "is_web", property(lambda self: True))
    delivered, copied = [], []
    monkeypatch.setattr(app, "deliver_text", lambda file, **options: delivered.append((file.read(), options)))
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=(100, 30)) as pilot:
        session = app.plan_session
        session.open()
        plan = session.ensure_active()
        session.update(plan.touched(notes="Ask for the budget owner role."))
        session.save()
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, TextPrompt)  # no path on the server's disk is asked for
        assert len(delivered) == 1
        text, options = delivered[0]
        assert "Ask for the budget owner role." in text
        assert options["save_filename"].endswith(".md") and options["mime_type"] == "text/markdown"
        await pilot.press("y")
        await pilot.pause()
        assert copied == [text]
        assert list(app._notifications)[-1].message == (
            f"Copied the plan ({text.count(chr(10)) + 1} lines) to the clipboard, if your browser allows it: it does at "
            "127.0.0.1, localhost or https addresses (press e to download it if not)."
        )


async def test_in_a_browser_tab_the_brief_and_calendar_download_and_nothing_is_written_on_the_server(
    make_app, monkeypatch
):
    from explorer import locations

    app = make_app()
    monkeypatch.setattr(type(app), "is_web", property(lambda self: True))
    delivered = []
    monkeypatch.setattr(app, "deliver_text", lambda file, **options: delivered.append((file.read(), options)))
    async with app.run_test(size=(100, 30)) as pilot:
        app.plan_session.create("My plan", current_role="product-manager", target_role="head-of-product")
        await pilot.press("f5", "b", "i")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]
    (brief, brief_options), (calendar, calendar_options) = delivered
    assert brief.startswith("# Transition brief: My plan\n")
    assert (brief_options["save_filename"], brief_options["mime_type"]) == (
        "my-plan-brief.md",
        "text/markdown",
    )
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert (calendar_options["save_filename"], calendar_options["mime_type"]) == (
        "my-plan-dates.ics",
        "text/calendar",
    )
    assert brief_options["encoding"] == calendar_options["encoding"] == "utf-8"
    assert messages[-2].startswith(
        "Downloading the transition brief as my-plan-brief.md: your browser saves it"
    )
    assert messages[-1].startswith("Downloading the calendar of review and due dates as my-plan-dates.ics")
    assert not (locations.data_dir() / "exports").exists()
