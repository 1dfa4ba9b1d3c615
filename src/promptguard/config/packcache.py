"""A build-time cache of the shipped packs: their parsed YAML, their validated objects,
and the proof their regexes compile.

Loading the default profile's four packs used to cost ~150 ms of CPU at start-up (issue 2,
cold start): ~30 ms in PyYAML's C parser, ~80 ms compiling some 280 RE2 regexes once just
to validate them (the engine builds the programs it needs later, on first use), and ~45 ms
building the pydantic schemas of the pack models and validating. Those results depend only
on the pack's bytes and on the code and library versions, so they are computed once, when
the packs are built, and written next to them::

    python -m promptguard.config.packcache            # rewrite recognizers/_cache/ and profiles/_cache/
    python -m promptguard.config.packcache --check    # exit 1 when either is stale

``recognizers/`` goes into the wheel as a whole, so the cache ships with the packs. Each
pack ``<name>.yaml`` gets two files in ``_cache/``, each used only where it matches:

* ``<name>.data.json``: what the YAML parser returns for the file, used when the SHA-256 of
  the pack's bytes is the one recorded and PyYAML is the version that parsed it; pydantic
  then validates it as usual. The regexes it lists are taken as compiling only when
  google-re2 and the options :func:`~promptguard.recognizers.regex.check_regex` compiles
  with are the ones they were compiled under; otherwise they are compiled as usual.
* ``<name>.objects.json``: the validated :class:`~promptguard.config.schema.PackSpec` as
  typed JSON, rebuilt with ``model_construct`` (~10 ms; the schema models are
  ``defer_build``, so the pack models' schemas are then never built). Used only when, on
  top of the above, the code that produced it is the running code: the same pydantic and
  pydantic-core, the same Python minor version, and byte-identical sources of the modules
  validation runs (:data:`_CODE_MODULES`).

* ``<name>.sets.json`` (injection packs): each pattern's RE2 set entries, keyed by the
  pattern, used when the code that rewrites patterns into entries is the running code
  (:data:`_SET_CODE_MODULES`): see :func:`set_entries`.

Objects are used only from the built-in directories (a user's pack directory gets its
files validated, whatever sits next to them). The built-in profiles get the same objects
files, in ``profiles/_cache/``, tied to the bytes of every profile file (one can extend
another).

Anything else (an edited pack, an unreadable or older cache, other library versions, edited
code) and the pack is read as before: a stale cache costs time, never correctness.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["CACHE_DIR", "build", "build_profiles", "built_elsewhere", "lookup", "lookup_profile", "write"]

CACHE_DIR = "_cache"
FORMAT = 1

# Modules whose code decides what a pack validates to.
_CODE_MODULES = (
    "promptguard.config.schema",
    "promptguard.config.loader",
    "promptguard.config.packcache",
    "promptguard.findings",
    "promptguard.recognizers.regex",
)


def _installed(module: str, dist: str, ext_glob: str) -> dict[str, Any]:
    """What identifies the installed ``module`` without importing it or importlib.metadata
    (~25 ms at start-up): its version (from the name of its dist-info directory) and
    whether its compiled extension is there. Only without a dist-info directory, the
    extension's file name and size stand for the version (so the cache built on one
    platform still serves another with the same versions)."""
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return {"dist": None}
    package = Path(spec.origin).resolve().parent
    name = dist.lower().replace("-", "_")  # dist-info names: "PyYAML-6.0", "pyyaml-6.0.4", "google_re2-1.1"
    versions = sorted(
        p.name[len(name) + 1 : -len(".dist-info")]
        for p in package.parent.glob("*.dist-info")
        if p.name.lower().replace("-", "_").startswith(name + "_")
    )
    extensions = sorted(package.glob(ext_glob))
    if versions:
        return {"dist": versions, "compiled": bool(extensions)}
    return {"dist": None, "ext": [f"{p.name}:{p.stat().st_size}" for p in extensions]}


@functools.cache
def _fingerprint() -> dict[str, Any]:
    """What the cached data and regex checks depend on besides the pack's bytes."""
    from promptguard.recognizers.regex import re2_options

    options = re2_options()
    return {
        "pyyaml": _installed("yaml", "PyYAML", "_yaml*"),
        "re2": {
            **_installed("re2", "google-re2", "_re2*"),
            "options": {name: str(getattr(options, name)) for name in options.NAMES},
        },
    }


