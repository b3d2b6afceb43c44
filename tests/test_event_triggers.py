"""Trigger rows for termination and withdrawal, pledges, criticism, visits, conflict, agreements and
procurement, apologies, envoys summoned, congratulations and thanks, announced aid or investment,
demands 'von Y', nominal events, participation said indirectly, and sentences that report no event
(denials, a standing deployment)."""

from __future__ import annotations

import pytest

from tests.event_reading import events, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Regierung in Niamey hat das Verteidigungsabkommen mit Belgien aufgekündigt.",
     ("SANCTION", "other", "NER", "BEL", "occurred")),
    ("Burkina Faso setzte den Freundschaftsvertrag mit Frankreich aus.",
     ("SANCTION", "other", "BFA", "FRA", "occurred")),
    ("Die Regierung in Asmara schloss ihre Botschaft in Addis Abeba.",
     ("SANCTION", "other", "ERI", "ETH", "occurred")),
    ("Ghana hat seinen Botschafter aus Togo zurückbeordert.",
     ("SANCTION", "other", "GHA", "TGO", "occurred")),
    ("Kenia zog das Botschaftspersonal aus Äthiopien ab.",
     ("SANCTION", "other", "KEN", "ETH", "occurred")),
    ("Dänemark zog seine Kampfflugzeuge aus Litauen ab.",
     ("RETREAT", "other", "DNK", "LTU", "occurred")),
    ("Die letzten belgischen Soldaten haben Mali im Dezember verlassen.",
     ("RETREAT", "other", "BEL", "MLI", "occurred")),
])
def test_ending_ties_and_withdrawals_are_sanction_or_retreat(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_ending_an_agreement_on_cooperation_is_no_cooperation() -> None:
    text = "Niger kündigte das Abkommen über die militärische Zusammenarbeit mit Belgien auf."
    assert found(text) == [("SANCTION", "other", "NER", "BEL", "occurred")]


def test_handing_over_a_base_is_a_withdrawal() -> None:
    text = ("Mit der Übergabe des Stützpunkts an die estnische Armee hat Portugal seinen Abzug "
            "aus Estland abgeschlossen.")
    assert {e[:4] for e in found(text)} == {("RETREAT", "other", "PRT", "EST")}


def test_a_treaty_that_ended_a_dispute_is_no_termination() -> None:
    text = "Der Vertrag war 2018 von Armenien und Georgien unterzeichnet worden und hatte den Grenzstreit beendet."
    assert [e[:2] for e in found(text)] == [("SUPPORT", "agreement_signed")]


def test_pledged_investment_in_a_zu_infinitive() -> None:
    text = "Thailändische Firmen sagten zu, bis 2030 mehr als 3 Milliarden Dollar in Kambodscha zu investieren."
    assert found(text) == [("AGREE", "investment", "THA", "KHM", "planned")]


def test_support_promised_with_the_backer_in_the_genitive_is_no_aid() -> None:
    text = "Der Premierminister sicherte Litauen die Unterstützung Lettlands für dessen Bewerbung zu."
    assert found(text) == [("SUPPORT", "support_statement", "LVA", "LTU", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali begründete den Schritt mit der feindseligen Politik von Algerien.", ("MLI", "DZA")),
    ("Bolivien schloss sich der Klage Kolumbiens gegen Venezuela vor dem Internationalen Gerichtshof an.",
     ("BOL", "VEN")),
    ("Südafrika hatte vor dem Internationalen Gerichtshof Klage gegen Israel eingereicht.", ("ZAF", "ISR")),
])
def test_criticism_by_grounds_or_lawsuit(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [("ACCUSE", "criticism", *expected, "occurred")]


def test_calling_a_decision_regrettable_is_criticism() -> None:
    text = "Der Außenminister Chiles nannte die Entscheidung Boliviens bedauerlich."
    assert ("ACCUSE", "criticism", "CHL", "BOL", "occurred") in found(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Anschließend wird Präsident Ruto nach Kampala weiterreisen, wo ihn Präsident Museveni erwartet.",
     ("AGREE", "visit", "KEN", "UGA", "planned")),
    ("Eine Delegation aus Kenia soll Ende Mai nach Lima reisen.", ("AGREE", "visit", "KEN", "PER", "planned")),
    ("Die chilenische Präsidentin war im Mai 2019 in Uruguay zu Gast.", ("CONSULT", "visit", "CHL", "URY", "occurred")),
    ("Mexiko nahm die Einladung zu einem Besuch in Kanada an.", ("AGREE", "visit", "MEX", "CAN", "planned")),
])
def test_visit_verbs(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Am Dienstag schlugen Granaten aus Aserbaidschan im armenischen Grenzdorf Tegh ein.",
     ("ASSAULT", "attack", "AZE", "ARM", "occurred")),
    ("Am Montag drang eine Drohne aus Belarus in den polnischen Luftraum ein.",
     ("MOBILIZE", "mobilization", "BLR", "POL", "occurred")),
    ("Kenia habe Somalia aufgefordert, die Grenzverletzungen einzustellen, sagte der Minister.",
     ("REQUEST", "demand", "KEN", "SOM", "occurred")),
    ("Ghana hatte gefordert, Togo müsse die Grenze wieder öffnen.", ("REQUEST", "demand", "GHA", "TGO", "occurred")),
])
def test_conflict_and_demand_verbs(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_a_strike_of_a_new_path_is_no_attack() -> None:
    assert found("Ghana schlug nach den Wahlen einen neuen Kurs gegenüber Togo ein.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Das Luftverkehrsabkommen zwischen Kolumbien und Ecuador war 2021 erneuert worden.",
     ("SUPPORT", "agreement_signed", "COL", "ECU", "occurred")),
    ("Die Regierung in Quito vereinbarte eine Zusammenarbeit mit Peru.",
     ("COOPERATE", "cooperation", "ECU", "PER", "occurred")),
    ("Chile und Peru hatten vereinbart, den Bau der Grenzbrücke zu beschleunigen.",
     ("AGREE", "cooperation", "CHL", "PER", "planned")),
    ("Die Regierung in Manila entschied sich für den Kauf von zwei Fregatten und vergab den Auftrag an Südkorea.",
     ("COOPERATE", "cooperation", "PHL", "KOR", "occurred")),
])
def test_agreement_and_procurement_verbs(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_signing_during_a_visit_in_the_passive() -> None:
    text = "Während des Besuchs des kenianischen Präsidenten in Uganda wurden fünf Abkommen unterzeichnet."
    assert ("SUPPORT", "agreement_signed", "KEN", "UGA", "occurred") in found(text)


@pytest.mark.parametrize("text", [
    "Die Regierung in Hanoi wies jede Verantwortung für den Zwischenfall mit China zurück.",
    "Die Regierung in Hanoi wies den Vorwurf zurück, Vietnam habe die Grenze zu Kambodscha verletzt.",
    "In Dschibuti sind rund 1500 französische Soldaten stationiert.",
    "Ghana hat togolesische Diplomaten zu unerwünschten Personen erklärt und sie aufgefordert, das Land zu verlassen.",
])
def test_denials_and_standing_states_are_no_events(text: str) -> None:
    assert not [e for e in found(text) if e[0] in ("REJECT", "MOBILIZE", "REQUEST")]


def test_a_drone_is_no_threat() -> None:
    """'Drohne' is no form of 'drohen': the act it carries out is not turned into a plan."""
    assert found("Eine Drohne aus Russland drang in den rumänischen Luftraum ein.")[0][4] == "occurred"


@pytest.mark.parametrize(("text", "expected"), [
    # E2: verb gaps
    ("Der ungarische Präsident entschuldigte sich öffentlich bei der Slowakei für den Grenzübertritt.",
     ("CONCEDE", "other", "HUN", "SVK", "occurred")),
    ("Australien bestellte den neuseeländischen Hochkommissar ein.",
     ("ACCUSE", "criticism", "AUS", "NZL", "occurred")),
    ("Frankreich gratulierte Kenia zur erfolgreichen Wahl.",
     ("SUPPORT", "support_statement", "FRA", "KEN", "occurred")),
    ("Der kenianische Präsident dankte Uganda am Montag für die Unterstützung bei den Verhandlungen.",
     ("SUPPORT", "support_statement", "KEN", "UGA", "occurred")),
    ("Die Niederlande stellten Ghana eine Ausweitung des Programms in Aussicht.",
     ("AGREE", "cooperation", "NLD", "GHA", "planned")),
    ("Nach dem Erdbeben kündigten die Niederlande zusätzliche Hilfe von 20 Millionen Euro für Nepal an.",
     ("AGREE", "aid", "NLD", "NPL", "planned")),
    ("Uganda forderte von Südsudan, die Grenze zu öffnen.",
     ("REQUEST", "demand", "UGA", "SSD", "occurred")),
    # E1: nominal triggers
    ("Das Verhältnis ist seit dem Einmarsch ruandischer Truppen in Burundi belastet.",
     ("ASSAULT", "attack", "RWA", "BDI", "occurred")),
    ("Dublin reagierte mit einer Protestnote, die dem britischen Botschafter übergeben wurde.",
     ("ACCUSE", "criticism", "IRL", "GBR", "occurred")),
    ("Kenia ist seit 2019 Partnerland der deutschen Entwicklungszusammenarbeit.",
     ("COOPERATE", "cooperation", "DEU", "KEN", "occurred")),
    ("Präsident Petro ordnete die Verstärkung der Truppen an der Grenze zu Venezuela an.",
     ("MOBILIZE", "mobilization", "COL", "VEN", "occurred")),
    ("Nach dem Wirbelsturm unterstützte Kuba Haiti mit Zelten.",
     ("AID", "aid", "CUB", "HTI", "occurred")),
    ("Bolivien schickte 300 Tonnen Reis nach Peru.",
     ("AID", "aid", "BOL", "PER", "occurred")),
    ("Frankreich arbeitet mit Marokko zusammen.",
     ("COOPERATE", "cooperation", "FRA", "MAR", "occurred")),
    # E3: the host receives the visitor
    ("Präsident Mahama empfing seinen togoischen Amtskollegen Gnassingbé am Montag zu einem Arbeitsbesuch.",
     ("CONSULT", "working_visit", "TGO", "GHA", "occurred")),
    ("Der Präsident der Republik Senegal hat am Donnerstag den algerischen Innenminister empfangen.",
     ("CONSULT", "visit", "DZA", "SEN", "occurred")),
])
def test_trigger_rows_give_one_event(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_a_format_put_on_ice_is_a_sanction_not_a_meeting() -> None:
    text = "Die Regierungskonsultationen mit Polen hatte Kanzler Scholz im Mai 2022 auf Eis gelegt."
    assert found(text) == [("SANCTION", "other", "DEU", "POL", "occurred")]


def test_government_talks_as_a_noun_in_a_pp() -> None:
    text = "Bei den Regierungsverhandlungen in Nairobi im Juni 2021 sagte Deutschland weitere Mittel zu."
    assert ("CONSULT", "talks", "KEN", "DEU", "occurred") in found(text)


def test_representing_a_country_at_a_meeting_is_taking_part() -> None:
    text = "Außenminister Tembo, der Malawi bei dem Gipfel in Maputo am Samstag vertrat, lobte die Gastgeber."
    assert ("CONSULT", "summit", "MWI", "MOZ", "occurred") in found(text)


def test_a_guest_list_is_taking_part() -> None:
    assert found("Unter den Gästen in Dakar war auch Gambias Präsident Barrow.") == [
        ("CONSULT", "summit", "GMB", "SEN", "occurred")]


def test_an_invitation_issued_is_a_planned_return_visit() -> None:
    text = ("Ecuadors Präsident Noboa besuchte am Montag Peru. "
            "Eine Einladung zum Gegenbesuch in Quito wurde der Präsidentin Perus ausgesprochen.")
    assert ("AGREE", "visit", "PER", "ECU", "planned") in found(text)
    text = "Perus Präsidentin Boluarte erhielt eine Einladung zu einem Besuch in Quito."
    assert found(text) == [("AGREE", "visit", "PER", "ECU", "planned")]


def test_a_denied_report_is_neither_a_rejection_nor_the_reported_act() -> None:
    text = ("Der kolumbianische Präsident wies Berichte zurück, wonach Truppen an die Grenze zu "
            "Venezuela verlegt worden seien.")
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Der Premierminister gratulierte zum 30. Jahrestag der kenianischen Unabhängigkeit.",
    "Der Präsident entschuldigte sich bei den Angehörigen der Opfer.",
    "Die Regierung stellte den Tätern harte Strafen in Aussicht.",
])
def test_courtesies_and_domestic_acts_are_no_events(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # Konjunktiv-I demands, a demand after a colon, calls on two capitals (one each), active and passive
    ("Man erwarte von Belgrad eine Entschuldigung, so der ungarische Außenminister.",
     [("REQUEST", "demand", "HUN", "SRB", "occurred")]),
    ("Lissabon habe Madrid um Daten zum Wasserstand ersucht, sagte die Sprecherin.",
     [("REQUEST", "demand", "PRT", "ESP", "occurred")]),
    ("Buenos Aires fordert aber mehr: Asunción solle die Grenzposten gemeinsam sichern.",
     [("REQUEST", "demand", "ARG", "PRY", "occurred")]),
    ("Schweden rief Norwegen und Finnland zur Zurückhaltung auf.",
     [("REQUEST", "demand", "SWE", "NOR", "occurred"), ("REQUEST", "demand", "SWE", "FIN", "occurred")]),
    ("Ghana wurde von Nigeria zur Zurückhaltung aufgerufen.",
     [("REQUEST", "demand", "NGA", "GHA", "occurred")]),
    # threats: a measure not ruled out, consequences to come, tariffs announced (a planned sanction)
    ("Dänemark schloss ausdrücklich nicht aus, wirtschaftlichen Druck auf Oslo auszuüben.",
     [("THREATEN", "threat", "DNK", "NOR", "occurred")]),
    ("Komme es erneut zu Grenzverletzungen durch Belarus, werde man Konsequenzen ziehen, teilte das "
     "polnische Außenministerium mit.", [("THREATEN", "threat", "POL", "BLR", "occurred")]),
    ("Ghana kündigte seinerseits Zölle in gleicher Höhe gegen Nigeria an.",
     [("THREATEN", "sanction", "GHA", "NGA", "planned")]),
    # coercion and sanctions by stopping, freezing or suspending; a diplomat not allowed back
    ("Russland stoppte die Gaslieferungen an Moldau.", [("COERCE", "coercion", "RUS", "MDA", "occurred")]),
    ("Die nigerianische Zentralbank wies die Banken an, alle Zahlungen an Benin einzufrieren.",
     [("COERCE", "coercion", "NGA", "BEN", "occurred")]),
    ("Ungarn setzte die Vergabe von Visa für Serbien aus.", [("SANCTION", "sanction", "HUN", "SRB", "occurred")]),
    ("Der paraguayische Botschafter dürfe vorerst nicht nach Argentinien zurückkehren, sagte die Sprecherin.",
     [("SANCTION", "expulsion", "ARG", "PRY", "occurred")]),
    ("Die Beziehungen zu Malawi sind seit Jahren durch ugandische Grenzkontrollen belastet.",
     [("COERCE", "coercion", "UGA", "MWI", "occurred")]),
    # separable reproach, a chargé d'affaires recalled
    ("Litauen hält der Führung in Minsk seit Monaten vor, Migranten an die Grenze zu schleusen.",
     [("ACCUSE", "criticism", "LTU", "BLR", "occurred")]),
    ("Das Außenministerium in Vientiane hat den eigenen Geschäftsträger aus Bangkok zurückgerufen.",
     [("SANCTION", "other", "LAO", "THA", "occurred")]),
    # agreements, aid sent, praise, a handshake
    ("Die staatlichen Konzerne Kenias und Tansanias einigten sich auf einen Liefervertrag.",
     [("SUPPORT", "contract_signed", "KEN", "TZA", "occurred")]),
    ("Griechenland schloss mit Zypern einen Vertrag über die Lieferung von Strom.",
     [("SUPPORT", "agreement_signed", "GRC", "CYP", "occurred")]),
    ("Italien schickte Löschflugzeuge nach Slowenien.", [("AID", "aid", "ITA", "SVN", "occurred")]),
    ("Dänemark nannte Island einen verlässlichen Partner.",
     [("SUPPORT", "support_statement", "DNK", "ISL", "occurred")]),
    ("Die Präsidenten Paraguays und Uruguays reichten sich in Asunción die Hand.",
     [("CONSULT", "meeting", "PRY", "URY", "occurred")]),
])
def test_triggers_told_indirectly_or_with_a_split_verb(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_treaty_referred_to_by_its_year_is_dated_to_it() -> None:
    found_events = events("Ghana berief sich auf den Grenzvertrag von 1904 mit Togo.")
    assert [(e.subtype, e.source.country, e.target.country, e.date) for e in found_events] == [
        ("agreement_signed", "GHA", "TGO", "1904")]


@pytest.mark.parametrize("text", [
    # 'drohen' as 'loom' and 'Drohung' in a comparison; 'wies … an' and a preposition 'aus' are no expulsion
    "Nach dem Streit mit Argentinien drohte Uruguay eine Staatspleite.",
    "Eine Staatspleite drohte Uruguay nach dem Streit mit Argentinien.",
    "Chile gewann damit mehr Einfluss in Peru als mit jeder Drohung.",
    "Die Regierung Serbiens wies die Behörden an, Anträge aus Kroatien zu prüfen.",
    # a domestic call; the content of an accusation, a denial or a demand is no act of its own
    "Der Präsident Boliviens rief die Bevölkerung zur Ruhe auf.",
    "Die Ukraine bestreitet, Truppen nach Moldau verlegt zu haben.",
    "Ein Lieferstopp nach Tschechien wegen eines technischen Defekts wurde gestern gestoppt.",
])
def test_looming_comparisons_instructions_and_contents_are_no_events(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenia warf Somalia vor, Rebellen unterstützt zu haben.", [("ACCUSE", "criticism", "KEN", "SOM", "occurred")]),
    ("Ghana forderte Togo auf, seine Soldaten von der Grenze abzuziehen.",
     [("REQUEST", "demand", "GHA", "TGO", "occurred")]),
    ("Die EU hat Serbien und Kosovo zu neuen Verhandlungen aufgerufen.",
     [("REQUEST", "demand", "EUU", "SRB", "occurred"), ("REQUEST", "demand", "EUU", "XKX", "occurred")]),
    # but an act in its own coordinated clause stays
    ("Kenia warf Somalia Grenzverletzungen vor und unterstützte Äthiopien mit Waffen.",
     [("ACCUSE", "criticism", "KEN", "SOM", "occurred"), ("AID", "aid", "KEN", "ETH", "occurred")]),
])
def test_an_infinitive_content_gives_only_the_speech_act(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_invitation_issued_is_the_invitees_planned_visit_once() -> None:
    assert found("Litauen sprach Polen eine Einladung aus.") == [("AGREE", "visit", "POL", "LTU", "planned")]
    assert found("Polens Präsident werde im Mai nach Litauen reisen; Litauen habe die Einladung im März "
                 "ausgesprochen.") == [("AGREE", "visit", "POL", "LTU", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    # a reception for talks: the guest's visit besides the talks, active and passive
    ("Der senegalesische Präsident Bassirou Faye empfing am Montag Spaniens Regierungschef Pedro Sánchez in "
     "seinem Amtssitz in Dakar zu Gesprächen.",
     [("CONSULT", "visit", "ESP", "SEN", "occurred"), ("CONSULT", "talks", "SEN", "ESP", "occurred")]),
    ("Der ruandische Außenminister Olivier Nduhungirehe wurde am Freitag in Dodoma von Präsidentin Samia "
     "Suluhu Hassan zu Gesprächen empfangen.",
     [("CONSULT", "visit", "RWA", "TZA", "occurred"), ("CONSULT", "talks", "RWA", "TZA", "occurred")]),
    # a counterpart received: the guest's visit and a meeting of the two
    ("Im April empfing Präsident Gustavo Petro seinen ecuadorianischen Amtskollegen in Bogotá.",
     [("CONSULT", "visit", "ECU", "COL", "occurred"), ("CONSULT", "meeting", "ECU", "COL", "occurred")]),
])
def test_a_reception_is_the_guests_visit_and_a_meeting_or_the_talks(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # an ambassador received is posted there: no visit
    "Der Präsident Perus empfing am Montag den neuen Botschafter Japans zu Gesprächen.",
    # the sentence tells the stay: no second visit
    "Während seines Aufenthalts in Madrid wurde der marokkanische Premier Aziz Akhannouch von König Felipe zu "
    "Gesprächen empfangen.",
])
def test_a_reception_for_talks_gives_no_extra_visit(text: str) -> None:
    assert sum(e.subtype in ("visit", "state_visit", "official_visit") for e in events(text)) <= 1
    assert not any(e.subtype == "visit" and e.source.country == "JPN" for e in events(text))


