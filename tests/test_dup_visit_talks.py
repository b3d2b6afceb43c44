"""Talks held during a visit, with a counterpart whose country is not named: one more event (GUIDELINES)."""
from tests.event_reading import events


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.subtype, e.source.country, e.target.country) for e in events(text)}


def test_talks_with_unnamed_countrys_official_during_trip() -> None:
    got = _events("Die peruanische Präsidentin war am Montag nach Seoul gereist und hatte dort "
                  "mit Parlamentspräsident Kim Jun-ho verhandelt.")
    assert ("visit", "PER", "KOR") in got and ("talks", "PER", "KOR") in got


def test_talks_at_visit_noun() -> None:
    got = _events("Die Außenministerin Ghanas hatte Anfang März bei einem Besuch in Ottawa "
                  "mit Innenministerin Claire Dubois über Handel gesprochen.")
    assert ("talks", "GHA", "CAN") in got


def test_purpose_of_visit_is_no_second_event() -> None:
    got = _events("Der chilenische Außenminister war zuletzt im Dezember zu Gesprächen in Lima.")
    assert not any(s == "talks" for s, _, _ in got)


def test_speech_before_troops_is_no_talks() -> None:
    got = _events("Der ruandische Präsident reiste im Mai nach Maputo und sprach vor den ruandischen Truppen.")
    assert not any(s == "talks" for s, _, _ in got)
