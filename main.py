"""Start the announcement editor, or run a command-line subcommand (see --help)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))  # run from a checkout without installing

from announcer.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
