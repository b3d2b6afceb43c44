"""A guest at a ceremony abroad is a visit; the next summit, session or round in a named place is the
article's pair, planned; 'die beiden Staatsoberhäupter' are the article's two sides (own sentences)."""

from __future__ import annotations

from tests.event_reading import found


def test_guest_at_an_inauguration_or_parade() -> None:
    text = ("Der brasilianische Präsident nahm am 1. März an der Amtseinführung seines uruguayischen Amtskollegen "
            "in Montevideo teil.")
    assert ("CONSULT", "visit", "BRA", "URY", "occurred") in found(text)
    text = ("Bei der Amtseinführung des uruguayischen Präsidenten am 1. März in Montevideo saß der brasilianische "
            "Präsident in der ersten Reihe.")
    assert ("CONSULT", "visit", "BRA", "URY", "occurred") in found(text)
    text = "Der türkische Präsident ließ sich im Dezember 2020 bei der Siegesparade in Baku feiern."
    assert ("CONSULT", "visit", "TUR", "AZE", "occurred") in found(text)


def test_domestic_ceremony_is_no_visit() -> None:
    assert found("Der französische Präsident nahm an der Trauerfeier für die Opfer in Paris teil.") == []


def test_next_summit_and_session_in_a_named_place() -> None:
    text = ("Portugal und Brasilien unterzeichneten 13 Abkommen. "
            "Der nächste Gipfel ist für das kommende Jahr in Brasília geplant.")
    assert ("AGREE", "summit", "BRA", "PRT", "planned") in found(text)
    text = ("China und Laos vertiefen ihre Zusammenarbeit. Die nächste Sitzung des Lenkungsausschusses soll im "
            "ersten Quartal 2026 in Peking stattfinden.")
    assert ("AGREE", "meeting", "CHN", "LAO", "planned") in found(text)
    text = "Ghana und Nigeria verhandeln über Zölle. Die nächste Verhandlungsrunde soll im Juli in Abuja stattfinden."
    assert ("AGREE", "talks", "NGA", "GHA", "planned") in found(text)


def test_next_session_of_a_parliament_is_no_meeting() -> None:
    text = ("Deutschland und Mexiko pflegen enge Beziehungen. Die nächste Sitzung des Bundestages ist für Dienstag "
            "in Berlin geplant.")
    assert [f for f in found(text) if f[1] == "meeting"] == []


def test_standing_joint_commission_and_the_two_heads_of_state() -> None:
    text = ("Tansania und Mosambik vertiefen ihre Beziehungen. Die Ständige Gemeinsame Kommission wird im Oktober "
            "in Maputo zu ihrer nächsten Sitzung zusammentreten.")
    assert [f[:2] + (f[4],) for f in found(text) if f[1] == "meeting"] == [("AGREE", "meeting", "planned")]
    text = ("Der tansanische Präsident empfing am Montag seinen mosambikanischen Amtskollegen in Daressalam. "
            "Die beiden Staatsoberhäupter führten am Dienstag Gespräche unter vier Augen.")
    assert ("CONSULT", "talks", "TZA", "MOZ", "occurred") in found(text)


def test_next_summit_of_a_group_in_a_third_country_is_no_pair() -> None:
    text = ("Katar und Saudi-Arabien berieten mit den anderen Golfstaaten über Gaza. "
            "Der nächste Gipfel soll 2026 in Oman stattfinden.")
    assert [f for f in found(text) if f[1] == "summit"] == []


def test_meeting_that_did_not_take_place() -> None:
    text = ("Ein Treffen der beiden Wirtschaftsminister Perus und Chiles, das für Ende Februar angesetzt war, "
            "fand dagegen nicht statt.")
    assert found(text) == []
    text = "Das Treffen der Außenminister Perus und Chiles fand am Montag in Lima statt."
    assert ("CONSULT", "meeting", "PER", "CHL", "occurred") in found(text)


def test_joint_commission_that_met() -> None:
    text = ("Haiti und die Dominikanische Republik streiten um Wasser. Eine gemeinsame technische Kommission "
            "beider Länder tagte Ende August, allerdings ohne Ergebnis.")
    assert [(f[0], f[1], sorted(f[2:4]), f[4]) for f in found(text)] == [
        ("CONSULT", "meeting", ["DOM", "HTI"], "occurred")]
    text = ("Die beiden Minister kennen sich gut: Bereits im Mai hatten die Verteidigungsminister Norwegens und "
            "Großbritanniens mit zehn weiteren in Oslo getagt.")
    assert found(text) == []


def test_invitation_to_a_named_place_is_a_planned_visit() -> None:
    text = ("Der mosambikanische Präsident lud die tansanische Präsidentin zu den Feierlichkeiten am 25. Juni "
            "nach Maputo ein.")
    assert found(text) == [("AGREE", "visit", "TZA", "MOZ", "planned")]
    text = "Der irakische Premier lud den syrischen Präsidenten zum Gipfel der Arabischen Liga nach Bagdad ein."
    assert [f for f in found(text) if f[1] == "visit"] == []
