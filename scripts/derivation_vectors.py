#!/usr/bin/python3
"""Independent reference values for the seed derivation (src/docs/derivation.md).

Uses NumPy's own SeedSequence (not our Java port) and a plain-Python xoshiro256++ to print golden vectors.
Run with Debian's python3-numpy:  /usr/bin/python3 scripts/derivation_vectors.py > core/src/test/resources/golden/derivation-vectors.txt
Tests read the committed output; they never need Python. scripts/init_vectors.py imports spawn_key and Xoshiro.
"""
import numpy as np
from numpy.random import SeedSequence

DOMAIN_V1 = 0x53457631
MASK64 = (1 << 64) - 1


def spawn_key(name, path):
    data = name.encode("utf-8")
    words = [DOMAIN_V1, len(data)]
    padded = data + b"\0" * (-len(data) % 4)
    words += [int.from_bytes(padded[i:i + 4], "little") for i in range(0, len(padded), 4)]
    words.append(len(path))
    for element in path:
        unsigned = element & MASK64
        words += [unsigned & 0xFFFFFFFF, unsigned >> 32]
    return tuple(words)


def sequence(master, name, path):
    return SeedSequence(entropy=master & MASK64, spawn_key=spawn_key(name, path))


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK64


class Xoshiro:
    """xoshiro256++ (Blackman and Vigna), raw 64-bit outputs."""

    def __init__(self, state):
        self.s = list(state)

    def next(self):
        s = self.s
        result = (rotl((s[0] + s[3]) & MASK64, 23) + s[0]) & MASK64
        t = (s[1] << 17) & MASK64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result


def xoshiro256pp(state, n):
    generator = Xoshiro(state)
    return [generator.next() for _ in range(n)]


def signed(x):
    return x - (1 << 64) if x >= (1 << 63) else x


CASES = [
    (2021, "x", ()),
    (2021, "dropout", ()),
    (2021, "dropout", (0,)),
    (2021, "dropout", (1,)),
    (2021, "task", (0, 1)),
    (0, "", ()),
    (-1, "x", ()),
    (-(1 << 63), "x", (-(1 << 63),)),
    ((1 << 63) - 1, "x", ((1 << 63) - 1,)),
    (42, "layer1.weight", ()),
    (42, "h\u00e9llo \u4e16\u754c", (7,)),
    (42, "abcd", ()),
    (42, "abcde", ()),
    (0x123456789ABCDEF, "jdk.math-random", ()),
]

def main():
    print("# master name path -> derive, state[4] (xoshiro256++ seed), first 3 xoshiro256++ outputs, 8 uint32 words")
    print("# produced by scripts/derivation_vectors.py with NumPy " + np.__version__)
    for master, name, path in CASES:
        ss = sequence(master, name, path)
        derived = int(ss.generate_state(1, np.uint64)[0])
        state = [int(v) for v in ss.generate_state(4, np.uint64)]
        outputs = xoshiro256pp(state, 3)
        words = [int(v) for v in ss.generate_state(8, np.uint32)]
        fields = [
            str(master),
            name.encode("utf-8").hex() or "-",
            ",".join(str(p) for p in path) or "-",
            str(signed(derived)),
            ",".join(str(signed(v)) for v in state),
            ",".join(str(signed(v)) for v in outputs),
            ",".join(str(w) for w in words),
        ]
        print("\t".join(fields))


if __name__ == "__main__":
    main()
