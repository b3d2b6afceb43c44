"""An undated act in a paragraph without a time of its own takes the article's lead date; when the day named
last before it lies within that date (or there is none and the sentence right before names a day), that day."""

from __future__ import annotations

from tests.event_reading import dyads, events


def test_an_undated_act_after_a_named_day_within_the_lead_month_takes_the_day() -> None:
    found = events("Streit um den Fluss\n\nDie Regierung Kambodschas bestellte am Donnerstag, dem 7. März 2024, den "
                   "Botschafter Vietnams ein.\n\nHanoi reagierte binnen Stunden. Das vietnamesische Außenministerium "
                   "wies die Vorwürfe aus Phnom Penh als haltlos zurück.", None)
    assert ("rejection", "VNM", "KHM", "2024-03-07", "occurred") in dyads(found)


def test_without_a_lead_the_day_of_the_sentence_before_dates_a_dort_clause() -> None:
    found = events("Kommentar\n\nSeit 1995 tauschen Belize und Honduras keine Botschafter aus. Umso bemerkenswerter "
                   "ist, was am Mittwoch, dem 5. Juni 2024, in Belmopan geschah.\n\nDort unterzeichneten die "
                   "Außenminister von Belize und Honduras ein Abkommen über die Fischerei.", None)
    assert [d for *_, d, _ in dyads(found)] == ["2024-06-05"]


def test_a_sequence_adverb_in_a_new_paragraph_takes_the_day_told_just_before() -> None:
    found = events("Die Außenministerin Australiens ist am Freitagabend in Jakarta gelandet. Am Samstag empfing sie "
                   "der Präsident Indonesiens.\n\nDanach forderte Australien von Indonesien die Freilassung eines "
                   "Journalisten.", "2025-03-10")
    assert ("demand", "AUS", "IDN", "2025-03-08", "occurred") in dyads(found)
