"""Load packs and policies from YAML into validated schema objects.

Errors name the file, the line and the field, and say what is expected.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from promptguard.config import packcache
from promptguard.config.presidio_yaml import is_presidio_yaml, presidio_to_pack
from promptguard.config.schema import PackSpec, PolicySpec
from promptguard.config.yamlfile import YamlDocument, read_yaml
from promptguard.errors import ConfigError
from promptguard.recognizers.regex import assume_valid

__all__ = [
    "builtin_pack_dir",
    "builtin_packs",
    "builtin_profile_dir",
    "builtin_profiles",
    "load_pack",
    "load_policy",
    "policy_from_dict",
    "resolve_packs",
    "validated_policy",
]

M = TypeVar("M", bound=BaseModel)

_PROFILE_DIR = Path(__file__).resolve().parent.parent / "profiles"


@functools.cache
def builtin_pack_dir() -> Path:
    """Where the shipped packs are: inside the wheel, or the repo's ``recognizers/``."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_packs", here.parent.parent / "recognizers"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("the built-in recognizer packs are missing from this installation; reinstall promptguard")


def builtin_packs() -> dict[str, Path]:
    return {p.stem: p for p in sorted(builtin_pack_dir().glob("*.yaml"))}


def builtin_profile_dir() -> Path:
    return _PROFILE_DIR


def builtin_profiles() -> dict[str, Path]:
    return {p.stem: p for p in sorted(_PROFILE_DIR.glob("*.yaml"))}


def _validate(model: type[M], doc: YamlDocument, data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and "[" in x and x.endswith("]")))
        # Discriminated unions add the tag to the path; drop non-field parts.
        loc = tuple(x for x in loc if x not in _UNION_TAGS)
        field = ".".join(str(x) for x in loc) or None
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = f"unknown field (allowed fields: {_allowed(model, loc)})"
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise ConfigError(message + more, file=doc.file, line=doc.line_of(loc), field=field) from None


_UNION_TAGS = {"detect", "allow", "block", "strip", "redact", "mask", "hash", "encrypt", "pseudonymize", "custom"}


