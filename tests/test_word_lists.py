"""Sorted word lists (SortedWords): the bundled files keep the order their lookups rely on."""

from chronik.language.resources import DATA_DIR, SortedWords, load_sorted_words, read_words


def test_bundled_noun_list_is_sorted_and_plain() -> None:
    text = (DATA_DIR / "nouns_de.txt").read_text(encoding="utf-8")
    lines = text.partition("\n")[2].split("\n")  # after the header
    assert text.startswith("#") and lines[-1] == ""
    words = lines[:-1]
    assert words == sorted(set(words))  # sorted in code-point order, each word once
    assert all(w and w == w.strip() and "#" not in w and w.splitlines() == [w] for w in words)
    assert words == list(read_words("nouns_de.txt"))


def test_sorted_words_finds_exactly_the_listed_words() -> None:
    listed = SortedWords("Aa\nAb\nAbend\nB\nBa\nBär\nÄra\n")
    assert all(w in listed for w in ["Aa", "Ab", "Abend", "B", "Ba", "Bär", "Ära"])
    assert not any(w in listed for w in ["A", "Abe", "Abende", "Bb", "C", "Ä", "", "ab"])
    nouns = load_sorted_words("nouns_de.txt")
    assert "Regierung" in nouns and "Botschafter" in nouns and "Merkel" not in nouns
