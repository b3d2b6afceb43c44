"""Spaced East Asian names whose family name is a German noun ("Park") or whose middle syllable is spelled like
a German stop word ("Wen")."""

from __future__ import annotations

from chronik.extract.entities import extract_entities
from chronik.language.text import analyze


def persons(text: str) -> list[str]:
    return [e.name for e in extract_entities(analyze(text), "2025-06-12").entities if e.type == "PER"]


def test_a_family_name_that_is_a_noun_stays_in_the_name_after_a_role() -> None:
    assert persons("Der südkoreanische Handelsminister Park Seong Ho landete in Hanoi.") == ["Park Seong Ho"]
    assert persons("Vizeminister Park Min sprach mit der Presse.") == ["Park Min"]


def test_a_middle_syllable_spelled_like_a_stop_word_stays_in_the_name() -> None:
    assert persons("Die Delegation leitete der Vorsitzende Li Wen Bing aus Shanghai.") == ["Li Wen Bing"]


def test_a_park_followed_by_a_name_is_no_east_asian_name() -> None:
    assert persons("Im Park traf Anna Müller ihre Freundin.") == ["Anna Müller"]


def organisations(text: str) -> list[tuple[str, list[str]]]:
    return [(e.name, e.aliases) for e in extract_entities(analyze(text), "2025-06-12").entities if e.type == "ORG"]


def test_councils_assemblies_and_task_forces_named_only_inflected_get_their_nominative() -> None:
    assert organisations("Der Sprecher des Staatsrats wies den Bericht zurück.") == [("Staatsrat", ["Staatsrats"])]
    assert organisations("Die Abgeordneten der Verfassunggebenden Versammlung stimmten ab.") == [
        ("Verfassunggebende Versammlung", ["Verfassunggebenden Versammlung"])]
    assert organisations("Einheiten der Multinationalen Eingreiftruppe rückten vor.") == [
        ("Multinationale Eingreiftruppe", ["Multinationalen Eingreiftruppe"])]


def test_the_eu_foreign_service_is_one_organisation_of_the_eu() -> None:
    layer = extract_entities(analyze("Ein Sprecher des Europäischen Auswärtigen Dienstes äußerte sich."))
    assert [(e.name, e.country) for e in layer.entities] == [("Europäischer Auswärtiger Dienst", "EUU")]


def test_a_lone_assembly_is_no_organisation() -> None:
    assert organisations("Am Abend fand eine große Versammlung statt.") == []
    assert organisations("Eine Versammlung fand am Abend statt.") == []


def test_a_middle_initial_stays_inside_the_name() -> None:
    assert persons("Präsident Ramón T. Villalba Jr. empfing den Gast aus Chile.") == ["Ramón T. Villalba Jr."]
    assert persons("Gestern sagte Maria J. Costa, man sei bereit.") == ["Maria J. Costa"]


def test_an_office_holders_given_name_that_names_a_place_stays_in_the_name() -> None:
    layer = extract_entities(analyze("Außenminister Israel Katz reiste am Montag nach Athen."), "2025-03-01")
    assert [(e.name, e.country) for e in layer.entities if e.type == "PER"] == [("Israel Katz", "ISR")]


def test_a_verb_before_a_role_noun_is_not_part_of_the_role() -> None:
    layer = extract_entities(analyze("Die Küstenwache und die Marine unterstehen Verteidigungsminister Tiago Faria. "
                                     "Die Opposition kritisierte Präsident Rui Lemos scharf."))
    roles = {e.name: e.roles for e in layer.entities if e.type == "PER"}
    assert roles == {"Tiago Faria": ["Verteidigungsminister"], "Rui Lemos": ["Präsident"]}
    layer = extract_entities(analyze("Am Montag sagte Perus designierte Präsidentin Ana Quispe, der neue Minister "
                                     "Luis Rojas werde reisen."))
    roles = {e.name: e.roles for e in layer.entities if e.type == "PER"}
    assert roles == {"Ana Quispe": ["designierte Präsidentin"], "Luis Rojas": ["neue Minister"]}


def test_a_bare_surname_two_persons_share_goes_to_the_main_actor_unless_the_other_was_named_last() -> None:
    def owner(text: str) -> str:
        layer = extract_entities(analyze(text))
        return next(e.name for e in layer.entities if e.type == "PER" and "Tembo" in e.aliases)

    assert owner("Präsident Joseph Tembo und sein Sohn Daniel Tembo empfingen den Gast aus Malawi. Tembo sagte, "
                 "die Beziehungen seien gut.") == "Joseph Tembo"
    assert owner("Präsident Joseph Tembo regierte lange. Im Jahr 2011 wurde sein Sohn Daniel Tembo Minister. "
                 "Tembo sagte, er wolle Reformen.") == "Daniel Tembo"


def test_a_compound_surnames_genitive_is_one_alias() -> None:
    layer = extract_entities(analyze("Die Senatorin Mariana Restrepo Uribe reiste nach Quito. Restrepo Uribes Rede "
                                     "wurde gelobt."))
    assert "Restrepo Uribes" in next(e for e in layer.entities if e.name == "Mariana Restrepo Uribe").aliases


def _entities(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.type, e.name, e.aliases) for e in extract_entities(analyze(text), "2025-06-12").entities]


def test_a_persons_genitive_spelled_like_a_town_is_the_person() -> None:
    found = _entities("Der kolumbianische Außenminister Andrés Córdoba reiste nach Quito. "
                      "Córdobas Besuch galt als Zeichen der Entspannung.")
    assert ("PER", "Andrés Córdoba", ["Andrés Córdoba", "Córdobas"]) in found
    assert not any(name == "Córdoba" for _, name, _ in found)


def test_the_town_after_a_place_preposition_stays_a_town() -> None:
    found = _entities("Der kolumbianische Außenminister Andrés Córdoba reiste nach Córdoba. In Córdoba sprach er.")
    assert any(kind == "GPE" and name == "Córdoba" for kind, name, _ in found)


def test_an_organisations_bare_head_beside_two_bodies_with_that_head_joins_neither() -> None:
    text = ("Der Nationale Sicherheitsrat tagte in Tiflis. Ein Beschluss des UN-Sicherheitsrates steht aus. "
            "Die Sitzung des Sicherheitsrates wurde vertagt.")
    names = dict(organisations(text))
    assert "Sicherheitsrates" not in names.get("Nationaler Sicherheitsrat", [])
    two = "Der Nationale Sicherheitsrat tagte in Tiflis. Die Sitzung des Sicherheitsrates wurde vertagt."
    assert "Sicherheitsrates" in dict(organisations(two)).get("Nationaler Sicherheitsrat", [])



def test_an_office_holders_four_names_stay_one_name() -> None:
    assert persons("Die Oppositionsführerin Aung San Suu Kyi wurde am Montag in Naypyidaw verurteilt.") \
        == ["Aung San Suu Kyi"]
    assert "Sadyr Schaparow Monika Lenhard" not in persons("Sadyr Schaparow Monika Lenhard traf am Montag Gäste.")
