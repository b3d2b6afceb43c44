"""A meeting with two named counterparts joined by a repeated 'mit' ("mit A sowie mit B"): one event each."""
from tests.event_reading import events


def test_meeting_with_two_hosts_repeated_mit() -> None:
    text = ("Der japanische Ministerpräsident ist zu einem Besuch in Brasilien eingetroffen, wo ihn der brasilianische "
            "Präsident Luiz Inácio Lula da Silva und der brasilianische Vizepräsident Geraldo Alckmin erwarteten. "
            "Am Mittwoch kam der japanische Ministerpräsident mit Präsident Lula da Silva sowie mit "
            "Vizepräsident Alckmin zusammen.")
    met = {e.target.name for e in events(text) if e.subtype == "meeting" and e.source.country == "JPN"}
    assert met == {"Luiz Inácio Lula da Silva", "Geraldo Alckmin"}
