import random
from collections import Counter
from concurrent.futures import ProcessPoolExecutor


def make_log(lines: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)  # (1)!
    statuses = [200] * 16 + [301, 404, 404, 500]
    return [f"10.0.0.{rng.randrange(256)} GET /item/{rng.randrange(1000)} "
            f"{rng.choice(statuses)} {rng.randrange(100, 5000)}" for _ in range(lines)]


def summarise(lines: list[str]) -> tuple[Counter[str], int]:  # (2)!
    statuses: Counter[str] = Counter()
    total_bytes = 0
    for line in lines:
        _, _, _, status, size = line.split()
        statuses[status] += 1
        total_bytes += int(size)
    return statuses, total_bytes


def main() -> None:
    log = make_log(200_000)
    chunks = [log[i:i + 25_000] for i in range(0, len(log), 25_000)]
    statuses: Counter[str] = Counter()
    total_bytes = 0
    with ProcessPoolExecutor(max_workers=2) as pool:
        for part_statuses, part_bytes in pool.map(summarise, chunks, timeout=30):  # (3)!
            statuses.update(part_statuses)  # (4)!
            total_bytes += part_bytes
    print("requests by status:", dict(sorted(statuses.items())))
    print("bytes sent:", total_bytes)
    print("same as one process:", (statuses, total_bytes) == summarise(log))  # (5)!


if __name__ == "__main__":
    main()
