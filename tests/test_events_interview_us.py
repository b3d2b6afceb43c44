"""The speaker's side named as object in an answer or quote ('uns', 'unserem Land', 'unsere Botschafterin'):
an act toward it goes to the speaker's country, never from it."""

from __future__ import annotations

from tests.event_reading import found


def test_uns_as_object_is_the_speakers_country() -> None:
    text = ("Die litauische Ministerpräsidentin Inga Ruginienė sagte am Montag: „Norwegen hat uns "
            "nach den Stürmen in Lettland weitere Hilfe zugesagt.“")
    assert ("AGREE", "aid", "NOR", "LTU", "planned") in found(text)
    assert not [e for e in found(text) if e[3] == "LVA"]


def test_our_ambassador_expelled_in_the_passive_is_expelled_by_the_other_side() -> None:
    text = "Der estnische Außenminister Margus Tsahkna sagte: „Unsere Botschafterin wurde aus Minsk ausgewiesen.“"
    assert found(text) == [("SANCTION", "expulsion", "BLR", "EST", "occurred")]


def test_reflexive_uns_after_wir_keeps_the_speaker_as_actor() -> None:
    text = ("Der estnische Außenminister Margus Tsahkna sagte: „Wir haben uns mit Finnland auf gemeinsame "
            "Übungen verständigt und haben Litauen Hilfe zugesagt.“")
    assert all(source == "EST" for _, _, source, _, _ in found(text))
