"""Issue 26's newcomer walk, the keys and messages that surprised: each fix driven with the pilot."""

from tests.functional.waits import palette_settled, pilot_until

from explorer import locations
from explorer.tui.dialogs.exported import ExportedScreen

SIZE = (80, 24)


async def test_the_palettes_screenshot_goes_into_the_exports_folder_and_says_where(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"screenshot")
        await palette_settled(pilot)
        await pilot.press("enter")
        screen = await pilot_until(pilot, lambda: isinstance(app.screen, ExportedScreen) and app.screen)
        exports = locations.data_dir() / "exports"
        [picture] = list(exports.iterdir())
        assert screen.path == str(picture) and picture.suffix == ".svg"
        assert picture.read_text(encoding="utf-8").startswith("<svg")
        assert screen.how_to_open == "open it in a web browser"
