"""A person's country from the sentence around a bare role noun: an institution's seat ("Die Regierung in
Maputo hat …") and a possessive pointing back to a person named before ("Sein Sprecher X")."""

from __future__ import annotations

from chronik.extract.entities import extract_entities
from chronik.language.text import analyze
from chronik.model import Entity


def person(text: str, alias: str) -> Entity:
    layer = extract_entities(analyze(text), "2025-06-12")
    return next(e for e in layer.entities if alias in e.aliases)


def test_a_government_named_by_its_seat_gives_its_country_to_the_next_sentences_minister() -> None:
    text = ("Die Regierung in Maputo hat den Geschäftsträger Malawis einbestellt. Außenminister Tomé Macuácua "
            "warf Lilongwe Grenzverletzungen vor.")
    assert person(text, "Tomé Macuácua").country == "MOZ"


def test_a_government_in_a_foreign_city_gives_nothing_without_a_city_country() -> None:
    text = ("Die Regierung in Exil hat eine Erklärung veröffentlicht. Außenminister Tomé Macuácua warf "
            "Lilongwe Grenzverletzungen vor.")
    assert person(text, "Tomé Macuácua").country is None


def test_a_possessive_before_a_bare_role_points_to_the_person_named_before() -> None:
    text = ("Der uruguayische Präsident Álvaro Delgado wies die Kritik zurück. Sein Sprecher Martín Olivera "
            "sagte, man prüfe den Fall.")
    assert person(text, "Martín Olivera").country == "URY"


def test_a_possessive_after_persons_of_two_countries_gives_no_country() -> None:
    text = ("Der uruguayische Präsident Álvaro Delgado traf die paraguayische Ministerin Lía Benítez. Ihr "
            "Sprecher Martín Olivera sagte, man prüfe den Fall.")
    assert person(text, "Martín Olivera").country is None


def test_a_possessive_before_a_counterpart_gives_no_country() -> None:
    text = ("Der uruguayische Präsident Álvaro Delgado landete in der Hauptstadt. Sein Amtskollege Martín Olivera "
            "empfing ihn am Flughafen.")
    assert person(text, "Martín Olivera").country != "URY"


def test_a_person_from_a_country_named_right_after_the_name_is_of_that_country() -> None:
    text = "Auf dem Podium saßen viele Gäste. Die Ministerin Wendelin Kroos aus Ghana sprach zuerst."
    assert person(text, "Wendelin Kroos").country == "GHA"
    text = "Auch die Abgeordnete Ayşegül Demir aus der Türkei nahm an der Sitzung teil."
    assert person(text, "Ayşegül Demir").country == "TUR"


def test_an_ambassador_recalled_from_a_country_is_not_of_that_country() -> None:
    text = "Litauen hat am Montag seinen Botschafter Jonas Petraitis aus Russland zurückgerufen."
    assert person(text, "Jonas Petraitis").country != "RUS"


def test_a_role_after_a_persons_genitive_is_that_persons_aide_not_a_surname() -> None:
    text = ("Der eritreische Außenminister Osman Saleh reiste nach Kairo. Dort traf Außenminister Salehs "
            "Stellvertreter Tekle Habte die ägyptische Delegation.")
    layer = extract_entities(analyze(text), "2025-06-12")
    assert not any("Stellvertreter" in a for e in layer.entities for a in e.aliases)
    assert person(text, "Tekle Habte").country == "ERI"


def test_a_two_word_countrys_genitive_before_a_role_gives_its_country() -> None:
    assert person("Sri Lankas Handelsminister Wasantha Samarasinghe reiste nach Dhaka.",
                  "Wasantha Samarasinghe").country == "LKA"
    assert person("Costa Ricas Vizepräsidentin Mary Munive traf ihren Amtskollegen.", "Mary Munive").country == "CRI"


def test_an_opposition_leader_takes_the_country_of_his_adjective() -> None:
    assert person("Der ecuadorianische Oppositionsführer Andrés Arauz kritisierte Kolumbien.",
                  "Andrés Arauz").country == "ECU"


def test_a_german_lands_office_holder_acts_for_germany() -> None:
    text = "Die sächsische Wirtschaftsministerin Karla Wendt reiste nach Breslau."
    assert person(text, "Karla Wendt").country == "DEU"


def test_a_federal_compound_role_is_german_like_its_listed_short_form() -> None:
    text = "Bundesgesundheitsministerin Petra Albers sagte Sambia weitere Impfstoffe zu."
    assert person(text, "Petra Albers").country == "DEU"
    assert person("Gesundheitsministerin Petra Albers sagte Sambia Impfstoffe zu.", "Petra Albers").country is None


def test_persons_coordinated_after_a_plural_role_take_its_countries_in_order() -> None:
    text = "Die Außenminister Ecuadors und Kolumbiens, Iván Cedeño und Marta Lozano, trafen sich in Quito."
    assert person(text, "Iván Cedeño").country == "ECU"
    assert person(text, "Marta Lozano").country == "COL"
    text = "Die ecuadorianischen Minister Iván Cedeño und Marta Lozano reisten nach Bogotá."
    assert person(text, "Marta Lozano").country == "ECU"
    text = "Der ecuadorianische Minister Iván Cedeño und Marta Lozano reisten nach Bogotá."
    assert person(text, "Marta Lozano").country is None


def test_a_country_in_parentheses_after_a_name_is_the_persons() -> None:
    text = "Die Kommissarin traf die Regierungschefs Iván Cedeño (Ecuador), Marta Lozano (Kolumbien) und Raúl Soto."
    assert person(text, "Iván Cedeño").country == "ECU"
    assert person(text, "Marta Lozano").country == "COL"
    assert person(text, "Raúl Soto").country is None


def test_a_name_in_apposition_to_a_noun_with_aus_and_a_country_is_of_that_country() -> None:
    text = "Die Ministerin und ihr Amtskollege aus Ecuador, Iván Cedeño, unterzeichneten das Protokoll."
    assert person(text, "Iván Cedeño").country == "ECU"
    assert person("Der Gast aus Ecuador, Minister Iván Cedeño, sprach.", "Iván Cedeño").country == "ECU"
    assert person("Die Delegation kam aus Ecuador, Iván Cedeño blieb in Lima.", "Iván Cedeño").country is None


def test_feminine_plural_roles_with_country_genitives_give_each_name_its_country() -> None:
    text = "Die Außenministerinnen Ghanas und Togos, Grace Mensah und Ruth Kodjo, unterzeichneten das Protokoll."
    assert person(text, "Grace Mensah").country == "GHA"
    assert person(text, "Ruth Kodjo").country == "TGO"


def _org_country(text: str, name: str) -> str | None:
    return next(e.country for e in extract_entities(analyze(text), "2025-06-12").entities
                if e.type == "ORG" and e.name == name)


def test_an_organisation_takes_the_country_of_the_genitive_after_it() -> None:
    assert _org_country("Die Zentralbank Paraguays senkte den Leitzins.", "Zentralbank") == "PRY"
    assert _org_country("Der Nationale Sicherheitsrat der Mongolei tagte.", "Nationaler Sicherheitsrat") == "MNG"


def test_a_genitive_before_a_noun_gives_the_organisation_no_country() -> None:
    assert _org_country("Die EU sagte dem Außenministerium Kenias Unterstützung zu.", "Außenministerium") is None
