"""An undated act of the opening paragraph takes the day its report names ('teilte … am Mittwoch mit'), not the
day of another happening told in the same sentence."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_day_of_the_report_beats_the_incident() -> None:
    text = ("Ecuador hat den kolumbianischen Botschafter einbestellt. Anlass sei ein Zwischenfall an der Grenze am "
            "Wochenende, teilte das Außenministerium in Quito am Mittwoch mit.")
    found = dyads(events(text, "2024-03-14"))
    assert [d for _, a, b, d, _ in found if a == "ECU"] == ["2024-03-13"], found


def test_first_day_without_a_report() -> None:
    text = ("Ecuador hat den kolumbianischen Botschafter einbestellt. "
            "Am Dienstag war es an der Grenze zu Schüssen gekommen.")
    found = dyads(events(text, "2024-03-14"))
    assert [d for _, a, b, d, _ in found if a == "ECU"] == ["2024-03-12"], found
