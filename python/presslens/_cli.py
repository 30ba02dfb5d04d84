"""Console script entry point: the same CLI as the Rust ``presslens`` binary."""

from __future__ import annotations

import sys

from presslens import _core


def main() -> None:
    """Run ``presslens`` with the process arguments and exit with its code."""
    sys.exit(_core.cli_main(["presslens", *sys.argv[1:]]))


if __name__ == "__main__":
    main()
