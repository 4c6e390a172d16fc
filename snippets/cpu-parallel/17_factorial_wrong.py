import math


def process_item(item: int) -> dict[str, int]:
    return {
        "original": item,
        "squared": item**2,
        "factorial": 1 if item <= 1 else item * (item - 1),  # (1)!
    }


def main() -> None:
    records = [process_item(item) for item in range(1, 16)]
    wrong = [r for r in records if r["factorial"] != math.factorial(r["original"])]  # (2)!
    print("records checked:", len(records))
    print("wrong factorials:", len(wrong))
    for r in wrong[:3]:
        print(f"  {r['original']}! recorded as {r['factorial']}, really {math.factorial(r['original'])}")
    print("right only for:", [r["original"] for r in records if r not in wrong])


if __name__ == "__main__":
    main()