def test_an_agreement_in_a_call_with_a_middle_field_is_a_call_and_a_plan() -> None:
    text = ("Die Außenminister Perus und Boliviens vereinbarten am Donnerstag in einem Telefonat, die "
            "Zusammenarbeit beim Grenzschutz auszubauen.")
    assert sorted(found(text)) == [("AGREE", "cooperation", "PER", "BOL", "planned"),
                                   ("CONSULT", "phone_call", "PER", "BOL", "occurred")]
    # an agreement itself (no infinitive after the comma) took place
    assert found("Peru und Bolivien vereinbarten eine engere Zusammenarbeit, teilte das Ministerium mit.") == [
        ("COOPERATE", "cooperation", "PER", "BOL", "occurred")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Alle geplanten Ministertreffen zwischen Armenien und Aserbaidschan wurden ausgesetzt.",
     [("SANCTION", "other", "ARM", "AZE", "occurred")]),
    ("Georgien setzte die Konsultationen mit Russland aus.", [("SANCTION", "other", "GEO", "RUS", "occurred")]),
    # one planned visit called off is no sanction and no visit
    ("Der geplante Besuch des armenischen Präsidenten in Georgien wurde abgesagt.", []),
])
def test_planned_meetings_called_off_are_a_sanction_that_happened(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_demand_made_repeatedly_is_still_a_demand_but_repeated_visits_are_none() -> None:
    assert found("Phnom Penh habe Bangkok wiederholt um Aufklärung ersucht, sagte der kambodschanische "
                 "Sprecher.") == [("REQUEST", "demand", "KHM", "THA", "occurred")]
    assert found("Der kambodschanische König hat Thailand wiederholt besucht.") == []


# ---- lexicon coverage: one sentence per row added in the LEXICON blocks of event_triggers.tsv

@pytest.mark.parametrize(("text", "expected"), [
    # agreements
    ("Georgien und Armenien haben den Grenzvertrag paraphiert.", ("SUPPORT", "agreement_signed", "GEO", "ARM")),
    ("Die Ratifizierung des Abkommens mit Paraguay durch Uruguay erfolgte im Mai.",
     ("SUPPORT", "agreement_signed", "URY", "PRY")),
    ("Marokko und Mauretanien schlossen am Montag ein Fischereiabkommen ab.",
     ("SUPPORT", "agreement_signed", "MAR", "MRT")),
    ("Kasachstan und Usbekistan vereinbarten am Dienstag ein Abkommen über Wasserrechte.",
     ("SUPPORT", "agreement_signed", "KAZ", "UZB")),
    ("Malawi und Sambia haben sich auf ein gemeinsames Grenzregime verständigt.",
     ("SUPPORT", "agreement_signed", "MWI", "ZMB")),
    ("Thailand und Kambodscha erzielten am Sonntag eine Einigung über den Grenzverlauf.",
     ("SUPPORT", "agreement_signed", "THA", "KHM")),
    ("Angola und Namibia besiegelten ihre Partnerschaft mit einem Vertrag.",
     ("SUPPORT", "agreement_signed", "AGO", "NAM")),
    # cooperation
    ("Polen kooperiert seit Montag mit Litauen bei der Grenzsicherung.", ("COOPERATE", "cooperation", "POL", "LTU")),
    ("Estland und Finnland haben ihre Partnerschaft im Bereich der Energie vertieft.",
     ("COOPERATE", "cooperation", "EST", "FIN")),
    ("Die Marinen Indiens und Frankreichs hielten im Indischen Ozean ein gemeinsames Manöver ab.",
     ("COOPERATE", "cooperation", "IND", "FRA")),
    ("Kenia und Äthiopien gründeten eine gemeinsame Kommission für den Grenzhandel.",
     ("COOPERATE", "cooperation", "KEN", "ETH")),
    # recognition, relations, embassies
    ("Die Anerkennung Palästinas durch Norwegen stieß in Israel auf Kritik.", ("SUPPORT", "recognition", "NOR", "PSE")),
    ("Marokko und Israel normalisierten ihre Beziehungen im Dezember.",
     ("SUPPORT", "relations_established", "MAR", "ISR")),
    ("Estland eröffnete am Montag eine Botschaft in Seoul.", ("COOPERATE", "cooperation", "EST", "KOR")),
    # aid and investment
    ("Frankreich erließ der Elfenbeinküste Schulden in Höhe von 500 Millionen Euro.", ("AID", "aid", "FRA", "CIV")),
    ("Eine Hilfslieferung aus Marokko erreichte am Montag Libyen.", ("AID", "aid", "MAR", "LBY")),
    ("Australien hat Tonga nach dem Tsunami Trinkwasser und Zelte gespendet.", ("AID", "aid", "AUS", "TON")),
    ("Großbritannien bildet ukrainische Soldaten aus.", ("AID", "aid", "GBR", "UKR")),
    ("Spanien half Marokko nach dem Erdbeben mit Rettungsteams.", ("AID", "aid", "ESP", "MAR")),
    ("Indien unterstützte Sri Lanka mit Treibstofflieferungen.", ("AID", "aid", "IND", "LKA")),
    ("Japan investierte 2023 zwei Milliarden Dollar in Vietnam.", ("COOPERATE", "investment", "JPN", "VNM")),
    ("Die Vereinigten Arabischen Emirate kündigten Investitionen in Ägypten an.",
     ("AGREE", "investment", "ARE", "EGY")),
    # sanctions lifted or tightened, coercion, threats
    ("Australien lockerte die Sanktionen gegen Fidschi.", ("CONCEDE", "other", "AUS", "FJI")),
    ("Großbritannien verschärfte die Sanktionen gegen Russland.", ("SANCTION", "sanction", "GBR", "RUS")),
    ("Italien belegte Stahl aus Indien mit Strafzöllen.", ("SANCTION", "sanction", "ITA", "IND")),
    ("Polen hat seinen Luftraum für Flugzeuge aus Belarus gesperrt.", ("SANCTION", "sanction", "POL", "BLR")),
    ("Die Schweiz hat Konten syrischer Regierungsmitglieder gesperrt.", ("COERCE", "coercion", "CHE", "SYR")),
    ("Ein Importstopp Chinas für Fisch aus Japan trat am Montag in Kraft.", ("SANCTION", "sanction", "CHN", "JPN")),
    ("Russland warnte Finnland vor Konsequenzen eines Nato-Beitritts.", ("THREATEN", "threat", "RUS", "FIN")),
    ("Ecuador stellte Kolumbien ein Ultimatum.", ("THREATEN", "threat", "ECU", "COL")),
    # expulsion and downgrades
    ("Mali erklärte den französischen Botschafter zur persona non grata.", ("SANCTION", "expulsion", "MLI", "FRA")),
    ("Der Rückruf des brasilianischen Botschafters aus Israel wurde am Montag bekannt.",
     ("SANCTION", "other", "BRA", "ISR")),
    ("Litauen stufte die diplomatischen Beziehungen zu China herab.", ("SANCTION", "other", "LTU", "CHN")),
    # military
    ("Armenische Stellungen wurden von Aserbaidschan angegriffen.", ("ASSAULT", "attack", "AZE", "ARM")),
    ("Ein ukrainischer Drohnenangriff traf eine Raffinerie in Russland.", ("ASSAULT", "attack", "UKR", "RUS")),
    ("Russland hat Drohnen auf die Ukraine abgefeuert.", ("ASSAULT", "attack", "RUS", "UKR")),
    ("Venezolanische Soldaten sind in das Gebiet Guyanas eingedrungen.", ("MOBILIZE", "mobilization", "VEN", "GUY")),
    ("Russland zog an der Grenze zur Ukraine Truppen zusammen.", ("MOBILIZE", "mobilization", "RUS", "UKR")),
    ("China hielt vor der Küste Taiwans ein Manöver ab.", ("MOBILIZE", "mobilization", "CHN", "TWN")),
    ("Südkorea versetzte seine Truppen wegen Nordkorea in Alarmbereitschaft.",
     ("MOBILIZE", "mobilization", "KOR", "PRK")),
    # criticism
    ("Estland hat die Entscheidung Russlands angeprangert.", ("ACCUSE", "criticism", "EST", "RUS")),
    ("Die Philippinen legten bei China Protest ein.", ("ACCUSE", "criticism", "PHL", "CHN")),
    ("Die Einbestellung des türkischen Botschafters durch Griechenland erfolgte am Montag.",
     ("ACCUSE", "criticism", "GRC", "TUR")),
    ("Das Vorgehen Serbiens wurde von Kroatien verurteilt.", ("ACCUSE", "criticism", "HRV", "SRB")),
    # support and rejection
    ("Ägypten sprach Katar seinen Dank aus.", ("SUPPORT", "support_statement", "EGY", "QAT")),
    ("Spanien sprach sich für den Beitritt Moldaus aus.", ("SUPPORT", "support_statement", "ESP", "MDA")),
    ("Frankreich sprach sich gegen den Vorschlag Italiens aus.", ("REJECT", "rejection", "FRA", "ITA")),
    ("Polen bekundete der Ukraine seine Solidarität.", ("SUPPORT", "support_statement", "POL", "UKR")),
    ("Bulgarien stellte sich im Streit hinter die Regierung Nordmazedoniens.",
     ("SUPPORT", "support_statement", "BGR", "MKD")),
    ("Die Entscheidung Ugandas wurde von Kenia begrüßt.", ("SUPPORT", "support_statement", "KEN", "UGA")),
    ("Der Vorschlag Chinas wurde von Japan abgelehnt.", ("REJECT", "rejection", "JPN", "CHN")),
    ("Russland legte im Sicherheitsrat ein Veto gegen die Resolution der USA ein.",
     ("REJECT", "rejection", "RUS", "USA")),
    ("Die Türkei hat den Beitritt Schwedens blockiert.", ("REJECT", "rejection", "TUR", "SWE")),
    ("Die Ablehnung des Angebots Ecuadors durch Peru kam überraschend.", ("REJECT", "rejection", "PER", "ECU")),
    # concessions and demands
    ("Iran ließ am Montag zwei französische Diplomaten frei.", ("CONCEDE", "other", "IRN", "FRA")),
    ("Armenien und Aserbaidschan haben Gefangene ausgetauscht.", ("CONCEDE", "other", "ARM", "AZE")),
    ("Im Streit mit Kolumbien lenkte Ecuador am Dienstag ein.", ("CONCEDE", "other", "ECU", "COL")),
    ("Die Türkei machte Schweden ein Zugeständnis.", ("CONCEDE", "other", "TUR", "SWE")),
    ("Kenia fordert von Somalia eine Erklärung.", ("REQUEST", "demand", "KEN", "SOM")),
    ("Polen forderte die Freilassung seines Staatsbürgers durch Belarus.", ("REQUEST", "demand", "POL", "BLR")),
    ("Chile appellierte an Bolivien, den Dialog fortzusetzen.", ("REQUEST", "demand", "CHL", "BOL")),
    ("Frankreich drängte Algerien zur Rücknahme seiner Staatsbürger.", ("REQUEST", "demand", "FRA", "DZA")),
    ("Japan mahnte China zur Zurückhaltung.", ("REQUEST", "demand", "JPN", "CHN")),
    ("Die Aufforderung Kenias an Somalia blieb unbeantwortet.", ("REQUEST", "demand", "KEN", "SOM")),
])
def test_lexicon_rows_read_their_event(text: str, expected: tuple) -> None:
    assert expected in [e[:4] for e in found(text)]


@pytest.mark.parametrize(("text", "absent"), [
    # a road blocked by protesters, a school or fire-brigade exercise, a blockade that is coercion
    ("Demonstranten blockierten die Straße zur Botschaft Frankreichs in Bamako.", "REJECT"),
    ("Schüler aus Polen und Litauen nahmen an einer gemeinsamen Übung der Feuerwehr teil.", "COOPERATE"),
    ("Saudi-Arabien und Bahrain hatten Katar zuvor wirtschaftlich blockiert.", "REJECT"),
    # a release, a lifting, giving in that is only demanded
    ("Polen forderte die Freilassung seines Journalisten durch Belarus.", "CONCEDE"),
    ("Russland forderte von Kanada die Aufhebung der Sanktionen.", "CONCEDE"),
    ("Kuwait drängte Bagdad im Streit um die Grenze zum Einlenken.", "CONCEDE"),
    # blood donated, voters mobilised, airspace closed for volcanic ash, a warning against an attack
    ("Soldaten aus Kenia spendeten in Uganda Blut.", "AID"),
    ("Ungarn mobilisierte Millionen Euro für die Ukraine.", "MOBILIZE"),
    ("Island sperrte seinen Luftraum wegen Vulkanasche für Flugzeuge aus Norwegen.", "COERCE"),
    ("Iran warnte Israel vor einem Angriff.", "ASSAULT"),
    # a joint manoeuvre is no mobilisation; sanctions agreed among allies are no agreement with the target
    ("China hielt gemeinsam mit Russland ein Manöver ab.", "MOBILIZE"),
    ("Polen und Litauen einigten sich auf neue Sanktionen gegen Belarus.", "SUPPORT"),
    # an appeal to a diaspora, a partnership deepened in a present-tense headline, a standing cooperation, a wish
    ("Der Präsident Kasachstans appellierte an die Diaspora in den USA.", "REQUEST"),
    ("Indien und Japan vertiefen Partnerschaft", "COOPERATE"),
    ("Norwegen und Großbritannien arbeiten in der Nordsee seit Langem eng zusammen.", "COOPERATE"),
    ("Saudi-Arabien und Katar wollen enger zusammenarbeiten.", "AGREE"),
    # a debt relief only agreed to is no aid delivered
    ("Portugal hatte vereinbart, Kap Verde Schulden von zwölf Millionen Euro zu erlassen.", "AID"),
])
def test_lexicon_rows_stay_off_other_senses(text: str, absent: str) -> None:
    assert absent not in [e[0] for e in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moskau hat Litauen scharf angegriffen.", ("ACCUSE", "criticism", "RUS", "LTU", "occurred")),
    ("Der belarussische Präsident griff Polen in seiner Rede scharf an.",
     ("ACCUSE", "criticism", "BLR", "POL", "occurred")),
    ("Die litauische Regierung wurde von Russland scharf angegriffen.",
     ("ACCUSE", "criticism", "RUS", "LTU", "occurred")),
    ("Die Slowakei stellte sich demonstrativ an die Seite Moldaus.",
     ("SUPPORT", "support_statement", "SVK", "MDA", "occurred")),
])
def test_verbal_attacks_are_criticism_and_standing_by_a_side_is_support(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_troops_attacking_sharply_still_attack() -> None:
    text = "Russische Truppen haben ukrainische Stellungen scharf angegriffen."
    assert found(text) == [("ASSAULT", "attack", "RUS", "UKR", "occurred")]


@pytest.mark.parametrize("text", [
    "Ein belarussisches Gericht verurteilte den Polen Andrzej Nowak zu acht Jahren Haft.",  # a sentence
    "Die Sanktionen der Schweiz treffen Russland schwer.",  # 'treffen' = hit
    "Die Schließung des Luftraums traf Armenien hart.",
    "Frankreich verurteilte den Umsturzversuch in Niger.",  # a domestic act, no culprit named
    "Italien hat den Anschlag in Kabul scharf verurteilt.",
])
def test_court_sentences_hits_and_condemned_domestic_acts_are_no_events(text: str) -> None:
    assert [e for e in found(text) if e[0] in ("ACCUSE", "CONSULT")] == []


@pytest.mark.parametrize(("text", "target"), [
    ("Ghana verurteilte den Anschlag Togos in Lomé.", "TGO"),  # the culprit in the genitive
    ("Polen verurteilte Belarus für den Anschlag in Vilnius.", "BLR"),  # the culprit as the object
])
def test_condemning_an_act_whose_culprit_is_named_is_criticism(text: str, target: str) -> None:
    assert [(e[1], e[3]) for e in found(text)] == [("criticism", target)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Montenegro trat dem Freihandelsabkommen mit Serbien bei.",
     [("SUPPORT", "agreement_signed", "MNE", "SRB", "occurred")]),
    ("Georgien ist dem Abkommen zwischen Armenien und Aserbaidschan beigetreten.",
     [("SUPPORT", "agreement_signed", "GEO", "ARM", "occurred"),
      ("SUPPORT", "agreement_signed", "GEO", "AZE", "occurred")]),
    ("Das Abkommen zwischen Peru und Chile trat am Montag in Kraft.",
     [("SUPPORT", "agreement_signed", "PER", "CHL", "occurred")]),
    ("Chinesische Kriegsschiffe kreuzten tagelang vor der taiwanischen Küste.",
     [("MOBILIZE", "mobilization", "CHN", "TWN", "occurred")]),
    ("Russische Kriegsschiffe kreuzten vor der Küste Norwegens.",
     [("MOBILIZE", "mobilization", "RUS", "NOR", "occurred")]),
])
def test_joining_a_treaty_its_entry_into_force_and_warships_off_a_coast(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Das Gesetz über ausländische Agenten trat in Georgien in Kraft.",  # a domestic law
    "Die Zölle der USA gegen China traten am Montag in Kraft.",  # a measure, not a treaty
])
def test_laws_and_measures_entering_into_force_are_no_agreement(text: str) -> None:
    assert [e for e in found(text) if e[1] == "agreement_signed"] == []


