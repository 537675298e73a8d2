"""Reflect: a private, offline reflection journal for peer supporters."""

APP_NAME = "Reflect"
APP_ID = "se.reflectjournal.Reflect"


def __getattr__(name: str):
    # Read from the package metadata only when asked: importlib.metadata is
    # slow to import, and the unlock dialog should appear without waiting.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("reflect-journal")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+source"
    raise AttributeError(name)
