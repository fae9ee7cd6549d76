"""newsfacts for Python: news articles in, JSON records out.

>>> import newsfacts
>>> with newsfacts.Engine() as engine:
...     record = engine.extract("Berlin (dpa) – Am Montag ...", id="a1", date="2025-11-12")
...     records = list(engine.extract_many([{"id": 1, "text": "..."}], threads=2))

A thin ctypes binding over libnewsfacts (see :mod:`newsfacts._lib` for where
the library is found).  Importing the package loads nothing; ``Engine()``
loads the library and its language data.  :mod:`newsfacts.dask` runs the
same extraction on a Dask cluster.
"""

from ._lib import LibraryNotFoundError, find_library
from .engine import Engine, NewsfactsError, read_lines

__version__ = "0.1.0"

__all__ = ["Engine", "NewsfactsError", "LibraryNotFoundError", "find_library", "read_lines",
           "__version__"]
