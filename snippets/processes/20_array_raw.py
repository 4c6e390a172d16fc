import multiprocessing as mp

WIDTH = 4


def fill_row(row: int, grid, row_sums, scale) -> None:
    for col in range(WIDTH):
        grid[row * WIDTH + col] = (row * WIDTH + col) * scale.value  # (1)!
    row_sums[row] = sum(grid[row * WIDTH:(row + 1) * WIDTH])


def main() -> None:
    grid = mp.Array("i", 3 * WIDTH)  # (2)!
    row_sums = mp.RawArray("q", 3)  # (3)!
    scale = mp.RawValue("i", 10)
    procs = [mp.Process(target=fill_row, args=(row, grid, row_sums, scale)) for row in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=10)
    for row in range(3):
        print(f"row {row}: {grid[row * WIDTH:(row + 1) * WIDTH]} sum {row_sums[row]}")
    print("Array has get_lock():", hasattr(grid, "get_lock"))
    print("RawArray / RawValue have get_lock():", hasattr(row_sums, "get_lock"), hasattr(scale, "get_lock"))


if __name__ == "__main__":
    main()
