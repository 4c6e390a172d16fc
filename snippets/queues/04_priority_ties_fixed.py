import itertools
import queue
from dataclasses import dataclass, field

ARRIVALS = [(2, "resize"), (1, "email"), (1, "backup"), (2, "report")]


@dataclass(order=True)  # (1)!
class Job:
    priority: int
    seq: int  # tiebreaker: order of arrival
    payload: dict = field(compare=False)  # (2)!


def main() -> None:
    counter = itertools.count()
    as_tuples: queue.PriorityQueue = queue.PriorityQueue()
    for priority, task in ARRIVALS:
        as_tuples.put((priority, next(counter), {"task": task}))  # (3)!
    print("tuple + counter:", [as_tuples.get()[2]["task"] for _ in ARRIVALS])

    counter = itertools.count()
    as_jobs: queue.PriorityQueue = queue.PriorityQueue()
    for priority, task in ARRIVALS:
        as_jobs.put(Job(priority, next(counter), {"task": task}))
    print("dataclass:      ", [as_jobs.get().payload["task"] for _ in ARRIVALS])

    no_seq: queue.PriorityQueue = queue.PriorityQueue()
    for task in "abcde":
        no_seq.put(Job(1, 0, {"task": task}))  # (4)!
    print("equal keys, put a-e:", "".join(no_seq.get().payload["task"] for _ in range(5)))


if __name__ == "__main__":
    main()
