#!/usr/bin/env python
"""Execute the notebooks in notebooks/ headlessly and check them.

Every ``notebooks/*.ipynb`` (or the notebooks given on the command line) is run
top to bottom with nbclient, in a fresh ``python3`` kernel whose working
directory is ``notebooks/``. The script exits with status 1 when a cell raises,
when a cell times out, or when a notebook produces no ``image/png`` output
(each notebook is expected to draw at least one plot).

The kernel always runs on the interpreter that runs this script
(``sys.executable``), with its ``ipykernel``: a ``python3`` kernel spec
installed elsewhere (user or system Jupyter directories) is ignored, so CI
needs no ``ipykernel install`` step.

By default nothing is written. With ``--write`` the executed notebooks (with
their outputs) are saved back in place, which is how the committed notebooks
get their outputs, so that they render on GitHub.

Usage::

    python scripts/run_notebooks.py              # run and check, modify nothing
    python scripts/run_notebooks.py --write      # ...and save the outputs
    python scripts/run_notebooks.py notebooks/01-terms.ipynb

Needs ``nbclient``, ``nbformat``, ``ipykernel`` and ``matplotlib``
(``pip install -e ".[notebooks]"``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
KERNEL_NAME = "python3"

try:
    import nbformat
    import zmq
    from jupyter_client.kernelspec import NATIVE_KERNEL_NAME, KernelSpec, KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
except ImportError as e:  # pragma: no cover - depends on the environment
    sys.exit(
        f"run_notebooks.py needs nbclient, nbformat and ipykernel ({e}); "
        "install them with: pip install nbclient nbformat ipykernel matplotlib"
    )


class ThisInterpreterKernelSpecs(KernelSpecManager):
    """Resolve the native ``python3`` kernel to ipykernel on ``sys.executable``."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name != NATIVE_KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        try:
            from ipykernel.kernelspec import RESOURCES, get_kernel_dict
        except ImportError as e:
            raise SystemExit(
                f"ipykernel is not installed for {sys.executable}: pip install ipykernel"
            ) from e
        # get_kernel_dict() builds argv from sys.executable.
        return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())


def kernel_manager() -> KernelManager:
    km = KernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=ThisInterpreterKernelSpecs())
    if km.has_trait("transport_encryption") and zmq.has("curve"):
        # jupyter_client >= 8.10 with ipykernel >= 7.4: CurveZMQ on the local TCP
        # sockets (also spares the kernel's "running over TCP without encryption" warning).
        km.transport_encryption = "auto"
    spec = km.kernel_spec
    argv0 = spec.argv[0] if spec is not None else None
    if argv0 is None or Path(argv0).resolve() != Path(sys.executable).resolve():
        raise SystemExit(f"kernel would run on {argv0}, not on {sys.executable}")
    return km


def png_count(nb: Any) -> int:
    return sum(
        1
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if "image/png" in out.get("data", {})
    )


def run(path: Path, *, timeout: int, write: bool) -> bool:
    """Execute one notebook; True when it passes every check."""
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        km=kernel_manager(),
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        allow_errors=False,
        record_timing=False,  # no timestamps in cell metadata: clean diffs with --write
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},  # the kernel's cwd
    )
    start = time.perf_counter()
    try:
        # The client does not own a kernel manager it was given: ask it to shut the kernel down.
        client.execute(cleanup_kc=True)
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        print(f"FAIL {rel}: {type(e).__name__}\n{e}", file=sys.stderr)
        return False
    elapsed = time.perf_counter() - start

    n_png = png_count(nb)
    if n_png == 0:
        print(f"FAIL {rel}: no image/png output (expected at least one plot)", file=sys.stderr)
        return False
    nbformat.validate(nb)
    print(f"ok   {rel}: {len(nb.cells)} cells, {n_png} PNG output(s), {elapsed:.1f} s")
    if write:
        nbformat.write(nb, path)
        print(f"     wrote {rel}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "notebooks",
        nargs="*",
        type=Path,
        help="notebooks to run (default: notebooks/*.ipynb)",
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="save the executed notebooks, with their outputs, back in place",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=300,
        help="seconds allowed per cell (default: 300)",
    )
    args = parser.parse_args(argv)

    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks found in {NOTEBOOK_DIR}", file=sys.stderr)
        return 1
    failed = [p for p in paths if not run(p, timeout=args.timeout, write=args.write)]
    if failed:
        print(f"{len(failed)} of {len(paths)} notebook(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
