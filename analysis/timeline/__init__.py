"""The timeline of a story: time expressions, story events with honest time bounds, and gaps between events.

- ``time_expressions(article)``: temporal expressions normalized against the publication date (``timex``);
- ``events(article, known_times=None)``: story events, their participants, places and time bounds, solved together
  as a simple temporal network (``events`` and ``network``);
- ``gap(article, a, b, known_times=None) -> Gap(min, max, basis)``: bounds on time(b) - time(a);
- ``to_timelinejs(events)``: the TimelineJS3 JSON for an interactive timeline.
"""
from __future__ import annotations

from .timex import VAGUE_TIME, time_expressions

__all__ = ["time_expressions", "VAGUE_TIME"]

from .events import PLACE_TIMEZONES, Gap, clear_cache, events, find_event, gap, gaps, read_known_times  # noqa: E402

__all__ += ["events", "gap", "gaps", "find_event", "Gap", "PLACE_TIMEZONES", "clear_cache",
            "read_known_times"]
from .timelinejs import save_timelinejs, to_timelinejs  # noqa: E402

__all__ += ["to_timelinejs", "save_timelinejs"]
from .chart import compare_gaps, pick_events, plot_timeline, same_day_sequence  # noqa: E402

__all__ += ["plot_timeline", "compare_gaps", "same_day_sequence", "pick_events"]
