"""The country in an object's genitive ("hat den Botschafter Kolumbiens einbestellt") is never the subject: when the
actor is an office of no stated country, the other side of the article acts, not the summoned envoy's country."""

from __future__ import annotations

from tests.event_reading import found


def test_the_summoned_envoys_country_does_not_summon() -> None:
    got = found("Ecuador und Kolumbien streiten über die Grenze. Das Außenministerium hat den Botschafter Kolumbiens "
                "einbestellt.")
    assert ("ACCUSE", "criticism", "ECU", "COL", "occurred") in got
    assert ("ACCUSE", "criticism", "COL", "ECU", "occurred") not in got


def test_an_office_with_its_genitive_after_the_verb_still_acts() -> None:
    got = found("Am Montag kritisierte die Regierung Kolumbiens das Vorgehen Ecuadors.")
    assert ("ACCUSE", "criticism", "COL", "ECU", "occurred") in got
