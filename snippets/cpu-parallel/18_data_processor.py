import math
from concurrent.futures import ProcessPoolExecutor, as_completed

Record = dict[str, int]


def process_batch(batch_id: int, batch: list[int]) -> tuple[int, list[Record]]:  # (1)!
    records = [{"original": n, "squared": n * n, "factorial": math.factorial(n)} for n in batch]  # (2)!
    return batch_id, records


def main() -> None:
    batches = [list(range(1, 6)), list(range(6, 11)), list(range(11, 16))]
    by_batch: dict[int, list[Record]] = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(process_batch, i, batch) for i, batch in enumerate(batches)]
        for future in as_completed(futures, timeout=30):
            batch_id, records = future.result()  # (3)!
            by_batch[batch_id] = records
    records = [record for i in sorted(by_batch) for record in by_batch[i]]  # (4)!
    checked = all(r["factorial"] == math.prod(range(1, r["original"] + 1)) for r in records)  # (5)!
    print("records processed:", len(records))
    for record in records[:3]:
        print(" ", record)
    print("15! =", records[-1]["factorial"])
    print("every factorial checked against a product:", checked)


if __name__ == "__main__":
    main()
