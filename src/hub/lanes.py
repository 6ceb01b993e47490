"""Work split over the processor's cores by forking.

A forked child inherits the loaded catalog and the pages made so far (copy on write) instead of
receiving them, and sends back only its result. Where fork is missing, or one core is all there
is, or inside a lane already, every lane runs here, one after the other: the results are the same
either way."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

Result = TypeVar("Result")

MAX_LANES = 4

_inside_a_lane = False  # set in a forked lane: its own work does not fork again


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
    children; their results in lane order. An error in any lane is raised here; an error here
    stops the children."""
    if count <= 1 or _inside_a_lane:
        return [work(lane, max(count, 1)) for lane in range(max(count, 1))]
    children = [_fork(work, lane, count) for lane in range(1, count)]
    try:
        own = work(0, count)
    except BaseException:
        for process, _ in children:
            process.terminate()
        _collect(children)
        raise
    results = [own]
    for outcome in _collect(children):
        if outcome[0] != "ok":
            raise _failure(outcome)
        results.append(outcome[1])
    return results


def each_in_lanes(
    tasks: Sequence[Callable[[], Result]], count: int, here: Sequence[Callable[[], object]] = ()
) -> list[Result]:
    """Every task run once, taken first come first served by COUNT lanes (so a long task does not
    hold up the short ones behind it); the results in the order of TASKS. HERE: work that only this
    process does (what it keeps for later), before it takes tasks. After an error no lane takes
    another task.

    This process takes tasks from the front, the forked lanes from the back: put first what makes
    the most data, which then need not travel between processes."""
    if count <= 1 or len(tasks) <= 1 or _inside_a_lane:
        for work in here:
            work()
        return [task() for task in tasks]
    context = multiprocessing.get_context("fork")
    lock = context.Lock()
    front = context.Value("i", 0, lock=False)
    back = context.Value("i", len(tasks), lock=False)
    stopped = context.Value("b", 0, lock=False)
    parent = os.getpid()

    def run_lane(lane: int, lanes: int) -> dict[int, Result]:
        done: dict[int, Result] = {}
        for work in here if lane == 0 else ():
            work()
        while True:
            with lock:
                # Nothing left, another lane failed, or (in a forked lane) the build is gone.
                if front.value >= back.value or stopped.value or (lane and os.getppid() != parent):
                    return done
                if lane == 0:
                    number = front.value
                    front.value += 1
                else:
                    back.value -= 1
                    number = back.value
            try:
                done[number] = tasks[number]()
            except BaseException:
                stopped.value = 1
                raise

    results: dict[int, Result] = {}
    for done in in_lanes(run_lane, min(count, len(tasks))):
        results.update(done)
    return [results[number] for number in range(len(tasks))]


def _fork(work: Callable[[int, int], Any], lane: int, count: int) -> tuple[Any, Connection]:
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_run_lane, args=(work, lane, count, sending), daemon=True)
    process.start()
    sending.close()
    return process, receiving


def _run_lane(work: Callable[[int, int], Any], lane: int, count: int, sending: Connection) -> None:
    global _inside_a_lane
    _inside_a_lane = True
    outcome: tuple[Any, ...]
    try:
        outcome = ("ok", work(lane, count))
    except BaseException as exc:  # every failure travels back to the parent
        trace = traceback.format_exc()
        outcome = ("error", exc if _travels(exc) else None, trace)
    try:
        sending.send(outcome)
    except (pickle.PicklingError, TypeError, AttributeError):
        # The result does not pickle: the reason does.
        sending.send(("error", None, traceback.format_exc()))
    sys.stdout.flush()
    sys.stderr.flush()
    # No atexit handlers, no cleanup of the parent's temporary folders: they are the parent's.
    os._exit(0)


def _travels(error: BaseException) -> bool:
    """Whether ERROR comes out of pickling as itself (some exceptions pickle but do not unpickle)."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return False
    return True


def _collect(children: list[tuple[Any, Connection]]) -> list[tuple[Any, ...]]:
    """Every child's outcome, read as it arrives (a child waits until its result is read)."""
    outcomes: dict[Connection, tuple[Any, ...]] = {}
    waiting = [connection for _, connection in children]
    while waiting:
        for connection in wait(waiting):
            try:
                outcomes[connection] = connection.recv()
            except EOFError:  # the child died without a word (killed, out of memory)
                outcomes[connection] = ("died",)
            waiting.remove(connection)
    for process, connection in children:
        process.join()
        connection.close()
        if outcomes[connection] == ("died",):
            outcomes[connection] = ("died", process.exitcode)
    return [outcomes[connection] for _, connection in children]


def _failure(outcome: tuple[Any, ...]) -> BaseException:
    if outcome[0] == "died":
        return LaneFailed(f"een bouwproces stopte onverwacht (exitcode {outcome[1]})")
    _, error, trace = outcome
    if isinstance(error, BaseException):
        error.add_note(f"In a forked lane:\n{trace}")
        return error
    return LaneFailed(trace)
