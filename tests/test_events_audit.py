"""Constructions found by the second event audit (/work/tools/lexaudit/cases2.py): the same acts told in
reported speech, relative clauses and other constructions, with their actors on the right sides."""

from __future__ import annotations

import pytest

from chronik.extract.event_lexicon import indicative
from tests.event_reading import found


def test_indicative_keeps_length_and_only_touches_listed_verbs() -> None:
    text = "Kuba werfe Peru Einmischung vor und drohe mit Klage, eine weise Reise; er kooperiere."
    said = indicative(text)
    assert len(said) == len(text)
    assert said == "Kuba wirft Peru Einmischung vor und droht mit Klage, eine weise Reise; er kooperiere."
    assert indicative("Die Reise nach Lima") == "Die Reise nach Lima"


@pytest.mark.parametrize(("text", "want"), [
    ("Sambia verurteile das Vorgehen Malawis, sagte der Außenminister in Lusaka.",
     ("ACCUSE", "criticism", "ZMB", "MWI", "occurred")),
    ("Uruguay dränge Argentinien zur Öffnung der Brücke, sagte der Außenminister.",
     ("REQUEST", "demand", "URY", "ARG", "occurred")),
    ("Der Sudan drohe Tschad mit Vergeltung, hieß es in einer Erklärung.",
     ("THREATEN", "threat", "SDN", "TCD", "occurred")),
    ("Vietnam verweigere Kambodscha die Zustimmung, sagte eine Sprecherin in Hanoi.",
     ("REJECT", "rejection", "VNM", "KHM", "occurred")),
    ("Nepal werfe Bhutan Einmischung in innere Angelegenheiten vor, sagte der Minister.",
     ("ACCUSE", "criticism", "NPL", "BTN", "occurred")),
    ("Panama rufe Costa Rica zur Zurückhaltung auf, sagte der Minister.",
     ("REQUEST", "demand", "PAN", "CRI", "occurred")),
])
def test_konjunktiv_of_reported_speech_is_the_act(text: str, want: tuple) -> None:
    assert want in found(text)


def test_konjunktiv_negated_plan_is_no_event() -> None:
    assert found("Er plane keine Reise nach Kuba, sagte der Präsident Mexikos.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("Der Vorschlag Chiles, den Argentinien am Montag abgelehnt hatte, liegt wieder auf dem Tisch.",
     ("REJECT", "rejection", "ARG", "CHL", "occurred")),
    ("Die Botschafterin Kubas, die Panama am Montag ausgewiesen hat, ist abgereist. Der Gesandte Perus, "
     "den Bolivien am Dienstag einbestellt hatte, schwieg.",
     ("ACCUSE", "criticism", "BOL", "PER", "occurred")),
    ("Der Präsident Ghanas, dem Nigeria Hilfe zugesagt hatte, reiste am Abend ab.",
     ("AGREE", "aid", "NGA", "GHA", "planned")),
])
def test_object_relative_pronoun_names_the_target(text: str, want: tuple) -> None:
    assert want in found(text)


def test_subject_relative_pronoun_keeps_the_antecedent_as_actor() -> None:
    assert ("CONSULT", "visit", "KEN", "TZA", "occurred") in found(
        "Der Präsident Kenias, der am Montag Tansania besucht hatte, kehrte am Abend zurück.")


@pytest.mark.parametrize("text", [
    "Nach dem Angriff Eritreas auf Äthiopien flohen Tausende über die Grenze.",
    "Seit den Angriffen Eritreas auf äthiopische Grenzdörfer herrscht Angst in der Region.",
])
def test_plain_attack_noun_takes_its_genitive_as_attacker(text: str) -> None:
    got = found(text)
    assert ("ASSAULT", "attack", "ERI", "ETH", "occurred") in got
    assert not any(e[2] == "ETH" and e[3] == "ERI" for e in got)


@pytest.mark.parametrize(("text", "want"), [
    ("Uganda hat die Friedensinitiative Kenias ausdrücklich begrüßt.",
     ("SUPPORT", "support_statement", "UGA", "KEN", "occurred")),
    ("Chile begrüßt die Entscheidung Argentiniens.", ("SUPPORT", "support_statement", "CHL", "ARG", "occurred")),
    ("Finnland begrüßte die Vermittlung Norwegens.", ("SUPPORT", "support_statement", "FIN", "NOR", "occurred")),
])
def test_welcome_in_the_present_and_of_a_compound_noun(text: str, want: tuple) -> None:
    assert want in found(text)


def test_welcomed_progress_is_no_support_of_a_state() -> None:
    assert found("Kenia begrüßte den Fortschritt bei den Gesprächen mit Uganda.") == []


@pytest.mark.parametrize("text", [
    "Der Botschafter Kubas wurde am Montag aus Honduras ausgewiesen.",
    "Zwei kubanische Diplomaten sind aus Honduras ausgewiesen worden.",
])
def test_expelled_in_the_passive_from_a_named_country(text: str) -> None:
    assert found(text) == [("SANCTION", "expulsion", "HND", "CUB", "occurred")]
