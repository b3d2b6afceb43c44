"""Persons named with their country through a role, found by the systematic entity audit
(a generator over ~95 countries): invented names of many countries in common German news templates."""

from __future__ import annotations

from tests.entity_reading import person, read


def test_surname_that_is_a_noun_after_a_speech_verb_joins_the_person() -> None:
    layer = read("Die norwegische Umweltministerin Sigrid Lund traf am Montag in Oslo ein. "
                 "Danach sagte Lund, man sei sich einig.")
    lund = person(layer, "Sigrid Lund")
    assert lund.country == "NOR" and "Lund" in lund.aliases
    layer = read("Botschafter Kofi Gerber (Ghana) sprach am Dienstag in Bonn. Später erklärte Gerber, "
                 "die Lage sei ernst.")
    assert "Gerber" in person(layer, "Kofi Gerber").aliases


def test_a_noun_after_an_adjective_is_still_no_surname() -> None:
    layer = read("Der dänische Minister Ole Park sprach in Aarhus. Der große Park der Stadt blieb geschlossen.")
    assert person(layer, "Ole Park").aliases == ["Ole Park"]


def test_a_foreign_particle_run_may_end_in_a_surname_that_is_a_noun() -> None:
    layer = read("Der belgische Premierminister Maarten van der Linden sagte am Freitag in Gent, man sei bereit.")
    assert person(layer, "Maarten van der Linden").country == "BEL"
    layer = read("Die Ministerin Femke ter Berg kam am Montag nach Utrecht.")
    assert "Femke ter Berg" in [e.name for e in layer.entities]


def test_heads_of_central_banks_and_services_are_roles_with_the_genitive_country() -> None:
    layer = read("Der Zentralbankchef Sambias, Moses Chanda, warnte am Montag vor steigenden Preisen.")
    assert person(layer, "Moses Chanda").country == "ZMB"
    layer = read("Die Geheimdienstchefin Litauens, Rasa Jankauskienė, traf am Dienstag Kollegen in Riga.")
    assert person(layer, "Rasa Jankauskienė").country == "LTU"
    layer = read("Chefunterhändlerin Olga Stefanishyna (Ukraine) sprach am Mittwoch in Brüssel.")
    assert person(layer, "Olga Stefanishyna").country == "UKR"


def test_country_after_a_role_persons_name() -> None:
    layer = read("Premierminister Sitiveni Rabuka von Fidschi sagte am Montag, man wolle kooperieren.")
    assert person(layer, "Sitiveni Rabuka").country == "FJI"
    layer = read("Ministerin Lotte Peeters von den Niederlanden und Minister Ivo Kranjc von Slowenien reisten ab.")
    assert person(layer, "Lotte Peeters").country == "NLD" and person(layer, "Ivo Kranjc").country == "SVN"


def test_a_passive_agent_after_a_name_gives_no_country() -> None:
    layer = read("Es heißt, dass Minister Tomás Ferreira von Brasilien unterstützt werde.")
    assert person(layer, "Tomás Ferreira").country is None


def test_bint_joins_a_womans_name_to_her_fathers() -> None:
    layer = read("Die saudische Kulturministerin Lamia bint Mansour traf am Dienstag in Kairo ein. "
                 "Später sagte Mansour, man wolle enger zusammenarbeiten.")
    lamia = person(layer, "Lamia bint Mansour")
    assert lamia.country == "SAU" and "Mansour" in lamia.aliases


def test_a_short_first_family_name_of_a_double_surname_stands_alone() -> None:
    layer = read("Die uruguayische Außenministerin Laura Paz Bentancur traf am Montag in Lima ein. "
                 "Später sagte Paz, die Gespräche seien offen gewesen.")
    assert "Paz" in person(layer, "Laura Paz Bentancur").aliases


def test_a_given_name_that_is_a_town_or_a_month_inside_a_name() -> None:
    layer = read("Die brasilianische Umweltministerin Maria Sofia Teixeira traf am Montag in Lissabon ein.")
    assert person(layer, "Maria Sofia Teixeira").country == "BRA"
    layer = read("Die vietnamesische Handelsministerin Pham Thi Mai sprach am Dienstag in Hanoi.")
    assert person(layer, "Pham Thi Mai").country == "VNM"
    layer = read("Der Minister Peter traf im Mai in Sofia Vertreter der Regierung.")
    assert "Sofia" not in [a for e in layer.entities if e.type == "PER" for a in e.aliases]


def test_sentence_opening_name_before_an_appositive_role() -> None:
    layer = read("Dinesh Gunasekara, Botschafter Sri Lankas in Wien, "
                 "überreichte am Freitag sein Beglaubigungsschreiben.")
    assert person(layer, "Dinesh Gunasekara").country == "LKA"
    layer = read("Maria Sofia Alves, Botschafterin Brasiliens in Bern, eröffnete am Montag die Ausstellung.")
    assert person(layer, "Maria Sofia Alves").country == "BRA"
    layer = read("Hamad Khalid al-Busaidi, Handelsminister Omans, unterzeichnete am Montag das Abkommen.")
    assert person(layer, "Hamad Khalid al-Busaidi").country == "OMN"


def test_unclosed_bracket_after_a_name_at_the_end_does_not_crash() -> None:
    layer = read("Die Regierungschefs Ana Torres (Costa Rica")
    assert [(e.name, e.country) for e in layer.entities if e.type == "GPE"] == [("Costa Rica", "CRI")]
    assert person(layer, "Ana Torres").country is None
