# ruff: noqa: E501  (data: one task description per line)
"""Generate ``own_code_tasks.jsonl`` (and the probe ``probe_code_tasks.jsonl``).

Written for promptguard (model 1.3.0); no dataset text is copied. Programming-exercise
stubs whose docstrings address the reader in the second person ("You are given a
list...", "Your task is to...", "Write a function that..."), in Python, JavaScript,
Java, Go, Rust and C++. Imperative second-person text is what injections look like to
an n-gram model; inside a code stub it is an exercise, and held-out code prompts were
a large share of the false positives of model 1.2.0.

Split by task: tasks whose index is 3 mod 4 go to the probe only.

    /work/venv/bin/python models/injection/data/make_code_tasks_data.py
"""

from __future__ import annotations

import random
from pathlib import Path

from _splits import write_splits  # sibling module: these scripts run from this folder

HERE = Path(__file__).resolve().parent
RNG = random.Random(13005)

# (function name, description, argument names)
TASKS = [
    (
        "count_vowels",
        "You are given a string s. Your task is to count how many vowels it contains and return the count.",
        ["s"],
    ),
    (
        "merge_ranges",
        "Write a function that takes a list of closed intervals and merges every pair that overlaps. Return the merged list sorted by start.",
        ["intervals"],
    ),
    (
        "is_balanced",
        "Given a string of brackets, return true if every opening bracket is closed in the right order, and false otherwise.",
        ["brackets"],
    ),
    (
        "second_largest",
        "You are given a list of integers. Return the second largest distinct value, or None if there is none.",
        ["nums"],
    ),
    (
        "rotate_left",
        "Rotate the list to the left by k positions and return the new list. Ignore k values larger than the length by taking k modulo the length.",
        ["items", "k"],
    ),
    (
        "word_lengths",
        "Your task is to implement a function that returns a dictionary mapping each word of the sentence to its length.",
        ["sentence"],
    ),
    (
        "digits_sum",
        "Write a function that returns the sum of the digits of a non-negative integer n. For example, digits_sum(123) should return 6.",
        ["n"],
    ),
    (
        "flatten",
        "You are given a nested list. Flatten it into a single list, keeping the original order of elements.",
        ["nested"],
    ),
    (
        "parse_time",
        "Given a string in the form HH:MM, return the number of minutes since midnight. You may assume the input is valid.",
        ["text"],
    ),
    (
        "unique_sorted",
        "Return the sorted unique elements of a list. Do not use built-in set types; the previous implementation did, and it was too slow for tiny inputs.",
        ["values"],
    ),
    (
        "is_prime",
        "Write a function that returns true if n is a prime number and false otherwise. You must handle n < 2.",
        ["n"],
    ),
    (
        "caesar",
        "Implement a Caesar cipher: shift every letter of the text by k positions, wrap around the alphabet, and leave other characters unchanged.",
        ["text", "k"],
    ),
    (
        "max_profit",
        "You are given the price of a stock on each day. Return the largest profit from one buy followed by one sell, or 0 if no profit is possible.",
        ["prices"],
    ),
    (
        "chunk",
        "Split the list into chunks of size n. The last chunk may be shorter. Return the list of chunks.",
        ["items", "n"],
    ),
    (
        "title_case",
        "Your job is to capitalise the first letter of every word in the sentence, except short words such as 'of' and 'the', unless they come first.",
        ["sentence"],
    ),
    (
        "median",
        "Return the median of a non-empty list of numbers. If the length is even, return the mean of the two middle values.",
        ["nums"],
    ),
    (
        "roman",
        "Convert an integer between 1 and 3999 to a Roman numeral string. Forget about values outside this range: the caller checks them.",
        ["n"],
    ),
    (
        "anagrams",
        "Given two strings, return true if one is an anagram of the other, ignoring spaces and case.",
        ["a", "b"],
    ),
    (
        "fizz_count",
        "Count the numbers below n that are divisible by 3 or 5 but not by both, and return the count.",
        ["n"],
    ),
    (
        "run_length",
        "Write a function that compresses a string with run-length encoding, e.g. 'aaab' becomes 'a3b1'. Return the encoded string.",
        ["s"],
    ),
]

TEMPLATES = {
    "python": 'def {name}({args}):\n    """\n    {desc}\n    >>> {name}({ex})\n    ...\n    """\n',
    "javascript": "/**\n * {desc}\n * @example {name}({ex})\n */\nconst {name} = ({args}) => {{\n",
    "java": "import java.util.*;\n\nclass Solution {{\n    /**\n     {desc}\n     */\n    public Object {name}({jargs}) {{\n",
    "go": "package main\n\n// {desc}\n// {name}({ex}) -> ...\nfunc {name}({gargs}) interface{{}} {{\n",
    "rust": "/*\n {desc}\n*/\nfn {name}({rargs}) -> i64 {{\n",
    "cpp": "#include <vector>\n#include <string>\nusing namespace std;\n/*\n{desc}\n*/\nauto {name}({cargs}) {{\n",
}


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i, (name, desc, args) in enumerate(TASKS):
        split = "probe" if i % 4 == 3 else "train"
        for lang, tpl in TEMPLATES.items():
            text = tpl.format(
                name=name,
                desc=desc,
                args=", ".join(args),
                ex=", ".join(RNG.choice(["[1, 2, 3]", "'abc'", "42", "[[1, 2], [3]]", "'12:30'"]) for _ in args),
                jargs=", ".join(f"Object {a}" for a in args),
                gargs=", ".join(f"{a} interface{{}}" for a in args),
                rargs=", ".join(f"{a}: &str" for a in args),
                cargs=", ".join(f"auto {a}" for a in args),
            )
            if RNG.random() < 0.5:
                # Worked examples at the end: nested lists, tuples and arrows after prose.
                a, b = RNG.randint(1, 9), RNG.randint(10, 99)
                examples = RNG.choice(
                    [
                        f"\n>>> {name}([[{a}, 2], [{b}]], {a})\n[({a}, 0), (1, {b})]\n>>> {name}([], 0)\n[]\n",
                        f"\n// {name}([{a}, -{a}, {b}]) -> sort -> [-{a}, {a}, {b}] -> reverse -> [{b}, {a}, -{a}]\n",
                        f"\nassert {name}({{'x': {a}, 'y': [{b}, {a}]}}) == ({b}, '{a}')\n",
                        f'\n/* {name}("a{a}b{b}") == "{b}{a}" && {name}("") == "" */\n',
                    ]
                )
                text = text + examples
            if RNG.random() < 0.3:
                text = RNG.choice(["Complete the following function.\n\n", "Finish this code:\n", ""]) + text
            out.append({"text": text, "label": 0, "category": f"code_task_{lang}", "split": split})
    return out


def main() -> None:
    write_splits("code_tasks", rows())


if __name__ == "__main__":
    main()
