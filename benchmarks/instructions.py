"""Instruction counts under callgrind: a speed measure that other people's load cannot move.

The machine the benchmarks run on is shared (two cores, several sessions), so wall and even CPU
times drift by tens of percent between rounds, and ``perf stat`` counters are not available. The
number of instructions a pass executes is the same whatever the load: callgrind counts them by
running the program on its own synthetic CPU. It is ≈ 50× slower, so only the pass is counted:
the child process starts with instrumentation off (``--instr-atstart=no``: imports, dictionaries,
the pipeline and a warm-up run at valgrind's uninstrumented speed and are not counted), then turns
it on around the counted region itself with callgrind's client requests.

Client requests are a magic no-op instruction sequence that valgrind recognises (``valgrind.h``);
Python has no binding, so ``_client_request`` writes the amd64 sequence into an executable page and
calls it through ``ctypes``. Outside valgrind the sequence does nothing and returns 0.

Used by ``python -m benchmarks.extract_speed --instructions``; ``count`` runs one contender in a
child ``valgrind --tool=callgrind`` and returns the ``totals:`` count of its output file.
"""

from __future__ import annotations

import ctypes
import mmap
import os
import platform
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# valgrind.h: VG_USERREQ_TOOL_BASE('C','T') and callgrind.h's request enum after it
_CALLGRIND_BASE = (ord("C") << 24) | (ord("T") << 16)
TOGGLE_COLLECT = _CALLGRIND_BASE + 2
START_INSTRUMENTATION = _CALLGRIND_BASE + 4
STOP_INSTRUMENTATION = _CALLGRIND_BASE + 5

# amd64 VALGRIND_DO_CLIENT_REQUEST_EXPR as a function of one argument (the address of the six-word
# request block, in rdi): rax = block, rdx = default 0, the four rotations of rdi (128 bits in all:
# rdi unchanged) and ``xchg rbx, rbx`` that valgrind recognises, result from rdx.
_AMD64_REQUEST = bytes.fromhex(
    "4889f8"  # mov rax, rdi
    "31d2"  # xor edx, edx
    "48c1c703"  # rol rdi, 3
    "48c1c70d"  # rol rdi, 13
    "48c1c73d"  # rol rdi, 61
    "48c1c733"  # rol rdi, 51
    "4887db"  # xchg rbx, rbx
    "4889d0"  # mov rax, rdx
    "c3"  # ret
)

_request_fn: Callable[[int], int] | None = None
_page: mmap.mmap | None = None  # kept alive: the function lives in it


def _client_request(request: int) -> int:
    """Issue one valgrind client request with no arguments; 0 when not running under valgrind."""
    global _request_fn, _page
    if platform.machine() not in ("x86_64", "AMD64"):
        raise RuntimeError("callgrind client requests are written for amd64 only")
    if _request_fn is None:
        _page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        _page.write(_AMD64_REQUEST)
        address = ctypes.addressof(ctypes.c_char.from_buffer(_page))
        _request_fn = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p)(address)
    block = (ctypes.c_uint64 * 6)(request, 0, 0, 0, 0, 0)
    return int(_request_fn(ctypes.addressof(block)))


def counted(fn: Callable[[], object]) -> None:
    """Run ``fn`` with callgrind instrumenting and collecting; everything else in the process is not
    counted (the child starts with ``--instr-atstart=no --collect-atstart=no``)."""
    _client_request(START_INSTRUMENTATION)
    _client_request(TOGGLE_COLLECT)
    fn()
    _client_request(TOGGLE_COLLECT)
    _client_request(STOP_INSTRUMENTATION)


# ``totals:`` is what was collected; ``summary:`` is written before the toggles and reads 0
_TOTALS = re.compile(r"^totals:\s+(\d+)", re.MULTILINE)


def count(module_args: list[str], cwd: Path, pythonpath: Path | None = None) -> int:
    """Instructions (callgrind ``Ir``) of the counted region of ``python -m MODULE_ARGS`` in a child
    under callgrind. The child must call ``counted`` around what it wants measured; ``pythonpath``
    is put on the child's import path (where ``benchmarks`` is, when ``cwd`` is elsewhere)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0")  # same dict/set orders, run to run
        if pythonpath is not None:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                "--collect-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-m",
                *module_args,
            ],
            cwd=cwd,
            env=env,
            check=True,
            capture_output=True,
        )
        match = _TOTALS.search(out.read_text(encoding="utf-8", errors="replace"))
        if match is None:
            raise RuntimeError(f"no totals line in {out}")
        return int(match.group(1))
