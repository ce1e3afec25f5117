"""Start the announcement editor (`python main.py [DRAFT]`), or run a command-line
subcommand: `python main.py --help`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))  # run from a checkout without installing

if __name__ == "__main__":
    from announcer.cli import wants_window

    if wants_window(sys.argv[1:]):
        from announcer.gui.app import main
    else:
        from announcer.cli import main
    sys.exit(main())