def test_consultations_held_in_a_foreign_capital_are_also_a_visit() -> None:
    text = ("Im März führte der estnische Außenminister in Riga politische Konsultationen mit seinem "
            "lettischen Amtskollegen.")
    assert {e[:4] for e in found(text)} == {("CONSULT", "visit", "EST", "LVA"), ("CONSULT", "talks", "EST", "LVA")}


def test_talks_held_at_home_are_no_visit() -> None:
    text = "Der lettische Außenminister führte in Riga Gespräche mit seinem estnischen Amtskollegen."
    assert [e[1] for e in found(text)] == ["talks"]


@pytest.mark.parametrize(("text", "expected"), [
    # lawsuits and complaints, an agentless summons by the host, an agreement lifted
    ("Belize verklagte Guatemala vor dem Internationalen Gerichtshof.", ("ACCUSE", "criticism", "BLZ", "GTM")),
    ("Peru reichte am Montag bei der OAS Beschwerde gegen Bolivien ein.", ("ACCUSE", "criticism", "PER", "BOL")),
    ("Am Montag wurde der ruandische Botschafter ins Außenministerium in Kinshasa zitiert.",
     ("ACCUSE", "criticism", "COD", "RWA")),
    ("Im Mai hob Kasachstan das Transitabkommen mit Usbekistan, nach dem Lastwagen die Grenze frei passieren "
     "durften, auf.", ("SANCTION", "other", "KAZ", "UZB")),
    # views exchanged, ambassadors exchanged again
    ("Die Außenminister Ghanas und Togos tauschten sich am Montag in Accra über die Lage aus.",
     ("CONSULT", "talks", "GHA", "TGO")),
    ("Marokko und Algerien tauschten wieder Botschafter aus.", ("SUPPORT", "relations_established", "MAR", "DZA")),
    # occupation, water cannon, military intervention
    ("Argentinische Truppen besetzten im April die britische Insel Südgeorgien.", ("COERCE", "coercion", "ARG", "GBR")),
    ("Die vietnamesische Marine drängte ein chinesisches Fischerboot mit Wasserwerfern ab.",
     ("COERCE", "coercion", "VNM", "CHN")),
    ("Frankreich griff 2013 militärisch in Mali ein.", ("ASSAULT", "attack", "FRA", "MLI")),
    # a mediation offered, aid flown in or given, airspace opened, a ruling implemented, an investor
    ("Die Türkei bot sich als Vermittler zwischen Armenien und Aserbaidschan an.", ("AGREE", "other", "TUR", "ARM")),
    ("Italien ließ per Luftbrücke Zelte nach Libyen fliegen.", ("AID", "aid", "ITA", "LBY")),
    ("Südkorea schenkte der Armee Laos zwölf Lastwagen.", ("AID", "aid", "KOR", "LAO")),
    ("Indien öffnete seinen Luftraum für pakistanische Flugzeuge.", ("CONCEDE", "other", "IND", "PAK")),
    ("Honduras setzte das Urteil des Gerichtshofs im Grenzstreit mit El Salvador um.",
     ("CONCEDE", "other", "HND", "SLV")),
    ("Japan war 2021 der größte ausländische Investor in Vietnam.", ("COOPERATE", "investment", "JPN", "VNM")),
])
def test_report_lexicon_rows_read_their_event(text: str, expected: tuple) -> None:
    assert expected in [e[:4] for e in found(text)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Die Opposition besetzte in Accra das Parlament, auch Gäste aus Togo waren da.", "COERCE"),
    ("Der Präsident Ghanas schenkte seinem Gast aus Togo große Aufmerksamkeit.", "AID"),
    ("Die Studenten tauschten sich mit Kollegen aus Polen über ihre Erfahrungen aus.", "SANCTION"),
    ("Chile hob die Visumpflicht für Bürger aus Peru auf.", "SANCTION"),
])
def test_report_lexicon_rows_stay_off_other_senses(text: str, absent: str) -> None:
    assert absent not in [e[0] for e in found(text)]


