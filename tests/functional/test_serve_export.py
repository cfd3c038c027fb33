"""In a browser tab (`role-explorer serve`), exports download and the clipboard says it is out of reach."""

from explorer.tui.screens.prompt import TextPrompt


async def test_in_a_browser_tab_an_export_downloads_and_copy_says_why_not(make_app, monkeypatch):
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
        assert copied == []
