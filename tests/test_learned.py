"""The learned word evidence (``analysis/learned.py``) and its trainer (``training.py``)."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from samtale_tui.analysis import analyse, learned
from samtale_tui.analysis.feedback import LEARNED_NOTE
from samtale_tui.analysis.training import features_of, fingerprint, train

ROOT = Path(__file__).resolve().parents[1]

# Rules miss these; the word evidence catches them (checked against rules only below).
LEARNED_WARMTH = "Jeg vet at du har stått på for oss i mange år."


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the learned layer off for one test."""
    monkeypatch.setattr(learned, "THRESHOLDS", {})


def test_negated_words_are_marked() -> None:
    feats = features_of("Du trenger ikke si noe om diagnosen.")
    assert "¬diagnosen" in feats
    assert "diagnosen" not in feats
    # the reach ends at a comma or a conjunction
    assert "diagnosen" in features_of("Ikke nå, men diagnosen din")


def test_function_words_are_no_evidence_alone() -> None:
    feats = features_of("Jeg er glad at du kom.")
    assert "jeg er" not in feats
    assert "jeg" not in feats
    assert "glad" in feats
    assert "er glad" in feats


def test_probability_does_not_depend_on_order() -> None:
    weights = learned.load_weights()["warmth"]
    names = features_of("Vi savner deg, og du har gjort en kjempejobb for laget i vinter.")
    shuffled = list(names)
    random.Random(3).shuffle(shuffled)
    assert learned.probability(weights, names) == learned.probability(weights, shuffled)


def test_the_rules_alone_miss_the_learned_example(rules_only: None) -> None:
    assert analyse(LEARNED_WARMTH).warmth is False


def test_learned_warmth_is_added_with_its_words_and_a_note() -> None:
    a = analyse(LEARNED_WARMTH)
    assert a.warmth
    item = next(f for f in a.feedback if f.kind == "warmth")
    assert LEARNED_NOTE in item.message
    words = LEARNED_WARMTH[item.start : item.end]
    assert words.strip() and f"«{words}»" in item.message
    # every word that weighed is named, not only the first
    low = LEARNED_WARMTH.lower()
    evidence = learned.learned_verdicts(low, [(0, len(low))], set())["warmth"]
    assert len(evidence) >= 2
    for a, b in evidence:
        assert f"«{LEARNED_WARMTH[a:b]}»" in item.message


def test_the_layer_only_adds(monkeypatch: pytest.MonkeyPatch) -> None:
    replies = [
        "Jeg er glad i dag.",
        "Du må bare ta deg sammen.",
        "Hvordan har du det?",
        "Vi savner deg på laget.",
        "Det går nok over, alle har det sånn innimellom.",
        LEARNED_WARMTH,
        "Er det migrene du har?",
    ]
    full = [analyse(r) for r in replies]
    monkeypatch.setattr(learned, "THRESHOLDS", {})
    for reply, with_layer in zip(replies, full, strict=True):
        bare = analyse(reply)
        assert set(bare.pitfalls) <= set(with_layer.pitfalls), reply
        assert with_layer.warmth or not bare.warmth, reply
        assert (bare.question_type, bare.clarity, bare.reflection) == (
            with_layer.question_type,
            with_layer.clarity,
            with_layer.reflection,
        )


def test_no_learned_verdict_when_the_employee_is_not_addressed() -> None:
    low = "jeg er så glad og takknemlig i dag."
    assert learned.learned_verdicts(low, [(0, len(low))], set()) == {}


def test_a_reflection_gets_no_learned_pitfall() -> None:
    reply = (
        "Det høres tungt ut. Så du kjenner at bare det å se innboksen er nok til at "
        "hele dagen går i stykker."
    )
    a = analyse(reply)
    assert a.reflection
    assert "minimizing" not in a.pitfalls


def test_skip_leaves_found_labels_alone() -> None:
    low = LEARNED_WARMTH.lower()
    sents = [(0, len(low))]
    assert "warmth" in learned.learned_verdicts(low, sents, set())
    assert "warmth" not in learned.learned_verdicts(low, sents, {"warmth"})


def _training_rows() -> list:
    spec = importlib.util.spec_from_file_location(
        "train_tool", ROOT / "tools" / "train_analyser.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool.training_rows()


def test_shipped_weights_match_the_labelled_replies() -> None:
    """Adding or relabelling a reply means running tools/train_analyser.py."""
    shipped = json.loads((ROOT / "src/samtale_tui/analysis" / learned.WEIGHTS_FILE).read_text())
    assert shipped["fingerprint"] == fingerprint(_training_rows())
    assert set(shipped["labels"]) == set(learned.THRESHOLDS)


def test_unseen_replies_are_not_trained_on() -> None:
    import analysis_unseen

    rows = {r[0] for r in _training_rows()}
    unseen = [
        c[0]
        for n in dir(analysis_unseen)
        if n.startswith("UNSEEN_")
        for c in getattr(analysis_unseen, n)
    ]
    assert len(unseen) >= 250
    # independent writers sometimes hit the same common sentence ("Har du begynt å
    # gå til psykolog for dette?"); anything more would mean a batch was trained on
    assert len(set(unseen) & rows) <= len(unseen) // 100


def _toy_rows() -> list:
    warm = ["Vi savner deg på jobb.", "Jeg savner praten vår.", "Alle savner deg her."]
    cold = [
        "Møtet er på fredag.",
        "Vaktlista er klar.",
        "Du begynner klokka åtte.",
        "Husk nøkkelen.",
    ]
    rows = [(t, "nb", "none", True, False, False, ()) for t in warm]
    rows += [(t, "nb", "none", False, False, False, ()) for t in cold]
    return rows * 2


def test_trainer_learns_the_signal_and_is_deterministic() -> None:
    rows = _toy_rows()
    first = train(rows, labels=["warmth"])
    second = train(rows, labels=["warmth"])
    assert first == second
    weights = first["labels"]["warmth"]["weights"]
    assert weights["savner"] > 0.5
    assert weights.get("fredag", 0) < weights["savner"]
    assert first["fingerprint"] == fingerprint(rows)
    assert first["fingerprint"] != fingerprint(rows[:-1])


def test_the_fast_reading_matches_the_full_one() -> None:
    """``feature_names`` (every new sentence) and ``sentence_features`` (places) agree."""
    import analysis_blind
    import analysis_heldout
    from samtale_tui.analysis.text import prepare, sentences

    texts = [c[0] for c in analysis_heldout.CASES]
    texts += [
        c[0]
        for n in dir(analysis_blind)
        if n.startswith("BATCH_")
        for c in getattr(analysis_blind, n)
    ]
    texts += ["Ikke nå, men ¬rart – don't you worry, u know?!", "🙂 , , ?", "x" * 50000]
    for text in texts:
        low = prepare(text)
        for start, end in sentences(low):
            seg = low[start:end]
            assert [f[0] for f in learned.sentence_features(seg)] == learned.feature_names(seg), seg


def test_words_taken_by_a_reflection_are_no_evidence() -> None:
    low = LEARNED_WARMTH.lower()
    sents = [(0, len(low))]
    assert "warmth" not in learned.learned_verdicts(low, sents, set(), [(0, len(low))])
