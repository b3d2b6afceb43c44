"""Appositions between two commas split no clause: a date after a weekday ("am Montag, dem 3. Juni,") and a
name after a title ("der neue Botschafter Kenias, Peter Otieno,"). The subject before them keeps its role, and
the comma closing a date is no relative clause ("…, dem 3. Juni, den Attaché …")."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t, s, o) for t, _, s, o, _ in found(text)]


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Neuseeland wies am Montag, dem 3. Juni, den chinesischen Militärattaché aus.",
     ("SANCTION", "NZL", "CHN"), ("SANCTION", "CHN", "NZL")),
    ("Die Regierung in Wellington wies am Freitag, 7. März, den iranischen Gesandten aus.",
     ("SANCTION", "NZL", "IRN"), ("SANCTION", "IRN", "NZL")),
    ("Lettland bestellte am Mittwoch, dem 2. Oktober 2024, den belarussischen Geschäftsträger ein.",
     ("ACCUSE", "LVA", "BLR"), ("ACCUSE", "BLR", "LVA")),
])
def test_a_date_apposition_keeps_the_subject(text: str, want: tuple, wrong: tuple) -> None:
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_a_name_apposition_keeps_the_envoy_as_the_source() -> None:
    got = pairs("Österreich und Kenia pflegen enge Beziehungen. Am 3. Mai überreichte der neue kenianische "
                "Botschafter, Odhiambo Waweru, Bundespräsident Van der Bellen sein Beglaubigungsschreiben.")
    assert ("CONSULT", "KEN", "AUT") in got
    assert ("CONSULT", "AUT", "KEN") not in got


@pytest.mark.parametrize(("text", "want", "wrong"), [
    ("Auf Einladung des Präsidenten der Republik Ghana, Kofi Mensah, hält sich der Präsident Senegals vom 3. bis "
     "5. Mai zu einem Staatsbesuch in Accra auf.", ("CONSULT", "SEN", "GHA"), ("CONSULT", "GHA", "SEN")),
    ("Auf Einladung Ihrer Exzellenz Maria Lopes, Präsidentin der Republik Kap Verde, hat der Präsident Angolas einen "
     "Staatsbesuch in Kap Verde absolviert.", ("CONSULT", "AGO", "CPV"), ("CONSULT", "CPV", "AGO")),
])
def test_the_inviter_named_in_apposition_is_the_host(text: str, want: tuple, wrong: tuple) -> None:
    got = pairs(text)
    assert want in got
    assert wrong not in got


def test_a_noun_phrase_apposition_after_a_place_keeps_the_subject() -> None:
    got = pairs("Eritreische Kampfflugzeuge haben nach Angaben der äthiopischen Armee in der Nacht Ziele nahe Mekelle, "
                "der Hauptstadt der Region Tigray, bombardiert.")
    assert ("ASSAULT", "ERI", "ETH") in got
    assert ("ASSAULT", "ETH", "ERI") not in got


def test_a_noun_phrase_apposition_after_an_envoy_keeps_the_subject() -> None:
    got = pairs("Tunesien hat am Montag den Botschafter Libyens, des östlichen Nachbarn, einbestellt.")
    assert ("ACCUSE", "TUN", "LBY") in got
    assert ("ACCUSE", "LBY", "TUN") not in got


def test_an_actor_in_a_fronted_phrase_is_no_subject() -> None:
    got = pairs("Der nigrische Präsident Issa Maiga trat im Juli zurück. Nach dem Sturz der Regierung von Präsident "
                "Issa Maiga hat die Bundesregierung die Übergangsregierung unterstützt.")
    assert ("SUPPORT", "DEU", "NER") in got
    assert ("SUPPORT", "NER", "DEU") not in got
