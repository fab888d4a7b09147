"""TIMEX3 benchmark: a hand-annotated news corpus and a TempEval-3 style scorer."""
