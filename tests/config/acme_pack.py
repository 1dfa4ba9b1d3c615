"""A small valid pack the config tests write to disk and edit."""

GOOD_PACK = """\
schema_version: 1
pack: acme
recognizers:
  - id: employee_id
    entity: EMPLOYEE_ID
    patterns:
      - name: emp
        regex: '\\bEMP-\\d{6}\\b'
        score: 0.9
    examples:
      match: ["badge EMP-123456"]
      no_match: ["EMP-12"]
"""
EMP_REGEX = "\\bEMP-\\d{6}\\b"
assert EMP_REGEX in GOOD_PACK
