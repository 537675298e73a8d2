"""``python -m reflect`` runs the same command line as the ``reflect`` script."""

from reflect.cli.main import main

raise SystemExit(main())