def test_views_exchanged_during_a_talk_told_before_are_no_second_talk() -> None:
    text = ("Der Präsident Ghanas empfing am Montag den Außenminister Togos zu einem Gespräch. "
            "In dem Gespräch tauschten sich beide Seiten über die Lage in der Region aus.")
    assert [e[1] for e in found(text)].count("talks") == 1


def test_one_of_the_largest_investors_is_no_investment_event() -> None:
    assert found("Japanische Firmen zählen zu den größten ausländischen Investoren in Vietnam.") == []


def test_a_domestic_act_fronted_with_a_capitalised_article_names_no_culprit() -> None:
    text = "Den Anschlag in Nairobi verurteilte die somalische Regierung scharf."
    assert found(text) == []


def test_a_treaty_year_dates_the_treaty_only_and_fires_without_auf() -> None:
    both = events("Bolivien berief sich auf den Grenzvertrag von 1927 und warf Paraguay einen Angriff vor.")
    assert {(e.subtype, e.date) for e in both} >= {("agreement_signed", "1927"), ("criticism", None)}
    plan = events("Asunción will den Grenzvertrag von 1904 zwischen Paraguay und Bolivien neu verhandeln.")
    assert [(e.subtype, {e.source.country, e.target.country}, e.date, e.status) for e in plan] == [
        ("agreement_signed", {"PRY", "BOL"}, "1904", "occurred")]


