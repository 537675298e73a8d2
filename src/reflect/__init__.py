"""Reflect: a private, offline reflection journal for peer support workers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reflect-journal")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Reflect"
APP_ID = "se.reflectjournal.Reflect"
