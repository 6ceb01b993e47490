"""Work split over processes: every lane's result comes back in order, and so do its errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hub.lanes import LaneFailed, each_in_lanes, in_lanes


def test_lanes_run_in_their_own_processes_and_come_back_in_lane_order() -> None:
    results = in_lanes(lambda lane, count: (lane, count, os.getpid()), 3)
    assert [(lane, count) for lane, count, _ in results] == [(0, 3), (1, 3), (2, 3)]
    assert results[0][2] == os.getpid()
    assert len({pid for _, _, pid in results}) == 3


def test_a_lane_sees_what_was_loaded_before_it_was_forked() -> None:
    loaded = {"catalog": list(range(10_000))}
    sums = in_lanes(lambda lane, count: sum(loaded["catalog"][lane::count]), 2)
    assert sum(sums) == sum(range(10_000))


def test_an_error_in_a_forked_lane_is_raised_here_as_itself() -> None:
    def work(lane: int, count: int) -> int:
        if lane == 1:
            raise ValueError("pagina materialen/x.md: onbekende sjabloon")
        return lane

    with pytest.raises(ValueError, match="onbekende sjabloon"):
        in_lanes(work, 2)


def test_a_lane_that_dies_without_a_word_fails_the_work() -> None:
    def work(lane: int, count: int) -> int:
        if lane == 1:
            os._exit(3)
        return lane

    with pytest.raises(LaneFailed, match="stopte onverwacht"):
        in_lanes(work, 2)


def test_a_result_that_cannot_travel_fails_with_its_reason() -> None:
    def work(lane: int, count: int) -> object:
        return (lambda: None) if lane else None

    with pytest.raises(LaneFailed, match=r"pickle|lambda"):
        in_lanes(work, 2)


def test_each_task_runs_once_and_results_keep_the_order_of_the_tasks(tmp_path: Path) -> None:
    def task(number: int) -> int:
        (tmp_path / f"{number}-{os.getpid()}").touch()
        return number * number

    tasks = [lambda number=number: task(number) for number in range(12)]
    assert each_in_lanes(tasks, 2) == [number * number for number in range(12)]
    ran = sorted(int(path.name.split("-")[0]) for path in tmp_path.iterdir())
    assert ran == list(range(12))


def test_one_lane_runs_everything_here() -> None:
    assert in_lanes(lambda lane, count: os.getpid(), 1) == [os.getpid()]
    assert each_in_lanes([os.getpid, os.getpid], 1) == [os.getpid(), os.getpid()]


def test_work_here_runs_in_this_process_before_its_tasks() -> None:
    kept: list[int] = []
    results = each_in_lanes([os.getpid] * 6, 2, here=[lambda: kept.append(os.getpid())])
    assert kept == [os.getpid()]
    assert len(results) == 6 and set(results) <= {os.getpid(), *results}
    assert each_in_lanes([os.getpid], 1, here=[lambda: kept.append(0)]) == [os.getpid()] and kept[-1] == 0


def test_after_an_error_no_lane_takes_another_task(tmp_path: Path) -> None:
    import time

    def task(number: int) -> int:
        (tmp_path / str(number)).touch()
        if number == 39:  # the forked lane's first task
            raise RuntimeError("kapotte pagina")
        time.sleep(0.05)
        return number

    with pytest.raises(RuntimeError, match="kapotte pagina") as raised:
        each_in_lanes([lambda number=number: task(number) for number in range(40)], 2)
    assert len(list(tmp_path.iterdir())) < 20
    assert any("In a forked lane" in note and "task" in note for note in raised.value.__notes__)


def test_a_lane_killed_says_how_it_ended() -> None:
    def work(lane: int, count: int) -> int:
        if lane == 1:
            os.kill(os.getpid(), 9)
        return lane

    with pytest.raises(LaneFailed, match="exitcode -9"):
        in_lanes(work, 2)


def test_a_lane_does_not_fork_again() -> None:
    inner = in_lanes(lambda lane, count: in_lanes(lambda i, n: os.getpid(), 2), 2)
    assert inner[1][0] == inner[1][1] != os.getpid()
