"""Joint acts agreed: by noun ('vereinbarten gemeinsame Patrouillen') or by an infinitive after the agreeing
subject ('vereinbarten die Minister, künftig gemeinsam … vorzugehen'), AGREE/cooperation (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_joint_patrols_agreed() -> None:
    text = ("Bei einem Treffen in der Grenzstadt vereinbarten Kolumbiens Präsident und sein ecuadorianischer "
            "Amtskollege am Freitag gemeinsame Patrouillen entlang der Grenze.")
    assert ("AGREE", "cooperation", "COL", "ECU", "planned") in found(text)
    assert found("Peru und Chile vereinbarten gemeinsame Grenzkontrollen.") == [
        ("AGREE", "cooperation", "PER", "CHL", "planned")]


def test_agreed_infinitive_after_the_subject() -> None:
    text = ("Bei dem Treffen vereinbarten die Minister Costa Ricas und Panamas, künftig gemeinsam gegen "
            "Drogenschmuggel und Menschenhandel entlang der rund 300 Kilometer langen Grenze vorzugehen.")
    assert found(text) == [("AGREE", "cooperation", "CRI", "PAN", "planned")]
    assert found("Der Präsident vereinbarte mit seinem Kabinett, die Steuern zu senken.") == []


def test_agreed_restraint_is_no_cooperation() -> None:
    text = ("Ghana und Togo streiten um die Grenze. Nach Angaben des Präsidialamts vereinbarten beide, "
            "„alles zu vermeiden, was die Lage verschärfen könnte“.")
    assert [f for f in found(text) if f[1] == "cooperation"] == []


def test_joint_commitment_and_protecting_power() -> None:
    text = ("Frankreich und Großbritannien rüsten auf. Beide Regierungen sagten außerdem zu, gemeinsam weitere "
            "Marschflugkörper zu beschaffen.")
    assert ("AGREE", "cooperation", "FRA", "GBR", "planned") in found(text)
    got = found("Brasilien hat sich bereit erklärt, die Interessen Argentiniens in Venezuela zu übernehmen.")
    assert [(f[0], f[1], sorted(f[2:4]), f[4]) for f in got] == [("AGREE", "cooperation", ["ARG", "BRA"], "planned")]
    assert found("Brasilien werde zudem die Vertretung Perus übernehmen.") == [
        ("AGREE", "cooperation", "BRA", "PER", "planned")]
    assert found("Der Anwalt übernahm die Vertretung des Klägers.") == []


def test_agreement_to_resume_consultations_is_no_cooperation() -> None:
    text = ("Beide Politiker vereinbarten nach einem Gespräch im Regierungsamt in Prag, die gemeinsamen "
            "Regierungskonsultationen der Slowakei und Tschechiens im Frühjahr wieder aufzunehmen.")
    assert [f for f in found(text) if f[1] == "cooperation"] == []
