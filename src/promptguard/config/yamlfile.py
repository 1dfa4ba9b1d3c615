"""YAML reading that remembers line numbers, so errors can point at them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from promptguard.errors import ConfigError

__all__ = ["YamlDocument", "read_yaml"]


class _Loader(yaml.SafeLoader):  # type: ignore[misc]
    pass


# libyaml's C parser when PyYAML was built with it: packs load ~3x faster at start-up.
_FastLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlDocument:
    """Parsed YAML data plus the node tree used to find the line of a field path.

    The node tree is only built when an error needs a line number.
    """

    def __init__(self, data: Any, root: yaml.Node | None, file: str, *, raw: str | None = None) -> None:
        self.data = data
        self._root = root
        self._raw = raw
        self.file = file

    @property
    def root(self) -> yaml.Node | None:
        if self._root is None and self._raw is not None:
            try:
                self._root = yaml.compose(self._raw, Loader=_Loader)
            except yaml.YAMLError:
                return None
        return self._root

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                        line = k.start_mark.line + 1
                        node = v
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line


def read_yaml(path: str | Path) -> YamlDocument:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("file not found", file=str(p)) from None
    except UnicodeDecodeError:
        raise ConfigError("file is not valid UTF-8", file=str(p)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read file ({exc.strerror})", file=str(p)) from None
    try:
        data = yaml.load(raw, Loader=_FastLoader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ConfigError(f"invalid YAML: {exc.problem}", file=str(p), line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", file=str(p)) from None
    return YamlDocument(data, None, str(p), raw=raw)
