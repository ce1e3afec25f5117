"""Start the announcement editor (`python main.py [DRAFT]`), or run a command-line
subcommand: `python main.py --help`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))  # run from a checkout without installing

COMMANDS = {"compose", "check", "export", "-h", "--help"}

if __name__ == "__main__":
    if len(sys.argv) > 1 and (sys.argv[1] in COMMANDS or sys.argv[1].startswith("-")):
        from announcer.cli import main
    else:  # no command: the editor, with a draft to open if one is named
        from announcer.gui.app import main
    sys.exit(main())