@functools.cache
def _libraries() -> dict[str, Any]:
    """The library versions the objects files depend on, recorded in the clear so a test can
    tell "built under other versions" (skip) from "stale" (rebuild)."""
    import pydantic
    import pydantic_core

    return {"pydantic": pydantic.VERSION, "pydantic_core": pydantic_core.__version__,
            "python": "{}.{}".format(*sys.version_info[:2])}


def built_elsewhere(directory: Path) -> str | None:
    """Which library versions differ between this environment and the one that built the
    cache of ``directory`` (a pack or profile directory), or None when they are the same or
    there is no cache. A fresh install with other versions is not a stale cache: the packs
    then load the slow way, correctly, until the cache is rebuilt under those versions."""
    want = {**_fingerprint(), **_libraries()}
    for cache_file in sorted((directory / CACHE_DIR).glob("*.objects.json")):
        try:
            content = json.loads(cache_file.read_bytes())
        except (OSError, ValueError):
            continue
        have = {"pyyaml": content.get("pyyaml"), "re2": content.get("re2"), **(content.get("libs") or {})}
        differ = sorted(k for k in want if have.get(k) != want[k])
        if differ:
            return ", ".join(differ)
    return None


@functools.cache
def _code_fingerprint() -> str | None:
    """A digest of the code that turns pack data into objects, or None when a source is
    not readable (then no cached object is used)."""
    import pydantic
    import pydantic_core

    digest = hashlib.sha256(f"{pydantic.VERSION} {pydantic_core.__version__} {sys.version_info[:2]}".encode())
    for name in _CODE_MODULES:
        source = getattr(sys.modules.get(name), "__file__", None)
        if source is None or not source.endswith(".py"):
            return None
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()


# Modules whose code decides an injection pack's RE2 set entries (see set_entries).
_SET_CODE_MODULES = (
    "promptguard.recognizers.ascii_lowered",
    "promptguard.recognizers.pattern_set",
    "promptguard.recognizers.injection.rules",
)


