"""Work split over the processor's cores by forking.

A forked child inherits the loaded catalog and the pages made so far (copy on write) instead of
receiving them, and sends back only its result. Where fork is missing, or one core is all there
is, every lane runs here, one after the other: the results are the same either way."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

Result = TypeVar("Result")

MAX_LANES = 4


class LaneFailed(Exception):
    """A forked lane failed with an error that could not travel back as itself."""


def available_lanes() -> int:
    """How many lanes this process can run at once: its cores (at most MAX_LANES), 1 without fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # no affinity call on this platform
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_LANES))


def in_lanes(work: Callable[[int, int], Result], count: int) -> list[Result]:
    """WORK(lane, COUNT) for every lane 0..COUNT-1, lane 0 in this process and the others in forked
    children; their results in lane order. An error in any lane is raised here."""
    if count <= 1:
        return [work(0, 1)]
    children = [_fork(work, lane, count) for lane in range(1, count)]
    received: list[Any] = [None] * len(children)
    readers = [
        threading.Thread(target=_receive, args=(connection, received, index), daemon=True)
        for index, (_, connection) in enumerate(children)
    ]
    for reader in readers:
        reader.start()
    try:
        own = work(0, count)
    finally:
        for reader in readers:
            reader.join()
        for process, connection in children:
            process.join()
            connection.close()
    results = [own]
    for outcome in received:
        if outcome is None or outcome[0] != "ok":
            raise _failure(outcome)
        results.append(outcome[1])
    return results


def each_in_lanes(
    tasks: Sequence[Callable[[], Result]], count: int, here: Sequence[Callable[[], object]] = ()
) -> list[Result]:
    """Every task run once, taken first come first served by COUNT lanes (so a long task does not
    hold up the short ones behind it); the results in the order of TASKS. HERE: work that only this
    process does (what it keeps for later), before it takes tasks.

    This process takes tasks from the front, the forked lanes from the back: put first what makes
    the most data, which then need not travel between processes."""
    if count <= 1 or len(tasks) <= 1:
        for work in here:
            work()
        return [task() for task in tasks]
    lock = multiprocessing.get_context("fork").Lock()
    front = multiprocessing.get_context("fork").Value("i", 0, lock=False)
    back = multiprocessing.get_context("fork").Value("i", len(tasks), lock=False)

    def run_lane(lane: int, lanes: int) -> dict[int, Result]:
        done: dict[int, Result] = {}
        for work in here if lane == 0 else ():
            work()
        while True:
            with lock:
                if front.value >= back.value:
                    return done
                if lane == 0:
                    number = front.value
                    front.value += 1
                else:
                    back.value -= 1
                    number = back.value
            done[number] = tasks[number]()

    results: dict[int, Result] = {}
    for done in in_lanes(run_lane, min(count, len(tasks))):
        results.update(done)
    return [results[number] for number in range(len(tasks))]


def _fork(
    work: Callable[[int, int], Any], lane: int, count: int
) -> tuple[multiprocessing.process.BaseProcess, Connection]:
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(
        target=_run_lane, args=(work, lane, count, sending), daemon=True
    )
    process.start()
    sending.close()
    return process, receiving


def _run_lane(work: Callable[[int, int], Any], lane: int, count: int, sending: Connection) -> None:
    try:
        outcome: tuple[Any, ...] = ("ok", work(lane, count))
    except BaseException as exc:  # every failure travels back to the parent
        outcome = ("error", exc, traceback.format_exc())
    try:
        sending.send(outcome)
    except (pickle.PicklingError, TypeError, AttributeError):
        # The result or the error does not pickle: its text does.
        sending.send(("error", None, outcome[2] if outcome[0] == "error" else traceback.format_exc()))
    sys.stdout.flush()
    sys.stderr.flush()
    # No atexit handlers, no cleanup of the parent's temporary folders: they are the parent's.
    os._exit(0)


def _receive(connection: Connection, received: list[Any], index: int) -> None:
    try:
        received[index] = connection.recv()
    except EOFError:  # the child died without a word (killed, out of memory)
        received[index] = None
    except Exception:  # an error that pickled but does not unpickle
        received[index] = ("error", None, traceback.format_exc())


def _failure(outcome: tuple[Any, ...] | None) -> BaseException:
    if outcome is None:
        return LaneFailed("een bouwproces stopte onverwacht")
    _, error, trace = outcome
    if isinstance(error, BaseException):
        return error
    return LaneFailed(trace)