def test_a_third_partys_treaty_told_in_passing_takes_not_the_articles_countries() -> None:
    text = ("Die Regierung in Bogotá telefonierte mit Quito und bekräftigte die Pflichten aus dem "
            "Verteidigungsvertrag von 1952.")
    assert "agreement_signed" not in [e[1] for e in found(text)]


def test_talks_in_a_lowercase_phrase_are_no_stay_in_a_place() -> None:
    text = ("Der chilenische Präsident führte in vertraulichen Gesprächen mit Argentinien in Buenos Aires "
            "eine Lösung herbei.")
    assert [e[1] for e in found(text)] == ["talks"]


@pytest.mark.parametrize("text", [
    "Der kenianische Präsident bezeichnete Uganda als den verlässlichsten Partner in der Region.",
    "Die spanische Premierministerin nannte Marokko den treuesten Verbündeten ihres Landes.",
])
def test_praise_adjectives_in_the_superlative_are_support(text: str) -> None:
    assert [e[:2] for e in found(text)] == [("SUPPORT", "support_statement")]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Canberra hat vor einem Schiedsgericht ein Verfahren gegen Jakarta angestrengt.", ("AUS", "IDN")),
    ("Der kenianische Außenminister beklagte die Haltung Tansanias.", ("KEN", "TZA")),
    ("Die Regierung in Oslo äußerte Sorge über die Manöver Russlands.", ("NOR", "RUS")),
])
def test_complaint_concern_and_proceedings_are_criticism(text: str, dyad: tuple[str, str]) -> None:
    assert found(text) == [("ACCUSE", "criticism", *dyad, "occurred")]


