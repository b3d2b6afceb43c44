"""Live-blog entries and telegraphic headlines tell acts in the present ('Rumänien sagt Moldau Hilfe zu'), often
with a time stamp before them; sanctions on a country's politicians target that country."""

from __future__ import annotations

import pytest

from tests.event_reading import found


@pytest.mark.parametrize(("text", "want"), [
    ("+++ 16.40 Uhr: Rumänien sagt Moldau weitere Hilfe zu +++", ("AGREE", "aid", "ROU", "MDA", "planned")),
    ("14.32 Uhr: Der schwedische Außenminister ist in Tiflis eingetroffen.",
     ("CONSULT", "visit", "SWE", "GEO", "occurred")),
    ("China verhängt Sanktionen gegen litauische Politiker", ("SANCTION", "sanction", "CHN", "LTU", "occurred")),
])
def test_a_live_entry_or_headline_in_the_present(text: str, want: tuple) -> None:
    assert found(text) == [want]


def test_a_promise_told_in_the_past_plural_is_no_new_row() -> None:
    assert found("Die Minister sagten zu.") == []
