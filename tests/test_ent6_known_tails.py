"""An office holder's name of three or more words: its known form found anywhere in a sentence, and its last two
words ("Suu Kyi") linked to it across documents."""

from __future__ import annotations

from chronik.language.actors import known_tail
from chronik.model import Entity
from chronik.resolve.entities import build_kb
from tests.entity_reading import read


def test_a_known_name_of_four_words_after_a_preposition() -> None:
    layer = read("Die Regierung von Aung San Suu Kyi wurde 2021 gestürzt.")
    assert [(e.name, e.type) for e in layer.entities] == [("Aung San Suu Kyi", "PER")]


def test_the_short_form_links_to_the_full_name() -> None:
    kb = build_kb([("d1", Entity("PER", "Aung San Suu Kyi", ["Aung San Suu Kyi"], "MMR", [])),
                   ("d2", Entity("PER", "Suu Kyi", ["Suu Kyi"], None, []))])
    assert len(kb) == 1


def test_a_tail_with_a_particle_or_shared_by_two_holders_names_nobody() -> None:
    assert known_tail("bin Salman") is None
    assert known_tail("Al Thani") is None


def test_a_known_name_before_a_comma_ends_at_the_name() -> None:
    layer = read("Er traf Präsident Ismaïl Omar Guelleh, der ihn empfing. Präsident Guelleh sagte das.")
    assert [(e.name, e.aliases) for e in layer.entities if e.type == "PER"] == \
        [("Ismaïl Omar Guelleh", ["Ismaïl Omar Guelleh", "Guelleh"])]
