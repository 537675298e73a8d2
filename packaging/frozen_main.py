"""The frozen app's entry: the same command line as the installed ``reflect``."""

from reflect.cli.main import main

raise SystemExit(main())
