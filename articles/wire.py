"""Wire copies: the same agency story printed by several outlets, recognised by its text.

Outlets print an agency story (APP, PTI, TASS, Reuters) with their own headline, byline and
chrome, and often cut or retouch a sentence; the words of the story stay the same. Each
article's body is reduced to a MinHash signature (datasketch) of its five-word shingles;
two articles whose estimated Jaccard similarity of shingles reaches SAME_STORY print one
story. Unrelated reports of the same happening share few five-word runs and stay apart.
Pure Python, no Django.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
# A copy with its own headline and byline, a retouched phrase and its last paragraph cut
# scores about 0.5 even on a short story; separate reports of one happening, in their own
# words, score below 0.1. (The estimate's error with 128 permutations is about ±0.05.)
SAME_STORY = 0.4
_WORD = re.compile(r"\w+")
_DTYPE = np.dtype("<u8")
# Drawing the hash permutations is most of the cost of a MinHash; they depend on the seed alone.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)


def signature(text: str) -> bytes:
    """The MinHash signature of the text's shingles, as bytes to store; b"" for a short text."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return b""
    shingles = {
        " ".join(words[index : index + SHINGLE_WORDS]).encode()
        for index in range(len(words) - SHINGLE_WORDS + 1)
    }
    minhash = MinHash(
        num_perm=NUM_PERM, seed=SEED, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme
    )
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.astype(_DTYPE).tobytes()


def similarities(candidate: bytes, others: list[bytes]) -> list[float]:
    """Estimated Jaccard similarity of candidate to each of others (0 for an empty one)."""
    if not candidate or not others:
        return [0.0] * len(others)
    mine = np.frombuffer(candidate, dtype=_DTYPE)
    return [
        float(np.mean(np.frombuffer(other, dtype=_DTYPE) == mine)) if other else 0.0
        for other in others
    ]