@pytest.mark.parametrize("text", [
    "Die Ukraine beklagte am Montag zwei Tote nach dem Angriff.",
    "Zehntausende protestierten in Tiflis gegen die Regierung.",
])
def test_mourning_and_street_protest_are_no_criticism(text: str) -> None:
    assert "criticism" not in [e[1] for e in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Diplomatische Beziehungen nahmen Nepal und Peru am 5. Juni 1975 auf.", ("SUPPORT", "relations_established")),
    ("Der Grenzverlauf steht für Baku nicht zur Debatte, erklärte der Außenminister Aserbaidschans an die Adresse "
     "Armeniens.", ("REJECT", "rejection")),
    ("Canberra erteilte dem Vorschlag aus Wellington eine Absage.", ("REJECT", "rejection")),
    ("Der Außenminister Perus sprach von einem „unfreundlichen Akt“ Boliviens.", ("ACCUSE", "criticism")),
    ("Die Regierung in Jakarta äußerte sich besorgt über die Militärübungen Australiens.", ("ACCUSE", "criticism")),
    ("Die Regierung in Dakar verteidigte das Vorgehen ihrer Armee gegen Vorwürfe aus Gambia.", ("REJECT", "rejection")),
    ("Der Papst brachte die Präsidenten Perus und Ecuadors an einen Tisch.", ("CONSULT", "meeting")),
    ("Andernfalls sehe sich Manila gezwungen, Maßnahmen gegen Peking zu ergreifen.", ("THREATEN", "threat")),
    ("Pakistans Armeechef warnt Indien: Falls Neu-Delhi losschlage, werde man «ohne Zögern» reagieren.",
     ("THREATEN", "threat")),
    ("Die Armee Ghanas stürmte die Botschaft Togos in Accra.", ("COERCE", "coercion")),
    ("Eritreische Truppen waren auf äthiopisches Gebiet vorgedrungen.", ("ASSAULT", "attack")),
    ("Die Armee Äthiopiens schoss Granaten auf Dörfer jenseits der Grenze in Eritrea.", ("ASSAULT", "attack")),
    ("Seit Montag verkehrt wieder ein Zug zwischen Sofia und Skopje.", ("COOPERATE", "cooperation")),
    ("Die Flüge zwischen Baku und Eriwan wurden wieder aufgenommen.", ("COOPERATE", "cooperation")),
    ("Der Bau des grenzüberschreitenden Abschnitts zwischen Estland und Lettland hat begonnen.",
     ("COOPERATE", "cooperation")),
    ("Die Außenminister Irlands und Portugals kamen zu einem Gespräch zusammen.", ("CONSULT", "talks")),
    ("Die Regierungen Perus und Ecuadors hätten den Vorschlag angenommen, sagte der Vermittler.",
     ("SUPPORT", "agreement_signed")),
    ("Lima hat den gesamten Warenverkehr mit Bolivien bis auf Weiteres ausgesetzt.", ("SANCTION", "sanction")),
    ("Schon im Mai hatte Quito Lieferungen von Zement und Stahl nach Kolumbien begrenzt.", ("SANCTION", "sanction")),
    ("Japan lieferte humanitäre Hilfe an Myanmar, darunter Zelte und Medikamente.", ("AID", "aid")),
    ("Koreanische Unternehmen planen Investitionen in Höhe von zwei Milliarden Dollar in Vietnam.",
     ("AGREE", "investment")),
])
def test_idioms_separable_verbs_and_agentless_cooperation(text: str, expected: tuple[str, str]) -> None:
    assert [e[:2] for e in found(text)] == [expected]


