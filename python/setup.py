"""Builds the newsfacts wheel with a copy of libnewsfacts.so inside the
package, so that an installed newsfacts finds its library without
NEWSFACTS_LIB.  The library copied is $NEWSFACTS_LIB (a file, or a directory
holding libnewsfacts.so) or else ../build/libnewsfacts.so of the checkout:
run `make` first.  Everything else is in pyproject.toml."""

import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_NAME = "libnewsfacts.so"


def library_to_bundle() -> str:
    """The library file to copy into the package; exits with a message
    when there is none."""
    env = os.environ.get("NEWSFACTS_LIB")
    if env:
        path = os.path.join(env, LIB_NAME) if os.path.isdir(env) else env
    else:
        path = os.path.join(os.path.dirname(HERE), "build", LIB_NAME)
    if not os.path.isfile(path):
        raise SystemExit(f"newsfacts: {path} not found: run `make` in the newsfacts checkout "
                         "first, or set NEWSFACTS_LIB to the libnewsfacts.so to bundle")
    return os.path.realpath(path)


class BuildPyWithLibrary(build_py):
    """build_py that also copies libnewsfacts.so into the built package."""

    def run(self) -> None:
        super().run()
        target = os.path.join(self.build_lib, "newsfacts", LIB_NAME)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(library_to_bundle(), target)
        os.chmod(target, 0o755)


class BinaryDistribution(Distribution):
    """The wheel holds a native library: tag it for this platform."""

    def has_ext_modules(self) -> bool:
        return True


setup(cmdclass={"build_py": BuildPyWithLibrary}, distclass=BinaryDistribution)
