"""Precision of meetings, talks, visits and cooperation: a plane 'getroffen worden' (hit), a security council
convened, police landing abroad, cooperation a third party calls for;
talks or a meeting offered lie ahead (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_no_meeting_when_hit_or_a_council_is_convened() -> None:
    text = ("Schon bald deutete vieles darauf hin, dass die Maschine über Tschetschenien von Splittern einer "
            "russischen Rakete getroffen worden war.")
    assert [f for f in found(text) if f[1] == "meeting"] == []
    assert found("Der armenische Premier berief den Sicherheitsrat zu einer Sondersitzung ein.") == []
    assert ("CONSULT", "meeting", "PER", "CHL", "occurred") in found(
        "Der peruanische Präsident hatte seinen chilenischen Amtskollegen in Lima getroffen.")


def test_police_landing_is_no_visit() -> None:
    assert found("Im Juni landeten die ersten 400 kenianischen Polizisten in Port-au-Prince.") == []


def test_cooperation_called_for_is_the_calls_content() -> None:
    text = "In Washington rief ein Sprecher des Außenministeriums Indien auf, mit Kanada zusammenzuarbeiten."
    assert [f for f in found(text) if f[1] == "cooperation"] == []


def test_offered_talks_and_meeting_lie_ahead_but_a_call_happened() -> None:
    assert found("Der belarussische Außenminister hat Litauen Gespräche über die Lastwagen angeboten.") == [
        ("AGREE", "talks", "BLR", "LTU", "planned")]
    assert ("AGREE", "meeting", "TUR", "SYR", "planned") in found(
        "Noch im Sommer bot der türkische Präsident seinem syrischen Amtskollegen ein Treffen an.")
    text = ("Kenias Präsident hat mit dem sudanesischen Präsidenten telefoniert und beiden Seiten die Vermittlung "
            "Nairobis angeboten.")
    assert ("CONSULT", "phone_call", "KEN", "SDN", "occurred") in found(text)
