"""The request walker: every text the model reads is visited once, with its source; nothing else."""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from promptguard.integrations.anthropic.request import walk_request

BODY: dict[str, Any] = {
    "model": "claude-test",
    "max_tokens": 100,
    "system": [{"type": "text", "text": "S1", "cache_control": {"type": "ephemeral"}}],
    "metadata": {"user_id": "u-1"},
    "tools": [{"name": "lookup", "description": "D", "input_schema": {"type": "object"}}],
    "messages": [
        {"role": "user", "content": "U1"},
        {
            "role": "assistant",
            "content": [
                {"type": "thinking", "thinking": "T1", "signature": "sig"},
                {"type": "text", "text": "A1", "citations": [{"type": "char_location", "cited_text": "C1"}]},
                {
                    "type": "tool_use",
                    "id": "t1",
                    "name": "lookup",
                    "input": {"q": "I1", "n": 3, "l": ["I2", {"d": "I3"}]},
                },
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "t1", "content": "R1"},
                {
                    "type": "tool_result",
                    "tool_use_id": "t2",
                    "content": [
                        {"type": "text", "text": "R2"},
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}},
                    ],
                },
                {
                    "type": "document",
                    "source": {"type": "text", "media_type": "text/plain", "data": "D1"},
                    "title": "DT",
                    "context": "DC",
                },
                {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "D2"}]}},
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}},
                {
                    "type": "search_result",
                    "source": "https://x",
                    "title": "ST",
                    "content": [{"type": "text", "text": "SR"}],
                },
                {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
                {"type": "text", "text": "U2"},
            ],
        },
    ],
}

EXPECTED = [
    ("S1", "system"),
    ("D", "system"),
    ("U1", "user"),
    ("A1", "model"),
    ("C1", "document"),
    ("I1", "model"),
    ("I2", "model"),
    ("I3", "model"),
    ("R1", "tool_result"),
    ("R2", "tool_result"),
    ("DT", "document"),
    ("DC", "document"),
    ("D1", "document"),
    ("D2", "document"),
    ("ST", "document"),
    ("SR", "document"),
    ("U2", "user"),
]


def test_every_text_is_visited_once_with_its_source() -> None:
    seen: list[tuple[str, str]] = []
    unscanned: Counter[str] = Counter()
    walk_request(BODY, lambda t, s: (seen.append((t, s)), t)[1], unscanned)
    assert seen == EXPECTED
    assert unscanned == Counter({"image": 2, "thinking": 1, "document_binary": 1})


def test_rewrite_reaches_every_field_and_leaves_the_input_alone() -> None:
    before = copy.deepcopy(BODY)
    out = walk_request(BODY, lambda t, s: f"<{t}>")
    assert BODY == before  # the SDK reuses this object for retries
    assert out["system"][0] == {"type": "text", "text": "<S1>", "cache_control": {"type": "ephemeral"}}
    msgs = out["messages"]
    assert msgs[0]["content"] == "<U1>"
    thinking, text, tool_use = msgs[1]["content"]
    assert thinking == BODY["messages"][1]["content"][0]  # signed: untouched
    assert text["text"] == "<A1>" and text["citations"][0]["cited_text"] == "<C1>"
    assert tool_use["input"] == {"q": "<I1>", "n": 3, "l": ["<I2>", {"d": "<I3>"}]}
    blocks = msgs[2]["content"]
    assert blocks[0]["content"] == "<R1>"
    assert blocks[1]["content"][0]["text"] == "<R2>"
    assert blocks[1]["content"][1] == BODY["messages"][2]["content"][1]["content"][1]  # image untouched
    assert blocks[2]["source"]["data"] == "<D1>" and blocks[2]["title"] == "<DT>" and blocks[2]["context"] == "<DC>"
    assert blocks[3]["source"]["content"][0]["text"] == "<D2>"
    assert blocks[4] == BODY["messages"][2]["content"][4]  # PDF bytes untouched
    assert blocks[5]["title"] == "<ST>" and blocks[5]["content"][0]["text"] == "<SR>"
    assert blocks[6] == BODY["messages"][2]["content"][6]
    assert blocks[7]["text"] == "<U2>"
    # The model reads tool descriptions too; names, metadata and the model are not text it reads.
    assert out["tools"] == [{"name": "lookup", "description": "<D>", "input_schema": {"type": "object"}}]
    assert out["metadata"] == BODY["metadata"] and out["model"] == "claude-test"


def test_string_system_and_batches() -> None:
    body = {
        "requests": [
            {"custom_id": "a", "params": {"system": "S", "messages": [{"role": "user", "content": "U"}]}},
            {"custom_id": "b", "params": {"messages": [{"role": "user", "content": [{"type": "text", "text": "V"}]}]}},
        ]
    }
    seen: list[tuple[str, str]] = []
    out = walk_request(body, lambda t, s: (seen.append((t, s)), t.lower())[1])
    assert seen == [("S", "system"), ("U", "user"), ("V", "user")]
    assert out["requests"][0]["params"]["system"] == "s"
    assert out["requests"][1]["params"]["messages"][0]["content"][0]["text"] == "v"
    assert out["requests"][0]["custom_id"] == "a"


def test_unknown_blocks_with_text_are_scanned_and_others_counted() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [{"type": "future_block", "text": "F"}, {"type": "container_upload", "file_id": "f"}],
            }
        ]
    }
    unscanned: Counter[str] = Counter()
    out = walk_request(body, lambda t, s: t + "!", unscanned)
    assert out["messages"][0]["content"][0]["text"] == "F!"
    assert unscanned == Counter({"container_upload": 1})


def test_tool_definitions_prose_and_values_are_visited_not_names_types_or_patterns() -> None:
    """A tool definition is read by the model: its description, the schema's prose and the
    instance values in it (enum, default, examples, const) are texts; property names (one
    called "description" included), types and patterns are not."""
    tool = {
        "name": "notify",
        "description": "TD",
        "input_schema": {
            "type": "object",
            "title": "TT",
            "properties": {
                "description": {"type": "string", "description": "PD"},
                "to": {"type": "string", "enum": ["E1", "E2"], "default": "DF", "pattern": "^[a-z]+$"},
                "n": {"type": "integer", "const": 3, "examples": ["X1"]},
            },
            "$defs": {"title": {"type": "string", "description": "DD"}},
            "required": ["to"],
        },
        "input_examples": [{"to": "IE"}],
    }
    body = {"tools": [tool, {"type": "web_search_20250305", "name": "web_search"}], "messages": []}
    seen: list[tuple[str, str]] = []
    out = walk_request(body, lambda t, s: (seen.append((t, s)), t.lower())[1])
    assert seen == [
        ("TD", "system"),
        ("TT", "system"),
        ("PD", "system"),
        ("E1", "system"),
        ("E2", "system"),
        ("DF", "system"),
        ("X1", "system"),
        ("DD", "system"),
        ("IE", "system"),
    ]
    new = out["tools"][0]
    assert new["description"] == "td" and new["input_examples"] == [{"to": "ie"}]
    props = new["input_schema"]["properties"]
    assert props["description"] == {"type": "string", "description": "pd"}
    assert props["to"] == {"type": "string", "enum": ["e1", "e2"], "default": "df", "pattern": "^[a-z]+$"}
    assert new["input_schema"]["required"] == ["to"] and "title" in new["input_schema"]["$defs"]
    assert out["tools"][1] is body["tools"][1]  # a server tool: nothing to read
    assert tool["description"] == "TD"  # the input is not mutated
