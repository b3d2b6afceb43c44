"""Event readings from the blind17–23 failure reports, round 5: interview answers in the first person, a guest
welcomed in the passive, talks as the purpose of a trip, counterfactuals and calls 'am Telefon' (own sentences)."""

from __future__ import annotations

from tests.event_reading import dyads, events

_INTERVIEW = "Interview mit der estnischen Außenministerin Kaja Rüütel.\nFrage: Was plant Estland?\nRüütel: "


def test_our_country_in_an_answer_is_the_interviewees() -> None:
    found = dyads(events(_INTERVIEW + "Unser Land wird Moldau weitere Hilfe leisten."))
    assert [(d[0], d[1], d[2], d[4]) for d in found] == [("aid", "EST", "MDA", "planned")]
    text = "Die estnische Außenministerin Kaja Rüütel sagte, unsere Regierung werde Moldau weitere Hilfe leisten."
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("aid", "EST", "MDA")]


def test_guest_welcomed_at_the_airport_visits() -> None:
    text = "Der finnische Präsident Ari Lehto wurde am Flughafen vom georgischen Staatschef Lewan Beridse begrüßt."
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("visit", "FIN", "GEO")]
    text = "Der finnische Präsident Ari Lehto wurde am Montag in Tiflis mit militärischen Ehren begrüßt."
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("visit", "FIN", "GEO")]


def test_welcomed_step_is_no_visit() -> None:
    text = "Der Vorstoß des finnischen Präsidenten Ari Lehto wurde vom georgischen Präsidenten Lewan Beridse begrüßt."
    assert all(d[0] != "visit" for d in dyads(events(text)))


def test_talks_as_the_purpose_of_a_trip() -> None:
    text = "Der kroatische Premier Ivo Marić reiste am Montag nach Sarajevo, um mit Präsident Edin Hodžić zu sprechen."
    found = {(d[0], d[1], d[2], d[4]) for d in dyads(events(text))}
    assert found == {("visit", "HRV", "BIH", "occurred"), ("talks", "HRV", "BIH", "occurred")}
    text = "Premier Ivo Marić aus Kroatien möchte nach Sarajevo reisen, um dort mit seinem Amtskollegen zu verhandeln."
    found = {(d[0], d[1], d[2], d[4]) for d in dyads(events(text))}
    assert found == {("visit", "HRV", "BIH", "planned"), ("talks", "HRV", "BIH", "planned")}


def test_purpose_without_a_trip_is_no_talks() -> None:
    text = "Kroatien rief Bosnien auf, die Grenze zu öffnen, um über den Handel zu verhandeln."
    assert all(d[0] != "talks" for d in dyads(events(text)))


def test_counterfactual_and_conditional_tell_no_event() -> None:
    assert events("Kroatien hätte das Abkommen mit Serbien schon im Mai unterzeichnen können.") == []
    assert events("Der Vertrag hätte bereits im September von Kroatien und Serbien unterzeichnet werden sollen.") == []
    text = "Wäre der kroatische Premier Ivo Marić nach Sarajevo gereist, hätte er Präsident Edin Hodžić getroffen."
    assert events(text) == []
    text = "Laut Diplomaten wäre ein Besuch des kroatischen Premiers Ivo Marić in Sarajevo im Herbst denkbar."
    assert events(text) == []


def test_real_signing_and_plan_stay() -> None:
    found = dyads(events("Kroatien und Serbien unterzeichneten im Mai ein Abkommen."))
    assert [(d[0], d[4]) for d in found] == [("agreement_signed", "occurred")]
    found = dyads(events("Der Vertrag zwischen Kroatien und Serbien soll im Mai unterzeichnet werden."))
    assert [(d[0], d[4]) for d in found] == [("agreement_signed", "planned")]


def test_speaking_on_the_phone_is_a_call() -> None:
    text = "Der kroatische Premier Ivo Marić sprach am Montag telefonisch mit seinem slowenischen Amtskollegen."
    assert [d[0] for d in dyads(events(text))] == ["phone_call"]
    text = "Ich habe mit dem slowenischen Regierungschef am Telefon gesprochen, sagte der kroatische Premier Ivo Marić."
    assert [d[0] for d in dyads(events(text))] == ["phone_call"]


def test_thanks_with_a_long_object_and_an_honour_are_support() -> None:
    text = "Die kroatische Außenministerin dankte Slowenien und Präsident Janez Novak ausdrücklich für die Hilfe."
    # the thanks are support; the help thanked for is aid of the thanked (tests/test_support_aid_given.py)
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("support_statement", "HRV", "SVN"),
                                                                 ("aid", "SVN", "HRV")]
    text = "Der kroatische Präsident zeichnete den Kollegen aus Slowenien mit dem Großkreuz des Verdienstordens aus."
    assert [(d[0], d[1], d[2]) for d in dyads(events(text))] == [("support_statement", "HRV", "SVN")]
    assert events("Der kroatische Präsident zeichnete verdiente Bürger mit Orden aus.") == []


def test_spying_is_coercion() -> None:
    found = events("Der kroatische Geheimdienst habe Rechner des slowenischen Außenministeriums ausgespäht.")
    assert [(e.type, e.source.country, e.target.country) for e in found] == [("COERCE", "HRV", "SVN")]


def test_energy_supply_is_cooperation_and_its_stop_is_none() -> None:
    found = dyads(events("Kroatien liefert seit 2020 Gas nach Slowenien."))
    assert [(d[0], d[1], d[2], d[4]) for d in found] == [("cooperation", "HRV", "SVN", "occurred")]
    assert events("Kroatien liefert kein Gas mehr nach Slowenien.") == []
    found = dyads(events("Russland hat Waffen und Öl nach Syrien geliefert."))
    assert [d[0] for d in found] == ["aid"]
