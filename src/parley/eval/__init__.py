"""Built-in evaluations: parley's output scored against public gold data.

Each module reads one gold set (never copied into the project; it lives beside
it in ``shared/data``), runs parley on it and, where one exists, the library a
user would otherwise reach for, and returns a frozen report with the scores and
the speed of both measured in the same run. ``parley eval`` prints these
reports; the metric gates in ``tests/eval`` pin their floors.

    extraction   article body from HTML, on the article-extraction-benchmark
"""
