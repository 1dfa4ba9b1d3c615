"""YAML reading that remembers line numbers, so errors can point at them.

PyYAML is imported on first use: the shipped packs and profiles load from the pack cache
(:mod:`promptguard.config.packcache`, JSON), so the default profile never parses YAML, and
importing PyYAML cost ~15 ms of CPU of every cold start (s21).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from promptguard.errors import ConfigError

if TYPE_CHECKING:
    import yaml

__all__ = ["YamlDocument", "read_yaml"]


@functools.cache
def _loader() -> Any:
    """The pure-Python safe loader (it composes the node tree that gives line numbers)."""
    import yaml

    class _Loader(yaml.SafeLoader):  # type: ignore[misc]
        pass

    return _Loader


def _fast_loader() -> Any:
    """libyaml's C parser when PyYAML was built with it: packs load ~3x faster."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
            import yaml

            try:
                self._root = yaml.compose(self._raw, Loader=_loader())
            except yaml.YAMLError:
                return None
        return self._root

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        node = self.root
        if node is None:
            return None
        import yaml

        line: int | None = node.start_mark.line + 1
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
    import yaml

    try:
        data = yaml.load(raw, Loader=_fast_loader())  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise ConfigError(f"invalid YAML: {exc.problem}", file=str(p), line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", file=str(p)) from None
    return YamlDocument(data, None, str(p), raw=raw)
