"""Check the format of an annotated article folder (gold.tsv, negatives.tsv, NN-slug.txt files).

Standard library only, so annotators can run it without installing the project:

    python3 bench/check_devset.py tests/data/devset/dev

Prints one line per problem and a per-relation count of gold facts; exits 1 on any problem.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

RELATIONS = (
    "memberOf partnersWith competesWith sanctions develops leaderOf founderOf employedBy "
    "headquarteredIn investsIn acquires supplies rankedIn trails regulates subsidiaryOf locatedIn"
).split()
NEGATIVE_KINDS = {"hedged", "negated", "denied"}


def check(folder: Path) -> tuple[list[str], Counter]:
    problems: list[str] = []
    counts: Counter = Counter()
    articles = {path.name for path in folder.glob("*.txt")}
    gold_rows: set[tuple[str, str, str, str]] = set()
    for name, columns in (("gold.tsv", ["file", "subject", "relation", "object"]),
                          ("negatives.tsv", ["file", "subject", "relation", "object", "kind", "note"])):
        path = folder / name
        if not path.is_file():
            problems.append(f"{path}: missing")
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t")
            header = next(reader, None)
            if header != columns:
                problems.append(f"{path}: header should be {columns}, is {header}")
            seen = set()
            for line_number, row in enumerate(reader, start=2):
                where = f"{path}:{line_number}"
                if len(row) != len(columns):
                    problems.append(f"{where}: {len(row)} columns, expected {len(columns)}")
                    continue
                file, subject, relation, obj = (cell.strip() for cell in row[:4])
                if file not in articles:
                    problems.append(f"{where}: no article {file!r}")
                if relation not in RELATIONS:
                    problems.append(f"{where}: unknown relation {relation!r}")
                if not subject or not obj or subject == obj:
                    problems.append(f"{where}: empty or identical subject/object")
                key = (file, subject, relation, obj)
                if key in seen:
                    problems.append(f"{where}: duplicate row")
                seen.add(key)
                if name == "gold.tsv":
                    gold_rows.add(key)
                    counts[relation] += 1
                else:
                    if row[4].strip() not in NEGATIVE_KINDS:
                        problems.append(f"{where}: kind must be one of {sorted(NEGATIVE_KINDS)}")
                    if key in gold_rows:
                        problems.append(f"{where}: also in gold.tsv")
    for article in sorted(articles):
        text = (folder / article).read_text(encoding="utf-8")
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            problems.append(f"{folder / article}: line 1 must be the headline and line 2 blank")
        if not text.isascii():
            problems.append(f"{folder / article}: not ASCII")
        if not any(row[0] == article for row in gold_rows):
            problems.append(f"{folder / article}: no gold facts")
    return problems, counts


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 bench/check_devset.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    problems, counts = check(folder)
    for problem in problems:
        print(problem)
    articles = len(list(folder.glob("*.txt")))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
    print(f"{articles} articles, {words} words, {sum(counts.values())} gold facts")
    print("  ".join(f"{relation} {counts[relation]}" for relation in RELATIONS))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