def _allowed(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    current: Any = model
    for key in loc[:-1]:
        if isinstance(key, int):
            continue
        field = getattr(current, "model_fields", {}).get(key)
        if field is None:
            return "see the schema"
        ann = field.annotation
        args = getattr(ann, "__args__", ())
        candidates = [a for a in (ann, *args) if isinstance(a, type) and issubclass(a, BaseModel)]
        if not candidates:
            for a in args:
                candidates += [
                    b for b in getattr(a, "__args__", ()) if isinstance(b, type) and issubclass(b, BaseModel)
                ]
        if not candidates:
            return "see the schema"
        current = candidates[0]
    return ", ".join(sorted(getattr(current, "model_fields", {})))


def load_pack(path: str | Path, *, cache: bool = True) -> PackSpec:
    """Load one pack file (promptguard format or a Presidio recognizer YAML).

    ``cache=False``: parse and check everything even when the pack cache matches."""
    doc = _read_pack_file(Path(path)) if cache else read_yaml(path)
    if isinstance(doc, PackSpec):
        return doc
    if not isinstance(doc.data, dict):
        raise ConfigError(
            "a pack must be a YAML mapping with 'schema_version', 'pack' and 'recognizers'", file=doc.file
        )
    if is_presidio_yaml(doc.data):
        return _validate(PackSpec, doc, presidio_to_pack(doc.data, Path(path).stem))
    return _validate(PackSpec, doc, doc.data)


def _read_pack_file(path: Path) -> YamlDocument | PackSpec:
    """The pack's YAML, from the pack cache when it holds these exact bytes (see
    :mod:`promptguard.config.packcache`; the shipped packs then skip the YAML parse and
    the compile-to-validate of their regexes), else parsed; or the validated pack itself
    when the cache has it for the running code."""
    try:
        raw = path.read_bytes()
    except OSError:
        return read_yaml(path)  # which raises the usual "file not found"/"cannot read" error
    # Only the shipped packs: a user's directory gets its files parsed and validated,
    # whatever sits next to them (a cache file there could vouch for a regex that fails).
    if path.parent != builtin_pack_dir():
        return read_yaml(path)
    hit = packcache.lookup(path, raw)
    if hit is None:
        return read_yaml(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # pragma: no cover - the cache only holds packs that parsed
        return read_yaml(path)
    data, regexes, pack = hit
    assume_valid(regexes)
    if pack is not None:
        return pack  # type: ignore[no-any-return]
    # The node tree (for line numbers in errors) is still built from the text on demand.
    return YamlDocument(data, None, str(path), raw=text)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _policy_data(path: Path, seen: tuple[Path, ...] = ()) -> tuple[dict[str, Any], YamlDocument]:
    if path in seen:
        raise ConfigError("policy 'extends' forms a cycle", file=str(path), field="extends")
    doc = read_yaml(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError("a policy must be a YAML mapping", file=doc.file)
    parent = data.get("extends")
    if parent:
        parent_path = _profile_path(str(parent), base=path.parent)
        base = _paths_from(_policy_data(parent_path, (*seen, path))[0], parent_path.parent)
        base.pop("name", None)
        base.pop("description", None)
        data = _merge(base, {k: v for k, v in data.items() if k != "extends"})
        data["extends"] = parent
    return data, doc


def _paths_from(data: dict[str, Any], directory: Path) -> dict[str, Any]:
    """An extended policy's relative ``packs`` / ``pack_dirs`` made relative to its own file:
    merged into the extending policy they would otherwise be read from that file's folder
    (another folder's packs, or none)."""
    for key in ("packs", "pack_dirs"):
        if isinstance(data.get(key), list):
            data[key] = [_rel(v, directory) if isinstance(v, str) else v for v in data[key]]
    return data


def _profile_path(name: str, base: Path | None = None) -> Path:
    profiles = builtin_profiles()
    if name in profiles:
        return profiles[name]
    candidate = Path(name)
    if base is not None and not candidate.is_absolute():
        candidate = base / candidate
    if candidate.is_file():
        return candidate
    raise ConfigError(f"no built-in profile or file named {name!r}; built-in profiles: {', '.join(profiles)}")


def validated_policy(path: Path) -> PolicySpec:
    """The policy file ``path`` validated, ``extends`` merged, pack paths as written."""
    data, doc = _policy_data(path.resolve())
    return _validate(PolicySpec, doc, data)


def load_policy(path_or_profile: str | Path, *, cache: bool = True) -> PolicySpec:
    """Load a policy file, or a built-in profile by name (``default``, ``pci``...).

    ``cache=False``: parse and validate even a built-in profile the cache holds."""
    path = _profile_path(str(path_or_profile))
    hit = packcache.lookup_profile(path) if cache and path.parent == _PROFILE_DIR else None
    if hit is not None:
        assume_valid(hit[0])
        spec: PolicySpec = hit[1]
    else:
        spec = validated_policy(path)
    # Relative pack paths are relative to the policy file.
    return spec.model_copy(
        update={
            "packs": [_rel(p, path.parent) for p in spec.packs],
            "pack_dirs": [_rel(p, path.parent) for p in spec.pack_dirs],
        }
    )


def _rel(value: str, base: Path) -> str:
    if value in builtin_packs() or Path(value).is_absolute():
        return value
    candidate = base / value
    return str(candidate) if candidate.exists() else value


def policy_from_dict(data: dict[str, Any], *, name: str = "<dict>") -> PolicySpec:
    if data.get("extends"):
        parent_path = _profile_path(str(data["extends"])).resolve()
        base = _paths_from(_policy_data(parent_path)[0], parent_path.parent)
        base.pop("name", None)
        data = _merge(base, data)
    return _validate(PolicySpec, YamlDocument(data, None, name), data)


def resolve_packs(spec: PolicySpec) -> Iterator[PackSpec]:
    """Yield every pack the policy selects, built-in names first, then paths and dirs."""
    available = builtin_packs()
    from_dirs: list[PackSpec] = []
    for directory in spec.pack_dirs:
        d = Path(directory)
        if not d.is_dir():
            raise ConfigError(f"pack directory {directory!r} does not exist", field="pack_dirs")
        from_dirs += [load_pack(file) for file in sorted(d.glob("*.y*ml"))]
    for item in spec.packs:
        if item in available:
            yield _cached_pack(str(available[item]))
            continue
        path = Path(item)
        if path.is_dir():
            for file in sorted(path.glob("*.y*ml")):
                yield load_pack(file)
        elif path.is_file():
            yield load_pack(path)
        elif any(p.pack == item for p in from_dirs):
            continue  # a pack of pack_dirs named by its name: loaded below with the rest of its directory
        else:
            ours = f"; packs in pack_dirs: {', '.join(p.pack for p in from_dirs)}" if from_dirs else ""
            raise ConfigError(
                f"pack {item!r} is neither a built-in pack ({', '.join(available)}) nor an existing file{ours}",
                field="packs",
            )
    yield from from_dirs


@functools.lru_cache(maxsize=64)
def _cached_pack(path: str) -> PackSpec:
    return load_pack(path)
