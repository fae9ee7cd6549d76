"""Finding and declaring the shared library ``libnewsfacts`` (ctypes).

Where the library is looked for, in this order (the first that exists wins):

1. ``NEWSFACTS_LIB``: the path of the library file, or of a directory that
   holds ``libnewsfacts.so``.  When it is set it must work; there is no
   falling back to the other places.
2. Next to the package: ``newsfacts/libnewsfacts.so``, the copy that
   ``pip install ./python`` (and the wheel of ``make python``) puts there.
3. The build folder of the source checkout the package sits in:
   ``<repo>/build/libnewsfacts.so`` (running with ``PYTHONPATH=python``
   after ``make``).
4. The system's library path (``ctypes.util.find_library("newsfacts")``),
   for a library installed under ``/usr/local/lib`` or similar.

Nothing is loaded when the package is imported: every :class:`Engine`
calls :func:`load_library` when it opens (``dlopen`` hands back the same
library each time).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import List, Optional, Tuple

LIB_NAME = "libnewsfacts.so"
ENV_VAR = "NEWSFACTS_LIB"

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


class LibraryNotFoundError(OSError):
    """The shared library libnewsfacts could not be found or loaded."""


class NfError(ctypes.Structure):
    """``nf_error``: a status, a byte offset and a message."""

    _fields_ = [
        ("code", ctypes.c_int),
        ("offset", ctypes.c_size_t),
        ("message", ctypes.c_char * 256),
    ]


class NfEngineOptions(ctypes.Structure):
    """``nf_engine_options``."""

    _fields_ = [
        ("data_dir", ctypes.c_char_p),
        ("max_doc_bytes", ctypes.c_size_t),
        ("default_lang", ctypes.c_char_p),
        ("no_tagger", ctypes.c_bool),
    ]


class NfDocMeta(ctypes.Structure):
    """``nf_doc_meta``: what is known of a document besides its text."""

    _fields_ = [
        ("id", ctypes.c_char_p),
        ("id_json", ctypes.c_char_p),
        ("date", ctypes.c_char_p),
        ("lang", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
    ]


# Status codes of include/newsfacts.h (enum nf_status).
NF_OK = 0
NF_ERR_ARGUMENT = 1
NF_ERR_MEMORY = 2
NF_ERR_IO = 3
NF_ERR_DATA = 4
NF_ERR_UTF8 = 5
NF_ERR_TOO_LARGE = 6
NF_ERR_LANGUAGE = 7
NF_ERR_JSON = 8
NF_ERR_NO_TEXT = 9
NF_ERR_TEXT_TYPE = 10

# Record flags (NF_JSON_PRETTY, NF_JSON_SEGMENTS).
NF_JSON_PRETTY = 1
NF_JSON_SEGMENTS = 2


def checkout_root() -> Optional[str]:
    """The root of the source checkout this package sits in, or None when
    the package is installed elsewhere (site-packages, a wheel)."""
    root = os.path.dirname(os.path.dirname(PACKAGE_DIR))
    if os.path.isfile(os.path.join(root, "include", "newsfacts.h")) and os.path.basename(
            os.path.dirname(PACKAGE_DIR)) == "python":
        return root
    return None


def candidates() -> List[Tuple[str, str]]:
    """The places tried, in order, as (where, path or name) pairs."""
    out: List[Tuple[str, str]] = []
    env = os.environ.get(ENV_VAR)
    if env:
        path = os.path.join(env, LIB_NAME) if os.path.isdir(env) else env
        return [(ENV_VAR, path)]
    out.append(("package", os.path.join(PACKAGE_DIR, LIB_NAME)))
    root = checkout_root()
    if root is not None:
        out.append(("checkout", os.path.join(root, "build", LIB_NAME)))
    system = ctypes.util.find_library("newsfacts")
    if system:
        out.append(("system", system))
    return out


def find_library() -> str:
    """The path (or, for a system library, the name) of the library that
    :func:`load_library` would load; raises LibraryNotFoundError when there
    is none."""
    tried = []
    for where, path in candidates():
        if where in ("system", ENV_VAR) or os.path.exists(path):
            return path
        tried.append(path)
    raise LibraryNotFoundError(
        "libnewsfacts not found (tried: " + ", ".join(tried or ["nothing"]) + "); run `make` in "
        "the newsfacts checkout, install the package with `pip install ./python` after `make`, "
        f"or set {ENV_VAR} to the path of libnewsfacts.so")


def _declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    """Sets the argument and result types of every function the binding
    uses.  Pointers the caller must free come back as c_void_p."""
    c_size_p = ctypes.POINTER(ctypes.c_size_t)
    err_p = ctypes.POINTER(NfError)
    protos = {
        "nf_version": (ctypes.c_char_p, []),
        "nf_status_name": (ctypes.c_char_p, [ctypes.c_int]),
        "nf_engine_options_init": (None, [ctypes.POINTER(NfEngineOptions)]),
        "nf_engine_open": (ctypes.c_void_p, [ctypes.POINTER(NfEngineOptions), err_p]),
        "nf_engine_close": (None, [ctypes.c_void_p]),
        "nf_extract": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                         ctypes.POINTER(NfDocMeta), err_p]),
        "nf_doc_free": (None, [ctypes.c_void_p]),
        "nf_doc_error": (err_p, [ctypes.c_void_p]),
        "nf_doc_to_json": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_uint, c_size_p, err_p]),
        "nf_error_record_json": (ctypes.c_void_p, [ctypes.c_char_p, err_p, ctypes.c_uint,
                                                   c_size_p, err_p]),
        "nf_free": (None, [ctypes.c_void_p]),
    }
    for name, (restype, argtypes) in protos.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


def load_library() -> ctypes.CDLL:
    """Loads libnewsfacts (see the module docstring for where it is looked
    for) and declares its functions.  ctypes.CDLL releases the GIL around
    every call, so extraction runs in parallel on Python threads."""
    path = find_library()
    try:
        lib = ctypes.CDLL(path)
    except OSError as e:
        raise LibraryNotFoundError(f"cannot load {path}: {e}") from e
    try:
        return _declare(lib)
    except AttributeError as e:
        raise LibraryNotFoundError(f"{path} is not a usable libnewsfacts: {e}") from e
