"""How fast is `medialit.text.annotator`? MB/s on a generated 5 MB text, and milliseconds per one-sentence
document in a batch (``annotate_many``), each against TextBlob in the same run.

The large text is the op-ed's paragraphs shuffled and repeated with a fixed seed, so every run measures the
same input; the short documents are the op-ed's sentences, each its own document (repeated to 3,000), against
``TextBlob(sentence).sentiment`` on each. Run from the repository root:  .venv/bin/python benchmarks/speed.py
"""

from __future__ import annotations

import argparse
import random
import time


def generated_text(megabytes: float, seed: int = 7) -> str:
    """About ``megabytes`` MB of news-like text: the op-ed's paragraphs, shuffled deterministically."""
    from medialit.content.article import load_article
    from medialit.text.sentences import paragraph_spans

    text = load_article().text
    paragraphs = [text[s:e] for s, e in paragraph_spans(text)]
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        batch = paragraphs[:]
        rng.shuffle(batch)
        out += batch
        size += sum(len(p.encode("utf-8")) + 2 for p in batch)
    return "\n\n".join(out)


def seconds(task) -> tuple[float, float]:
    """CPU seconds of this process (what "on one core" means on a shared machine) and wall-clock seconds."""
    cpu, wall = time.process_time(), time.perf_counter()
    task()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the generated text in MB (default 5)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of annotate; the fastest counts (default 3: the machine is shared)"
    )
    args = parser.parse_args()
    from medialit.text.annotator import annotate, annotate_many
    from medialit.text.sentences import split_sentences

    annotate("Warm up: the first call loads pandas.")  # not part of the measurement
    text = generated_text(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    ours, ours_wall = min(seconds(lambda: annotate(text)) for _ in range(args.repeat))
    print(f"text: {mb:.2f} MB, {len(text.split()):,} words (op-ed paragraphs shuffled, seed 7)")
    print("                          CPU s    MB/s   (wall-clock s; higher when other programs share the CPU)")
    print(f"medialit.text.annotator        {ours:6.2f}  {mb / ours:6.2f}   ({ours_wall:.2f}; all four tables)")
    try:
        from textblob.en.sentiments import PatternAnalyzer
    except ImportError:
        print("textblob: not installed (pip install 'medialit[baseline]'), no comparison")
        return
    from textblob import TextBlob

    analyzer = PatternAnalyzer()
    sentences = split_sentences(text)
    theirs, theirs_wall = seconds(lambda: [analyzer.analyze(s).subjectivity for s in sentences])
    print(f"TextBlob subjectivity    {theirs:6.2f}  {mb / theirs:6.2f}   ({theirs_wall:.2f}; one score per sentence)")
    print(f"medialit is {theirs / ours:.1f} times as fast and finds far more (sources, numbers, cue words)")
    short = split_sentences(generated_text(0.01))
    short = (short * (3000 // len(short) + 1))[:3000]
    batch = min(seconds(lambda: annotate_many(short))[0] for _ in range(args.repeat))
    blob = min(seconds(lambda: [TextBlob(s).sentiment for s in short])[0] for _ in range(args.repeat))
    print(f"\n{len(short):,} one-sentence documents      CPU ms per document")
    print(f"medialit annotate_many (one batch)     {1e3 * batch / len(short):.3f}   (four tables, document column)")
    print(f"TextBlob(sentence).sentiment           {1e3 * blob / len(short):.3f}")


if __name__ == "__main__":
    main()
