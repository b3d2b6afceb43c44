"""A dateline with a date ("Nairobi, 14. März 2023 (AFP) – ") reports the story: its news agency and
place take no part in the events of the lead sentence."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_dated_dateline_agency_is_no_party() -> None:
    text = ("Nairobi, 14. März 2023 (AFP) - Kenia und Tansania haben am Montag ein Abkommen über den Bau "
            "einer Pipeline unterzeichnet.")
    found = [(sub, {src, tgt}) for sub, src, tgt, _, _ in dyads(events(text, "2023-03-14"))]
    assert found == [("agreement_signed", {"KEN", "TZA"})]


def test_dated_dateline_with_dash_and_agency_in_lowercase() -> None:
    text = "Hanoi, 2. Februar 2022 (dpa) – Vietnam hat den chinesischen Botschafter einbestellt."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text, "2022-02-02"))] == [("criticism", "VNM", "CHN")]


def test_agency_named_in_the_sentence_is_still_no_party() -> None:
    text = "Wie die Nachrichtenagentur AFP berichtete, kritisierte Peru das Vorgehen Ecuadors scharf."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("criticism", "PER", "ECU")]
