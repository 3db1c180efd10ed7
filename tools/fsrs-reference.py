#!/usr/bin/env python3
"""Times the reference optimiser (fsrs-rs through fsrs-rs-python) on a review-log CSV, making
the call Anki's Optimize makes, so `RecallBenchmarks optimize` can print its time beside recall's
on the same machine.

    python3 -m venv .venv-ref && .venv-ref/bin/pip install fsrs-rs-python
    .venv-ref/bin/python tools/fsrs-reference.py ../shared/fsrs/optimizer/synthetic_100k.csv [--seed N] [--runs N]

Prints JSON: the median time of 5 fits (or --runs), the fitted parameters and the number of
items. --seed sets fsrs-rs's batch-shuffling seed (Anki's call uses 2023).
Items: one per review a day or more after the card's previous review, holding the card's
history up to it (same-day reviews inside as delta_t 0), ordered by (day, card, review).
"""
import csv
import json
import statistics
import sys
import time
from collections import defaultdict

import fsrs_rs_python as fsrs


def training_items(path):
    answers = defaultdict(list)
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("split", "train") != "train":
                continue
            order = int(row["review_idx"]) if "review_idx" in row else len(answers[row["card_id"]])
            answers[int(row["card_id"])].append((int(row["day"]), order, int(row["rating"])))
    keyed = []
    for card, reviews in answers.items():
        reviews.sort()
        history = []
        previous_day = None
        for index, (day, _, rating) in enumerate(reviews):
            delta = 0 if previous_day is None else day - previous_day
            history.append(fsrs.FSRSReview(rating, delta))
            if index > 0 and delta > 0:
                keyed.append(((day, card, index), card, list(history)))
            previous_day = day
    keyed.sort(key=lambda entry: entry[0])
    return [fsrs.FSRSItem(reviews) for _, _, reviews in keyed], [card for _, card, _ in keyed]


def option(name, default):
    arguments = sys.argv[2:]
    return int(arguments[arguments.index(name) + 1]) if name in arguments else default


def main():
    items, card_ids = training_items(sys.argv[1])
    model = fsrs.FSRS(fsrs.DEFAULT_PARAMETERS)
    config = fsrs.TrainingConfig(num_epochs=8, seed=option("--seed", 2023))
    times = []
    parameters = None
    for _ in range(option("--runs", 5)):
        started = time.perf_counter()
        parameters = model.compute_parameters(
            items, card_ids=card_ids, enable_short_term=True, num_relearning_steps=1, training_config=config)
        times.append(time.perf_counter() - started)
    print(json.dumps({"seconds_median": statistics.median(times), "parameters": list(parameters), "items": len(items)}))


if __name__ == "__main__":
    main()
