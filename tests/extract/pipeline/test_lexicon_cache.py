"""The lexicon is read once per process, but never stale and never shared mutably."""

from __future__ import annotations

import copy
import json
import os
import pickle

import pytest

from extract.errors import LoadError
from extract.pipeline import lexicon_cache
from extract.pipeline.lexicon_cache import FrozenDict, freeze
from extract.pipeline.lexicon_files import DATA, FILES, read_lexicon

ENTRY = {
    "head": "青禾驿道",
    "type": "Project",
    "kernel": "道",
    "source": "mined",
    "counts": {"suffix": 3},
    "docs": 3,
}


def _copy_data(tmp_path):
    for name in FILES:
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def _heads(lexicon):
    return {e["head"] for e in lexicon["heads.jsonl"]}


def test_a_second_read_reuses_the_parsed_entries():
    first, second = read_lexicon(), read_lexicon()
    assert first == second
    assert first["heads.jsonl"][0] is second["heads.jsonl"][0]  # parsed once
    assert first["heads.jsonl"] is not second["heads.jsonl"]  # each caller its own list


def test_a_re_mined_file_is_read_again(tmp_path):
    data = _copy_data(tmp_path)
    assert "青禾驿道" not in _heads(read_lexicon(data))
    with (data / "heads.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(ENTRY, ensure_ascii=False) + "\n")
    assert "青禾驿道" in _heads(read_lexicon(data))


def test_a_rewrite_of_the_same_size_and_time_is_read_again_when_the_file_is_replaced(tmp_path):
    """A miner that writes a new file and renames it over the old one (same size, same mtime)
    still invalidates: the inode and change time are in the stamp."""
    data = _copy_data(tmp_path)
    path = data / "heads.jsonl"
    before = read_lexicon(data, names=["heads.jsonl"])["heads.jsonl"]
    text = path.read_text(encoding="utf-8")
    old = before[0]["head"]
    new = "甲" * len(old)
    assert new != old
    replaced = data / "heads.jsonl.new"
    replaced.write_text(text.replace(f'"head": "{old}"', f'"head": "{new}"', 1), encoding="utf-8")
    st = path.stat()
    os.utime(replaced, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(replaced, path)
    after = read_lexicon(data, names=["heads.jsonl"])["heads.jsonl"]
    assert after[0]["head"] == new != old


def test_a_file_made_bad_after_a_good_read_is_refused(tmp_path):
    data = _copy_data(tmp_path)
    read_lexicon(data)
    with (data / "heads.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"head": "邀请赛", "type": "Program"}, ensure_ascii=False) + "\n")
    with pytest.raises(LoadError, match=r"heads\.jsonl: line \d+ \(邀请赛\): no provenance"):
        read_lexicon(data)
    with pytest.raises(LoadError, match="no provenance"):  # errors are not cached away
        read_lexicon(data)


def test_a_missing_or_undecodable_file_is_one_clear_error(tmp_path):
    data = _copy_data(tmp_path)
    (data / "stop_words.jsonl").unlink()
    with pytest.raises(LoadError, match=r"stop_words\.jsonl: cannot read lexicon file"):
        read_lexicon(data)
    (data / "stop_words.jsonl").write_bytes(b'{"word": "\xff\xfe"}\n')
    with pytest.raises(LoadError, match=r"stop_words\.jsonl: not UTF-8 text"):
        read_lexicon(data)


def test_a_caller_cannot_change_what_another_caller_reads():
    mine = read_lexicon()
    entry = mine["heads.jsonl"][0]
    for change in (
        lambda: entry.__setitem__("head", "改"),
        lambda: entry.update(head="改"),
        lambda: entry.pop("head"),
        lambda: entry.setdefault("new", 1),
        lambda: entry.clear(),
        lambda: entry.popitem(),
        lambda: entry.__delitem__("head"),
        lambda: entry["counts"].__setitem__("suffix", 0),
    ):
        with pytest.raises(TypeError, match="read-only"):
            change()
    # what a caller may do to its own copy stays with it
    mine["heads.jsonl"].append(ENTRY)
    mine["stop_words.jsonl"] = []
    theirs = read_lexicon()
    assert ENTRY not in theirs["heads.jsonl"] and theirs["stop_words.jsonl"]
    assert theirs["heads.jsonl"][0] == entry and theirs["heads.jsonl"][0]["head"] == entry["head"]


def test_frozen_entries_serialise_copy_and_pickle_as_plain_ones():
    entry = freeze({"head": "甲", "counts": {"a": 1}, "modifiers": ["x", {"y": 2}]})
    assert isinstance(entry, dict) and isinstance(entry["counts"], FrozenDict)
    assert entry["modifiers"] == ("x", {"y": 2}) and isinstance(entry["modifiers"][1], FrozenDict)
    assert json.dumps(entry, sort_keys=True) == json.dumps(
        {"head": "甲", "counts": {"a": 1}, "modifiers": ["x", {"y": 2}]}, sort_keys=True
    )
    for again in (pickle.loads(pickle.dumps(entry)), copy.deepcopy(entry), copy.copy(entry)):
        assert again == entry and isinstance(again, FrozenDict)
    mutable = dict(entry)
    mutable["head"] = "乙"
    assert entry["head"] == "甲"


def test_clearing_the_cache_reads_the_files_again():
    first = read_lexicon(names=["heads.jsonl"])["heads.jsonl"]
    lexicon_cache.clear()
    second = read_lexicon(names=["heads.jsonl"])["heads.jsonl"]
    assert first == second and first[0] is not second[0]


def test_the_cache_keeps_a_bounded_number_of_files(tmp_path, monkeypatch):
    """Copies read from many directories do not pile up: the least recently used go first."""
    monkeypatch.setattr(lexicon_cache, "MAX_FILES", 3)
    lexicon_cache.clear()
    shipped = read_lexicon(names=["heads.jsonl"])["heads.jsonl"]
    for i in range(5):
        (tmp_path / str(i)).mkdir()
        (tmp_path / str(i) / "stop_words.jsonl").write_text(
            (DATA / "stop_words.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
        )
        read_lexicon(names=["heads.jsonl"])  # used again each time: stays
        read_lexicon(tmp_path / str(i), names=["stop_words.jsonl"])
        assert len(lexicon_cache._CACHE) <= 3
    assert read_lexicon(names=["heads.jsonl"])["heads.jsonl"][0] is shipped[0]
    lexicon_cache.clear()
