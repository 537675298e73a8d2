"""Reflect: a private, offline reflection journal for peer supporters."""

APP_NAME = "Reflect"
APP_ID = "se.reflectjournal.Reflect"


def __getattr__(name: str):
    # Read only when asked: the unlock dialog should appear without waiting.
    if name == "__version__":
        from reflect.installed_version import installed_version

        return installed_version()
    raise AttributeError(name)
