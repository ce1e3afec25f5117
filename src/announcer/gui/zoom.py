"""How large the preview draws its pages: fitted to the pane's width (the default),
the whole page fitted to the pane, or a fixed share of the printed size.

A fit is computed afresh from the pane whenever it is asked for, so a narrowed window
or a wider Wording panel refits the page; a fixed zoom keeps its size, and the view's
scroll bars reach what the pane cannot show. The zoom is kept in the settings as
text: «width», «page» or a percentage («125»)."""

from dataclasses import dataclass

FIT_WIDTH, FIT_PAGE = "width", "page"
STEPS = (25, 33, 50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400)  # percent of the printed size, as browsers step
SMALLEST, LARGEST = STEPS[0], STEPS[-1]
_TINY = 0.005  # screen pixels per layout pixel: a pane narrower than its margins still draws something


@dataclass(frozen=True)
class Zoom:
    """A fit («width», «page») or a percentage of the printed size."""

    mode: str = FIT_WIDTH
    percent: int = 100  # read only when mode is neither fit

    def scale(self, natural: float, page: tuple[float, float], room: tuple[float, float]) -> float:
        """Screen pixels per layout pixel. natural: the scale of the printed size; page:
        the page's size in layout pixels; room: the pane's size less its margins."""
        across = room[0] / page[0]
        if self.mode == FIT_WIDTH:
            return max(across, _TINY)
        if self.mode == FIT_PAGE:
            return max(min(across, room[1] / page[1]), _TINY)
        return natural * self.percent / 100

    def stepped(self, direction: int, current: float, natural: float) -> "Zoom":
        """The next step in (direction 1) or out (-1) from the scale shown now (a fit
        shows some scale between two steps)."""
        shown = current / natural * 100
        if direction > 0:
            return Zoom("percent", next((s for s in STEPS if s > shown + 0.5), LARGEST))
        return Zoom("percent", next((s for s in reversed(STEPS) if s < shown - 0.5), SMALLEST))

    def text(self) -> str:
        """As the settings keep it."""
        return self.mode if self.mode in (FIT_WIDTH, FIT_PAGE) else str(self.percent)


def read(value) -> "Zoom":
    """The settings' text as a zoom (ValueError or TypeError for any other)."""
    if not isinstance(value, str):
        raise TypeError(f"not text but {type(value).__name__}")
    if value in (FIT_WIDTH, FIT_PAGE):
        return Zoom(value)
    if not value.isascii() or not value.isdigit() or not SMALLEST <= int(value) <= LARGEST:
        raise ValueError(f"neither {FIT_WIDTH}, {FIT_PAGE} nor a percentage from {SMALLEST} to {LARGEST}")
    return Zoom("percent", int(value))
