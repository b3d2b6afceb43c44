"""An attack noun names its attacker by an adjective, a genitive, von/durch/aus or the clause's subject; a bare
"Angriff" with none of them ("bei einem Angriff nahe der Grenze zu Uganda") tells no state's attack, and a country
merely named nearby (a venue, a treaty partner) is no attacker."""

from __future__ import annotations

from tests.event_reading import dyads, events

LEAD = "Die Lage ist angespannt. "


def test_attack_without_an_attacker_is_no_event() -> None:
    text = LEAD + ("Wenige Tage zuvor waren bei einem Angriff nahe der Grenze zu Uganda "
                   "20 Menschen in Kenia getötet worden.")
    assert dyads(events(text)) == []


def test_quoted_maxim_about_an_attack_is_no_event() -> None:
    text = LEAD + ("«Ein Angriff auf einen von uns ist ein Angriff auf uns beide», "
                   "sagte Ruto nach dem Treffen mit Tansania.")
    assert [d for d in dyads(events(text)) if d[0] == "attack"] == []


def test_attacker_by_subject_genitive_or_adjective_is_kept() -> None:
    text = LEAD + "Russland startete am Montag einen Angriff auf die Ukraine."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("attack", "RUS", "UKR")]
    text = LEAD + "Bei einem Angriff Ruandas auf kongolesische Stellungen starben am Montag 20 Soldaten."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text))] == [("attack", "RWA", "COD")]
    text = LEAD + "Nach dem äthiopischen Angriff auf Eritrea am Montag berief Eritrea den Sicherheitsrat ein."
    assert [(s, a, b) for s, a, b, _, _ in dyads(events(text)) if s == "attack"] == [("attack", "ETH", "ERI")]
