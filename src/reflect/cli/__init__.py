"""The ``reflect`` command line."""
