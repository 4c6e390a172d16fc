# browser: runnable
import asyncio

saved: list[int] = []


async def save_order(order_id: int) -> str:
    await asyncio.sleep(0.6)  # (1)!
    saved.append(order_id)
    return f"order {order_id} saved"


async def handle(order_id: int, shielded: bool) -> None:
    save = asyncio.create_task(save_order(order_id))  # (2)!
    try:
        async with asyncio.timeout(0.1):
            await (asyncio.shield(save) if shielded else save)  # (3)!
    except TimeoutError:
        print(f"order {order_id}: caller stopped waiting after 0.1 s")
    await asyncio.wait([save], timeout=2)  # (4)!
    print(f"order {order_id}: save task cancelled: {save.cancelled()}")


async def main() -> None:
    await handle(1, shielded=False)
    await handle(2, shielded=True)
    print("orders saved:", saved)


if __name__ == "__main__":
    asyncio.run(main())
