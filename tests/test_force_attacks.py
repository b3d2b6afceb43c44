"""Attacks told by their act or effect (shots, warning shots, soldiers killed by a named agent, raids,
strikes, striking back) and troops sent or moved."""

from __future__ import annotations

import pytest

from tests.event_reading import found


def _pairs(text: str, kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for k, _sub, s, t, _status in found(text) if k == kind}


@pytest.mark.parametrize(("text", "pair"), [
    ("Indische Soldaten hätten auf pakistanische Stellungen geschossen.", ("IND", "PAK")),
    ("Die chinesische Küstenwache gab Warnschüsse auf ein philippinisches Fischerboot ab.", ("CHN", "PHL")),
    ("Bei Gefechten wurden sechs sudanesische Soldaten von äthiopischen Truppen getötet.", ("ETH", "SDN")),
    ("Tschadische Soldaten haben am Sonntag drei kamerunische Grenzschützer erschossen.", ("TCD", "CMR")),
    ("Der irakische Überfall auf Kuwait veränderte die Region.", ("IRQ", "KWT")),
    ("Die Türkei habe einen Vergeltungsschlag gegen Syrien geführt.", ("TUR", "SYR")),
    ("Armenien hatte am Montag aserbaidschanische Posten beschossen. In der Nacht schlug Aserbaidschan zurück.",
     ("AZE", "ARM")),
])
def test_attacks_told_by_act_or_effect(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Bei einem Busunglück in Peru wurden vier Bolivianer getötet.",
    "Die Polizei in Lima hat einen mutmaßlichen Räuber erschossen.",
    "Der Stürmer schoss in der 80. Minute auf das Tor.",
    "China schlug mit Zöllen auf australischen Wein zurück.",
])
def test_no_attack_without_a_foreign_agent(text: str) -> None:
    assert not _pairs(text, "ASSAULT")


@pytest.mark.parametrize(("text", "pair"), [
    ("Die Armee Kenias verlegt zusätzliche Soldaten an die Grenze zu Somalia.", ("KEN", "SOM")),
    ("Belgien entsandte am Freitag Fallschirmjäger in die Demokratische Republik Kongo.", ("BEL", "COD")),
    ("Indien schickte 3000 Soldaten an die Grenze zu China.", ("IND", "CHN")),
])
def test_troops_sent_or_moved(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "MOBILIZE")


@pytest.mark.parametrize(("text", "pair"), [
    ("Drei nigrische Soldaten wurden von tschadischen Grenzschützern erschossen.", ("TCD", "NER")),
    ("Nachdem ruandische Soldaten auf kongolesische Stellungen geschossen hatten, protestierte Kinshasa.",
     ("RWA", "COD")),
])
def test_agent_in_a_von_phrase_or_after_a_subordinator_acts(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "ASSAULT")
    assert (pair[1], pair[0]) not in _pairs(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Chile und Peru haben einen Pakt geschlossen, der beide Länder im Fall eines Angriffs zum Beistand verpflichtet.",
    "Zollstreit: Washington setzt Strafzölle gegen Kanada aus",
    "Kuba verlange dafür nichts, weder die Aufhebung von Sanktionen noch sonst etwas.",
])
def test_hypothetical_attacks_and_lifted_measures_are_no_events(text: str) -> None:
    kinds = {k for k, *_rest in found(text)}
    assert not kinds & {"ASSAULT", "SANCTION"}


def test_expulsion_headline_with_a_dash_is_no_rejection() -> None:
    text = "Kroatien weist serbischen Botschafter aus – Belgrad nimmt Vergeltung zurück"
    assert ("HRV", "SRB") in _pairs(text, "SANCTION")
    assert not _pairs(text, "REJECT")


@pytest.mark.parametrize(("text", "pair", "kind"), [
    ("Der usbekische Oppositionelle wurde im März 2023 in Berlin von usbekischen Agenten entführt.",
     ("UZB", "DEU"), "ASSAULT"),
    ("Binnen zwei Tagen seien neun russische Kriegsschiffe vor der Küste Norwegens gesichtet worden, meldete Oslo.",
     ("RUS", "NOR"), "MOBILIZE"),
    ("Russland habe die Zahl seiner Militärflüge nahe Estland deutlich erhöht.", ("RUS", "EST"), "MOBILIZE"),
])
def test_abductions_by_agents_and_shows_of_force(text: str, pair: tuple[str, str], kind: str) -> None:
    assert pair in _pairs(text, kind)


def test_abduction_by_rebels_is_no_state_attack() -> None:
    assert not _pairs("Rebellen haben im Kongo zwei belgische Touristen entführt.", "ASSAULT")


def test_two_mentions_of_one_days_clash_are_one_attack() -> None:
    text = ("Am 12. Mai 2024 wurden an der Grenze bei einem Feuergefecht drei kirgisische Soldaten von tadschikischen "
            "Truppen getötet. Nach Angaben aus Bischkek eröffneten tadschikische Einheiten am 12. Mai 2024 das Feuer "
            "auf einen kirgisischen Posten.")
    attacks = [e for e in found(text) if e[0] == "ASSAULT"]
    assert [(s, t) for _k, _sub, s, t, _st in attacks] == [("TJK", "KGZ")]


@pytest.mark.parametrize("text", [
    "Pjöngjang hatte in der Vergangenheit mit Artilleriebeschuss der Anlagen gedroht.",
    "Im Mai verurteilte der Präsident Albaniens ein serbisches Gesetz als Angriff auf die albanische Minderheit.",
])
def test_threatened_or_figurative_attacks_are_no_attack(text: str) -> None:
    assert not _pairs(text, "ASSAULT")


def test_sanctions_not_joined_are_no_sanction() -> None:
    assert not _pairs("Seit Beginn des Krieges trägt Belgrad die westlichen Sanktionen gegen Russland nicht mit.",
                      "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("Mai 2008: Litauen protestiert, nachdem Russland in Georgien einmarschiert ist.", ("RUS", "GEO")),
    ("1979 marschierten vietnamesische Truppen in Kambodscha ein und stürzten die Regierung.", ("VNM", "KHM")),
])
def test_invasions_told_with_the_separable_verb(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "ASSAULT")


def test_a_robbery_is_no_attack() -> None:
    assert not _pairs("Der brutale Überfall auf eine Tankstelle in Lima schockierte Peru.", "ASSAULT")


@pytest.mark.parametrize("text", [
    "Auf Bitten der Regierung schickt Tansania rund 800 Soldaten nach Mosambik.",
    "Kenia hat Soldaten nach Somalia entsandt, die dort an der Seite der somalischen Armee kämpfen.",
])
def test_troops_sent_at_the_hosts_request_are_no_mobilisation_against_it(text: str) -> None:
    assert not _pairs(text, "MOBILIZE")


def test_troops_built_up_at_a_border_but_not_a_peacekeeping_contingent() -> None:
    assert ("BLR", "POL") in _pairs("Belarus stockte seine Truppen an der Grenze zu Polen auf.", "MOBILIZE")
    assert not _pairs("Irland hat sein Kontingent im Libanon aufgestockt.", "MOBILIZE")