@functools.cache
def _sets_fingerprint() -> str | None:
    """A digest of the code that rewrites a pattern into its set entries, or None when a source
    is not readable. Not of the Python version: the rewrite asks Python's Unicode tables only
    which of the pattern's own letters have case, and every Python the package supports
    answers the same for the packs' letters (a cache built under 3.11 serves 3.12, where a
    recomputation would cost ~150 ms of every load)."""
    import importlib

    digest = hashlib.sha256(b"set-entries")
    for name in _SET_CODE_MODULES:
        source = getattr(importlib.import_module(name), "__file__", None)
        if source is None or not source.endswith(".py"):
            return None
        try:
            digest.update(Path(source).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()


def _set_entries_file(path: Path) -> dict[str, Any] | None:
    """The ``sets.json`` content for the injection pack ``path``: each pattern's set entry and
    its lowered entry (``recognizers.ascii_lowered``), which cost ~150 ms of Python to compute
    at each detector load and depend only on the pattern and the code."""
    from promptguard.recognizers.ascii_lowered import lowered_entry
    from promptguard.recognizers.injection.rules import RuleSet, _set_entry

    code = _sets_fingerprint()
    if code is None:
        return None
    sources = sorted({p.source for p in RuleSet.load([path])._patterns})
    entries = {}
    for source in sources:
        entry = _set_entry(source)
        entries[source] = [entry, lowered_entry(entry)]
    return {"format": FORMAT, "code": code, "entries": entries}


def set_entries(path: Path) -> dict[str, list[str | None]] | None:
    """Pattern source -> [set entry, lowered entry or None] for the injection pack ``path``,
    when its directory's cache holds them for the running code; else None (the detector
    computes them). Keyed by the pattern itself, so an edited pack still finds the entries
    of the patterns it kept."""
    try:
        content = json.loads((path.parent / CACHE_DIR / f"{path.stem}.sets.json").read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        return None
    code = _sets_fingerprint()
    entries = content.get("entries")
    if code is None or content.get("code") != code or not isinstance(entries, dict):
        return None
    return entries


# ----------------------------------------------------------------------- typed JSON
# A model is {"$": class name, "!": its set fields, field: value, ...} with every field
# (model_construct would otherwise compute the defaults, and pydantic inspects the
# signature of each default_factory to do so: ~0.4 ms per model); a plain dict is
# {"$": "dict", "v": ...}; tuples and enums are tagged the same way; lists and scalars are
# themselves.
class _NotEncodable(Exception):
    pass


def _encode(value: Any) -> Any:
    from pydantic import BaseModel

    kind = type(value)
    if isinstance(value, BaseModel):
        if value.__pydantic_extra__ or value.__pydantic_private__:
            raise _NotEncodable(kind.__name__)
        out: dict[str, Any] = {"$": kind.__name__, "!": sorted(value.model_fields_set)}
        out.update({k: _encode(v) for k, v in value.__dict__.items()})
        return out
    if isinstance(value, enum.Enum):
        return {"$": kind.__name__, "v": _encode(value.value)}
    if kind is list:
        return [_encode(v) for v in value]
    if kind is tuple:
        return {"$": "tuple", "v": [_encode(v) for v in value]}
    if kind is dict and all(type(k) is str for k in value):
        return {"$": "dict", "v": {k: _encode(v) for k, v in value.items()}}
    if value is None or kind in (str, bool, int) or (kind is float and math.isfinite(value)):
        return value
    raise _NotEncodable(kind.__name__)


@functools.cache
def _decodable_types() -> dict[str, type]:
    """The only classes :func:`_decode` instantiates: the schema's models and enums."""
    from pydantic import BaseModel

    from promptguard.config import schema

    return {
        name: obj
        for name, obj in vars(schema).items()
        if isinstance(obj, type) and (issubclass(obj, BaseModel) or issubclass(obj, enum.Enum))
    }


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is list:
        return [_decode(v) for v in value]
    if kind is not dict:
        return value
    tag = value["$"]
    if tag == "dict":
        return {k: _decode(v) for k, v in value["v"].items()}
    if tag == "tuple":
        return tuple(_decode(v) for v in value["v"])
    cls = _decodable_types()[tag]
    if issubclass(cls, enum.Enum):
        return cls(_decode(value["v"]))
    names = _plain_fields(tag)
    if names is not None and len(value) == len(names) + 2 and all(map(value.__contains__, names)):
        obj = cls.__new__(cls)
        _setattr(obj, "__dict__", {name: _decode(value[name]) for name in names})
        _setattr(obj, "__pydantic_fields_set__", set(value["!"]))
        _setattr(obj, "__pydantic_extra__", None)
        _setattr(obj, "__pydantic_private__", None)
        return obj
    fields = {k: _decode(v) for k, v in value.items() if k != "$" and k != "!"}
    return cls.model_construct(set(value["!"]), **fields)  # type: ignore[attr-defined]


_setattr = object.__setattr__


@functools.cache
def _plain_fields(tag: str) -> tuple[str, ...] | None:
    """The fields of the model named ``tag``, in their order, when an instance with every field
    given is exactly its ``__dict__`` and its set fields: no post-init hook, no private or extra
    attributes, not a root model. :func:`_decode` then builds it as ``model_construct`` would,
    without its per-field alias and default lookups (~40% of decoding the secrets pack, ~3 ms
    of every cold start). Relies on pydantic's internals: the objects files are used only
    under the pydantic that wrote them, and :func:`build` checks that decoding gives back the
    validated pack exactly, so a pydantic whose models differ fails the build, not a load."""
    cls = _decodable_types()[tag]
    if (
        getattr(cls, "__pydantic_post_init__", True) is not None
        or getattr(cls, "__pydantic_root_model__", True)
        or getattr(cls, "__private_attributes__", True)
        or cls.model_config.get("extra") == "allow"  # type: ignore[attr-defined]
    ):
        return None
    return tuple(cls.__pydantic_fields__)  # type: ignore[attr-defined]


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types throughout and the same set fields (``==`` on pydantic
    models compares neither the classes of nested values nor ``model_fields_set``)."""
    from pydantic import BaseModel

    if type(a) is not type(b):
        return False
    if isinstance(a, BaseModel):
        return a.model_fields_set == b.model_fields_set and _same(a.__dict__, b.__dict__)
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is dict:
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _exact_json(value: Any) -> bool:
    """Whether JSON gives ``value`` back with the same types and values (YAML can also
    produce dates, sets, non-string keys or infinities, which it would not)."""
    kind = type(value)
    if value is None or kind in (str, bool, int):
        return True
    if kind is float:
        return math.isfinite(value)
    if kind is list:
        return all(_exact_json(v) for v in value)
    if kind is dict:
        return all(type(k) is str and _exact_json(v) for k, v in value.items())
    return False


def _pack_regexes(pack: Any) -> list[str]:
    """Every RE2 regex of a validated :class:`PackSpec` that validation compiles."""
    out: list[str] = []
    for rec in pack.recognizers:
        for p in rec.patterns:
            if p.engine == "re2":
                out.append(p.regex)
            for extra in (p.set_entry, p.unless_preceded_by, p.unless_followed_by, p.requires_nearby):
                if extra is not None:
                    out.append(extra)
        out.extend(rec.allow_regex)
    return sorted(set(out))


# ----------------------------------------------------------------------- build
def build(pack_dir: Path) -> dict[str, str]:
    """The cache files (name -> text) for every ``*.yaml`` pack in ``pack_dir``. A pack that
    does not load, or whose YAML JSON cannot represent exactly, gets none: it is read as
    before. Its objects file is left out when they do not come back identical."""
    import re2

    from promptguard.config.loader import load_pack
    from promptguard.config.presidio_yaml import is_presidio_yaml
    from promptguard.config.yamlfile import read_yaml
    from promptguard.errors import ConfigError
    from promptguard.recognizers.regex import re2_options

    files: dict[str, str] = {}
    for path in sorted(pack_dir.glob("*.yaml")):
        raw = path.read_bytes()
        try:
            # Never from an existing cache: what this one vouches for is checked afresh.
            spec = load_pack(path, cache=False)
        except ConfigError:
            continue
        data = read_yaml(path).data
        if not _exact_json(data) or not _same(json.loads(_dumps(data)), data):
            continue
        regexes = _pack_regexes(spec)
        try:
            for regex in regexes:
                re2.compile(regex, re2_options())  # what check_regex does, bypassing assume_valid
        except re2.error:  # pragma: no cover - validation compiled them already
            continue
        head = {"format": FORMAT, **_fingerprint(), "sha256": hashlib.sha256(raw).hexdigest(), "regexes": regexes}
        files[f"{path.stem}.data.json"] = _dumps({**head, "data": data})
        if isinstance(data, dict) and data.get("kind") == "injection":
            sets = _set_entries_file(path)
            if sets is not None:
                files[f"{path.stem}.sets.json"] = _dumps(sets)
        if is_presidio_yaml(data):
            continue  # converted with the file's name: keep to the plain path
        try:
            objects = _encode(spec)
        except _NotEncodable:
            continue
        # Kept only if it comes back identical, through the JSON text the file will hold.
        if _same(_decode(json.loads(_dumps(objects))), spec):
            files[f"{path.stem}.objects.json"] = _dumps(_objects_file(head, objects))
    return files


def _objects_file(head: dict[str, Any], objects: Any) -> dict[str, Any]:
    return {**head, "libs": _libraries(), "code": _code_fingerprint(), "objects": objects}


def _dumps(content: dict[str, Any]) -> str:
    # ASCII-only and compact (the cheapest to parse). Keys keep their order: a mapping's
    # order is part of what YAML and validation return (the order entities are listed in).
    return json.dumps(content, separators=(",", ":")) + "\n"


def write(pack_dir: Path) -> Path:
    target = pack_dir / CACHE_DIR
    _write_files(target, build(pack_dir))
    return target


# ----------------------------------------------------------------------- lookup
def _read(cache_file: Path, sha256: str) -> dict[str, Any] | None:
    """A cache file for a pack with this digest, of this format and PyYAML, else None."""
    try:
        content = json.loads(cache_file.read_bytes())
    except (OSError, ValueError):
        return None
    if (
        not isinstance(content, dict)
        or content.get("format") != FORMAT
        or content.get("sha256") != sha256
        or content.get("pyyaml") != _fingerprint()["pyyaml"]
    ):
        return None
    return content


def _same_re2(content: dict[str, Any]) -> bool:
    return bool(content.get("re2") == _fingerprint()["re2"])


def _regexes(content: dict[str, Any]) -> tuple[str, ...]:
    if not _same_re2(content):
        return ()
    return tuple(r for r in content.get("regexes", ()) if isinstance(r, str))


def _objects(content: dict[str, Any] | None) -> Any:
    """The objects of a cache file if the running code is the code that wrote them."""
    if content is None or not _same_re2(content):
        return None
    code = _code_fingerprint()
    if code is None or content.get("code") != code:
        return None
    try:
        return _decode(content["objects"])
    except (KeyError, TypeError, ValueError, AttributeError):  # a damaged file: read the pack instead
        return None


def lookup(path: Path, raw: bytes, *, objects: bool = True) -> tuple[Any, tuple[str, ...], Any] | None:
    """``(data, regexes, pack)`` for the pack file ``path`` whose bytes are ``raw``, when
    its directory's cache has them for exactly these bytes (see the module docstring):
    either the validated ``PackSpec`` (``data`` is then None; only when ``objects``) or
    the parsed YAML (``pack`` is then None), and the regexes known to compile under the
    running RE2. (A plain tuple: a dataclass would cost ~2 ms of start-up to define.)"""
    directory = path.parent / CACHE_DIR
    sha256 = hashlib.sha256(raw).hexdigest()
    content = _read(directory / f"{path.stem}.objects.json", sha256) if objects else None
    pack = _objects(content)
    if content is not None and pack is not None:
        return None, _regexes(content), pack
    content = _read(directory / f"{path.stem}.data.json", sha256)
    if content is None or "data" not in content:
        return None
    return content["data"], _regexes(content), None


# ----------------------------------------------------------------------- profiles
# A built-in profile's validated PolicySpec (before its pack paths are resolved, which
# depends on the file system), as typed JSON. A profile can extend another, so an entry is
# tied to every profile file of the directory: any edit there makes them all stale.
def _profiles_digest(profile_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(profile_dir.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_profiles(profile_dir: Path) -> dict[str, str]:
    """The cache files (name -> text) of the profiles in ``profile_dir`` whose ``extends``
    chain stays in it (see :func:`lookup_profile`)."""
    import re2

    from promptguard.config.loader import _profile_path, validated_policy
    from promptguard.config.yamlfile import read_yaml
    from promptguard.errors import ConfigError
    from promptguard.recognizers.regex import re2_options

    files: dict[str, str] = {}
    digest = _profiles_digest(profile_dir)
    for path in sorted(profile_dir.glob("*.yaml")):
        try:
            link, seen = path, set()
            while link not in seen:
                seen.add(link)
                parent = (read_yaml(link).data or {}).get("extends")
                if not parent:
                    break
                link = _profile_path(str(parent), base=link.parent)
                if link.parent.resolve() != profile_dir.resolve():
                    raise ConfigError("extends a file outside the profiles")
            spec = validated_policy(path)
            regexes = sorted(set(spec.allow_regex))
            for regex in regexes:
                re2.compile(regex, re2_options())
            objects = _encode(spec)
        except (ConfigError, re2.error, _NotEncodable, AttributeError):
            continue
        if not _same(_decode(json.loads(_dumps(objects))), spec):
            continue
        head = {"format": FORMAT, **_fingerprint(), "sha256": digest, "regexes": regexes}
        files[f"{path.stem}.objects.json"] = _dumps(_objects_file(head, objects))
    return files


def lookup_profile(path: Path) -> tuple[tuple[str, ...], Any] | None:
    """``(regexes, spec)``: the validated PolicySpec of the built-in profile file ``path``
    (``extends`` merged, pack paths not yet resolved) when the cache has it for exactly the
    profile files of its directory and the running code, else None."""
    directory = path.parent
    cache_file = directory / CACHE_DIR / f"{path.stem}.objects.json"
    if not cache_file.is_file():
        return None
    content = _read(cache_file, _profiles_digest(directory))
    spec = _objects(content)
    if content is None or spec is None:
        return None
    return _regexes(content), spec


def _write_files(target: Path, files: dict[str, str]) -> None:
    target.mkdir(exist_ok=True)
    for old in target.glob("*.json"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse

    from promptguard.config.loader import builtin_pack_dir

    parser = argparse.ArgumentParser(prog="python -m promptguard.config.packcache", description=__doc__.split("\n")[0])
    parser.add_argument(
        "pack_dir", nargs="?", type=Path, default=None,
        help="default: the built-in packs (only they are ever loaded from a cache; another directory is for tests)",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the cache is missing or stale")
    args = parser.parse_args(argv)
    pack_dir: Path = args.pack_dir or builtin_pack_dir()
    if not pack_dir.is_dir():
        parser.error(f"{pack_dir} is not a directory")
    jobs: list[tuple[Path, Callable[[Path], dict[str, str]]]] = [(pack_dir, build)]
    if args.pack_dir is None:
        from promptguard.config.loader import builtin_profile_dir

        jobs.append((builtin_profile_dir(), build_profiles))
    stale = False
    for directory, builder in jobs:
        target = directory / CACHE_DIR
        files = builder(directory)
        if not args.check:
            try:
                _write_files(target, files)
            except OSError as exc:  # a read-only install: say where, not a traceback
                print(f"cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
                return 1
            print(f"wrote {target}")
            continue
        current = {p.name: p.read_text(encoding="utf-8") for p in target.glob("*.json")} if target.is_dir() else {}
        if current != files:
            print(f"{target} is stale: run python -m promptguard.config.packcache", file=sys.stderr)
            stale = True
        else:
            print(f"{target} is up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