def test_debt_relief_by_a_share_of_old_debts_is_aid() -> None:
    text = "Frankreich unterstützt Senegal durch den Erlass von 40 Prozent der Altschulden."
    assert ("AID", "aid", "FRA", "SEN", "occurred") in found(text)


def test_a_copula_stay_for_talks_in_a_capital_is_a_visit() -> None:
    text = "Der kroatische Außenminister Ivo Marić war im Januar zu Gesprächen mit seinem Kollegen in Belgrad."
    assert ("CONSULT", "visit", "HRV", "SRB", "occurred") in found(text)


@pytest.mark.parametrize("text", [
    "Eine dänische Beteiligung an dem schwedischen Projekt stehe nicht zur Debatte, sagte der Minister.",
    "Wegen des Unwetters wurden die Flüge zwischen Oslo und Stockholm erst am Abend wieder aufgenommen.",
    "Der Bürgermeister verteidigte den Haushalt gegen Kritik der Opposition.",
])
def test_own_participation_trade_stop_twice_and_weather_are_no_new_act(text: str) -> None:
    kinds = [e[1] for e in found(text)]
    assert "rejection" not in kinds and "sanction" not in kinds and "cooperation" not in kinds


@pytest.mark.parametrize("text", [
    "Sudanesische Truppen haben den Grenzposten im Tschad eingenommen.",
    "Sudanesische Soldaten eroberten am Montag eine Grenzstadt im Tschad.",
    "Die sudanesische Armee nahm die Stellung im Tschad nach heftigen Kämpfen ein.",
])
def test_a_place_or_post_taken_by_force_is_an_attack(text: str) -> None:
    assert [(e[1], e[2], e[3]) for e in found(text)] == [("attack", "SDN", "TCD")]


