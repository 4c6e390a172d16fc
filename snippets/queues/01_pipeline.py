import queue
import threading
import time

STOP = object()  # end marker: "no more items will come"


def synthesize(inbox: queue.Queue, outbox: queue.Queue) -> None:  # (1)!
    while (text := inbox.get()) is not STOP:
        time.sleep(0.05)  # stands in for slow work, e.g. text-to-speech
        outbox.put(f"audio<{text}>")


def play(inbox: queue.Queue, played: list[str]) -> None:
    while (chunk := inbox.get()) is not STOP:
        played.append(chunk)


def run(sentences: list[str], synthesizers: int) -> tuple[list[str], float]:
    text_q: queue.Queue = queue.Queue(maxsize=4)  # (2)!
    audio_q: queue.Queue = queue.Queue(maxsize=4)
    played: list[str] = []
    workers = [threading.Thread(target=synthesize, args=(text_q, audio_q)) for _ in range(synthesizers)]
    player = threading.Thread(target=play, args=(audio_q, played))
    start = time.perf_counter()
    for t in [*workers, player]:
        t.start()
    for sentence in sentences:  # the main thread is the producer
        text_q.put(sentence)
    for _ in workers:  # (3)!
        text_q.put(STOP)
    for t in workers:
        t.join(timeout=5)
    audio_q.put(STOP)
    player.join(timeout=5)
    return played, time.perf_counter() - start


def main() -> None:
    sentences = ["hello", "the weather", "is sunny", "today", "bye", "for now"]
    one, t_one = run(sentences, synthesizers=1)
    two, t_two = run(sentences, synthesizers=2)  # (4)!
    print("1 synthesizer, chunks in order:", one == [f"audio<{s}>" for s in sentences])
    print("2 synthesizers, same chunks:", sorted(two) == sorted(one))
    print("2 synthesizers faster:", t_two < 0.8 * t_one)


if __name__ == "__main__":
    main()
