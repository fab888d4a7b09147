"""Benchmarks: accuracy and speed figures that end up in docs/benchmarks.md."""