@pytest.mark.parametrize("text", [
    "Die Opposition im Tschad nahm eine harte Haltung gegenüber dem Sudan ein.",
    "Die Partei eroberte bei den Wahlen im Tschad die Hauptstadt.",
    "Der sudanesische Minister nahm im Tschad seinen Platz am Verhandlungstisch ein.",
])
def test_taking_a_stance_a_seat_or_an_election_is_no_attack(text: str) -> None:
    assert all(e[1] != "attack" for e in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Estland hat die Entscheidung Finnlands begrüßt.",
     [("SUPPORT", "support_statement", "EST", "FIN", "occurred")]),
    ("Der Präsident Tansanias hat dem ugandischen Präsidenten für dessen Weitsicht gedankt.",
     [("SUPPORT", "support_statement", "TZA", "UGA", "occurred")]),
    ("Tansania dankte Uganda für das Entgegenkommen.",
     [("SUPPORT", "support_statement", "TZA", "UGA", "occurred")]),
    ("Die Regierung in Warschau bedauerte die Entscheidung Prags.",
     [("ACCUSE", "criticism", "POL", "CZE", "occurred")]),
    ("Norwegen hatte bereits im März Hilfsgüter nach Sudan geschickt.",
     [("AID", "aid", "NOR", "SDN", "occurred")]),
    ("Kenia und Somalia haben die Unterzeichnung des Abkommens überraschend verschoben.",
     [("AGREE", "agreement_signed", "KEN", "SOM", "planned")]),
    ("Die Unterzeichnung des Abkommens zwischen Chile und Peru wurde abgesagt.", []),
    # a welcome at the airport is a reception, regret over a death no criticism, thanks to no state no event
    ("Der Präsident Mexikos begrüßte den Gast am Flughafen.", []),
    ("Die Regierung Ecuadors bedauerte den Tod der Soldaten in Peru.", []),
    ("Der Premier dankte den Helfern für ihren Einsatz in Kenia.", []),
])
def test_welcome_thanks_regret_perfect_aid_and_postponed_signing(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # praise told only as a reported copula, the speaker after or before the clause is the source
    ("Paraguay sei ein verlässlicher Partner, sagte der Gast aus Montevideo.",
     [("SUPPORT", "support_statement", "URY", "PRY", "occurred")]),
    ("Ghana bleibe der wichtigste Verbündete in der Region, versicherte die senegalesische Außenministerin.",
     [("SUPPORT", "support_statement", "SEN", "GHA", "occurred")]),
    ("Der Premier von Fidschi sagte, Tonga sei weiterhin ein enger Freund.",
     [("SUPPORT", "support_statement", "FJI", "TON", "occurred")]),
    # an expectation for the speaker's side that another country act
    ("Man erwarte, dass Belgrad die Entscheidung überdenkt, hieß es aus Sarajevo.",
     [("REQUEST", "demand", "BIH", "SRB", "occurred")]),
    # no praise: a market, a country praising itself, neutral reported speech, no speaker, no country after dass
    ("Paraguay ist ein wichtiger Markt für Soja.", []),
    ("Paraguay sei ein wichtiger Markt für Soja, sagte der Gast aus Montevideo.", []),
    ("Paraguay sei ein verlässlicher Partner, sagte der paraguayische Präsident.", []),
    ("Die Gespräche seien gut verlaufen, sagte der Gast aus Montevideo.", []),
    ("Paraguay ist ein verlässlicher Partner.", []),
    ("Man erwarte, dass die Preise im Herbst sinken, hieß es aus Sarajevo.", []),
])
def test_praise_and_expectation_told_only_in_reported_speech(text: str, expected: list) -> None:
    assert found(text) == expected
