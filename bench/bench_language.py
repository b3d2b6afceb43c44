"""Throughput of the language layer plus entity recognition, in tokens per CPU second (one core).

    .venv/bin/python bench/bench_language.py [--mb 1.0]

Builds at least --mb megabytes of German text from the bundled samples/ (and ../shared corpora
when present), perturbed so no two copies are identical (numbers shifted, names suffixed), then
times chronik.language.text.analyze and chronik.extract.entities.extract_entities on it. When
spaCy is installed, its blank German tokenizer runs on the same text as the reference.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from chronik.extract.entities import extract_entities
from chronik.language.text import analyze

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples", ROOT.parent / "shared" / "corpus"]


def base_texts() -> list[str]:
    """Every .txt article under the sample and shared corpus folders, metadata line removed."""
    texts = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.txt")) if folder.is_dir() else []:
            text = path.read_text(encoding="utf-8")
            texts.append(re.sub(r"\Adate [0-9-]+\n", "", text))
    return [t for t in texts if t.strip()]


def corpus(megabytes: float) -> list[str]:
    """Perturbed copies of the base texts until their size reaches `megabytes`."""
    base = base_texts()
    docs: list[str] = []
    size, copy = 0, 0
    while size < megabytes * 1_000_000:
        for text in base:
            shifted = re.sub(r"\d+", lambda m, c=copy: str(int(m.group()) + c), text)
            shifted = re.sub(r"\b([A-ZÄÖÜ][a-zäöü]{4,}ow)\b", lambda m, c=copy: f"{m.group(1)}{c % 7}", shifted)
            docs.append(shifted)
            size += len(shifted.encode("utf-8"))
        copy += 1
    return docs


def main() -> None:
    """Print tokens/s of the language layer, of language layer + entities, and of spaCy's tokenizer."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of text to process")
    args = parser.parse_args()
    docs = corpus(args.mb)
    extract_entities(analyze(docs[0]))  # load data files outside the timing

    t0 = time.process_time()
    analyses = [analyze(d) for d in docs]
    t1 = time.process_time()
    mentions = sum(len(extract_entities(a).mentions) for a in analyses)
    t2 = time.process_time()
    tokens = sum(len(s.tokens) for a in analyses for s in a.sentences)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"text: {len(docs)} documents, {mb:.2f} MB, {tokens} tokens, {mentions} entity mentions")
    print(f"language layer:            {tokens / (t1 - t0):>10,.0f} tokens/s")
    print(f"entities only:             {tokens / (t2 - t1):>10,.0f} tokens/s")
    print(f"language layer + entities: {tokens / (t2 - t0):>10,.0f} tokens/s")
    try:
        import spacy
    except ImportError:
        print("spaCy not installed: no reference")
        return
    nlp = spacy.blank("de")
    t3 = time.process_time()
    spacy_tokens = sum(len(nlp.make_doc(d)) for d in docs)
    t4 = time.process_time()
    ref = spacy_tokens / (t4 - t3)
    print(f"spaCy blank 'de' tokenizer: {ref:>10,.0f} tokens/s (reference)")
    print(f"ratio (language + entities / spaCy tokenizer): {tokens / (t2 - t0) / ref:.1%}")


if __name__ == "__main__":
    main()
