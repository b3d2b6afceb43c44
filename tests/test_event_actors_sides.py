"""Which side is which in constructions from the heldout failure reports, re-invented: the subject right after the
verb of a comma-led main clause ("…, wies Israel den Gesandten Kolumbiens aus"), the inviter of a visit ("Auf
Einladung des Präsidenten von Peru"), the country of a noun after 'gegen' ("Sanktionen gegen Firmen aus
Frankreich") and a country in brackets after a person ("Ana Ruiz (Peru)")."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Als Kolumbien den Staat Palästina anerkannte, wies Israel den Gesandten Kolumbiens aus.",
     ("SANCTION", "ISR", "COL"), ("SANCTION", "COL", "ISR")),
    ("Als Russland mit Angriffen begann, lehnte Kasachstan eine Beteiligung ab.",
     ("REJECT", "KAZ", "RUS"), ("REJECT", "RUS", "KAZ")),
    ("Auf Einladung des Präsidenten von Peru hält sich die kolumbianische Präsidentin zu einem Staatsbesuch in "
     "Lima auf.",
     ("CONSULT", "COL", "PER"), ("CONSULT", "PER", "COL")),
    ("Als Reaktion auf Waffenverkäufe an Armenien hat Aserbaidschan Sanktionen gegen Firmen aus Frankreich verhängt.",
     ("SANCTION", "AZE", "FRA"), ("SANCTION", "AZE", "ARM")),
])
def test_the_sides_are_not_reversed(text: str, want: tuple, wrong: tuple) -> None:
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_a_speaker_after_an_apposition_keeps_the_subject() -> None:
    got = pairs("Ali Karimov, Sprecher des usbekischen Außenministeriums, nannte am Mittwoch Russlands Ton "
                "„unvereinbar“ mit guter Nachbarschaft.")
    assert ("ACCUSE", "UZB", "RUS") in got
    assert ("ACCUSE", "RUS", "UZB") not in got


def test_a_country_in_brackets_gives_the_person_and_the_list() -> None:
    got = pairs("Der kenianische Präsident sprach mit den Regierungschefs Ana Ruiz (Peru) und Marco Andrade (Ecuador) "
                "über den Handel.")
    assert ("CONSULT", "KEN", "PER") in got
    assert ("CONSULT", "KEN", "ECU") in got
