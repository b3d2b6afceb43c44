"""Talks and sessions: dated government negotiations after 'Bei den', compound talk nouns, stays for
preliminary talks, interviews and recalled ambassadors that are no talks, sessions and summits still to
come, agreed recurring meetings (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_dated_government_negotiations_with_a_pledge() -> None:
    text = ("Bei den Regierungsverhandlungen im März 2024 sagte die Bundesregierung Kenia neue Mittel "
            "in Höhe von 80 Millionen Euro zu.")
    got = found(text)
    assert ("CONSULT", "talks", "DEU", "KEN", "occurred") in got
    assert ("AGREE", "aid", "DEU", "KEN", "planned") in got


def test_compound_talk_nouns_and_preliminary_talks() -> None:
    text = ("Am 4. Mai führten der indische Premierminister Ravi Singh und der nepalesische Premierminister Ram Thapa "
            "Delegationsgespräche über Handel und Energie.")
    assert ("CONSULT", "talks", "IND", "NPL", "occurred") in found(text)
    text = "Der japanische Außenminister Taro Sato war vergangene Woche zu Vorgesprächen in Hanoi."
    assert ("CONSULT", "visit", "JPN", "VNM", "occurred") in found(text)


def test_interview_and_recall_are_no_talks() -> None:
    for text in ("„Kiew braucht mehr Luftabwehr“, sagte die lettische Ministerin im Gespräch mit der ARD.",
                 "„Das ist ein Signal an Moskau“, sagt der estnische Außenminister im Gespräch mit unserer Zeitung.",
                 "Ghana, Togo und Benin haben ihre Botschafter aus Niamey zu Konsultationen zurückgerufen.",
                 "Den eigenen Botschafter beorderte die Regierung in Nairobi aus Kampala zu Konsultationen zurück."):
        assert [f for f in found(text) if f[1] == "talks"] == [], text


def test_next_summit_named_by_compound_adjective() -> None:
    text = ("Kenia und Tansania vereinbarten eine engere Zusammenarbeit. "
            "Der nächste kenianisch-tansanische Gipfel soll im kommenden Jahr in Tansania stattfinden.")
    assert ("AGREE", "summit", "KEN", "TZA", "planned") in found(text)


def test_agreed_recurring_meeting_is_planned_not_habitual() -> None:
    text = "Norwegen und Island haben vereinbart, künftig einmal jährlich ein Treffen auf Ministerebene abzuhalten."
    assert ("AGREE", "meeting", "NOR", "ISL", "planned") in found(text)
    assert found("Peru und Chile wollen sich künftig regelmäßig treffen.") == [
        ("AGREE", "meeting", "PER", "CHL", "planned")]
