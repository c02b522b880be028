"""`aigraph eval`: scoring the real extractor against a gold folder written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ARTICLE = """Tern model released in Lisbon

The Lisbon Institute for Machine Learning (LIML) released the Tern language model on Monday.
LIML said the model was trained on public data.
Russia is a member of BRICS. Nvidia competes with AMD in accelerators.
Paris-based Mistral AI declined to comment.
Sberbank could acquire Yandex, people familiar with the matter said.
"""

GOLD = """file\tsubject\trelation\tobject
tern.txt\tLIML\tdevelops\tTern
tern.txt\tRussia\tmemberOf\tBRICS
tern.txt\tAMD\tcompetesWith\tNvidia
tern.txt\tIndia\tmemberOf\tBRICS
"""

NEGATIVES = """file\tsubject\trelation\tobject\tkind\tnote
tern.txt\tSberbank\tacquires\tYandex\thedged\tcould acquire
"""


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "tern.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gold.tsv").write_text(GOLD, encoding="utf-8")
    (folder / "negatives.tsv").write_text(NEGATIVES, encoding="utf-8")
    return folder


def test_eval_scores_per_relation_and_lists_errors(invoke, gold_dir):
    result = invoke("eval", str(gold_dir), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # Three of the four gold facts are found: the symmetric pair in either order, and the model
    # whose maker the gold file calls by the short name the article gave in brackets.
    assert report["overall"] == {"gold": 4, "predicted": 4, "correct": 3,
                                 "precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert report["relations"]["competesWith"]["correct"] == 1
    assert report["relations"]["develops"]["correct"] == 1
    assert report["false_positives"] == [["tern.txt", "Mistral AI", "headquarteredIn", "Paris"]]
    assert report["misses"] == [["tern.txt", "India", "memberOf", "BRICS"]]
    # The hedged takeover is listed as a negative and is not extracted as a fact.
    assert report["negatives"] == {"total": 1, "predicted": 0}


def test_eval_text_table_and_error_sample(invoke, gold_dir):
    result = invoke("eval", str(gold_dir), "--errors", "5")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["relation", "gold", "pred", "ok", "P", "R", "F1"]
    overall = next(line for line in lines if line.startswith("micro overall"))
    assert overall.split()[2:] == ["4", "4", "3", "0.75", "0.75", "0.75"]
    assert "hedged or denied statements extracted as facts: 0 of 1" in result.output
    assert "  tern.txt: Mistral AI headquarteredIn Paris" in result.output
    assert "  tern.txt: India memberOf BRICS" in result.output


def test_eval_min_confidence_counts_only_confident_facts(invoke, gold_dir):
    result = invoke("eval", str(gold_dir), "--format", "json", "--min-confidence", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"]["predicted"] == 0


def test_eval_folder_without_gold_is_a_one_line_error(invoke, tmp_path):
    (tmp_path / "a.txt").write_text("Russia is a member of BRICS.\n", encoding="utf-8")
    result = invoke("eval", str(tmp_path))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "has no gold.tsv" in lines[0]
    assert "Traceback" not in result.output
