"""``python -m vnus`` runs the command line."""

from vnus.cli import main

raise SystemExit(main())
