#!/usr/bin/python3
"""Independent reference values for the initialisers (src/docs/init.md).

A second implementation of the block scheme, written from the documentation: NumPy's own SeedSequence for the
per-block derivation, a plain-Python xoshiro256++, the documented uniform conversions, the 256-layer ziggurat and
the truncated-normal methods. Prints golden vectors; tests read the committed output and never need Python.

Run with Debian's python3-numpy:
  /usr/bin/python3 scripts/init_vectors.py > core/src/test/resources/golden/init-vectors.txt
"""
import math
import os
import re
import struct

import numpy as np
from numpy.random import SeedSequence

from derivation_vectors import MASK64, Xoshiro as RawXoshiro, spawn_key  # the derivation spec's own helpers

BLOCK_SIZE = 8192
BLOCK_STREAM = "seedeverything.init.block"


def block_state(seed, block):
    ss = SeedSequence(entropy=seed & MASK64, spawn_key=spawn_key(BLOCK_STREAM, (block,)))
    return [int(v) for v in ss.generate_state(4, np.uint64)]


class Xoshiro(RawXoshiro):
    """xoshiro256++ with the documented uniform conversions."""

    def open_upper(self):
        return (self.next() >> 11) * 2.0 ** -53

    def open_lower(self):
        return ((self.next() >> 11) + 1) * 2.0 ** -53


# ---- ziggurat tables: the exact literals of ZigguratTables.java, checked against a recomputation with this
# platform's libm by the recursion documented on NormalZiggurat (libm and StrictMath may differ in the last bits).
R = 3.6541528853610088
V = 4.92867323399e-3
TABLES_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "src", "main", "java", "org",
                             "seedeverything", "init", "internal", "ZigguratTables.java")


def read_table(source, name):
    body = re.search(r"double\[\] " + name + r" = \{(.*?)\};", source, re.S).group(1)
    return [float.fromhex(text) for text in re.findall(r"-?0x[0-9a-fA-Fp.+-]+", body)]


with open(TABLES_SOURCE, encoding="utf-8") as tables:
    SOURCE = tables.read()
X = read_table(SOURCE, "X")
F = read_table(SOURCE, "F")
assert len(X) == 257 and len(F) == 257
recomputed_x = [0.0] * 257
recomputed_f = [0.0] * 257
recomputed_x[0] = V / math.exp(-0.5 * R * R)
recomputed_x[1] = R
recomputed_f[0] = math.exp(-0.5 * recomputed_x[0] ** 2)
recomputed_f[1] = math.exp(-0.5 * R * R)
for i in range(1, 255):
    recomputed_x[i + 1] = math.sqrt(-2 * math.log(V / recomputed_x[i] + recomputed_f[i]))
    recomputed_f[i + 1] = math.exp(-0.5 * recomputed_x[i + 1] ** 2)
recomputed_f[256] = 1.0
for i in range(257):
    assert abs(X[i] - recomputed_x[i]) <= 64 * math.ulp(max(X[i], 1e-300)), (i, X[i], recomputed_x[i])
    assert abs(F[i] - recomputed_f[i]) <= 64 * math.ulp(F[i]), (i, F[i], recomputed_f[i])


def signed64(x):
    return x - (1 << 64) if x >= (1 << 63) else x


def normal(g):
    while True:
        bits = g.next()
        layer = bits & 0xFF
        x = signed64(bits) >> 11
        x = x * 2.0 ** -52 * X[layer]
        if abs(x) < X[layer + 1]:
            return x
        if layer == 0:
            negative = x < 0
            while True:
                t = -math.log(g.open_lower()) / R
                y = -math.log(g.open_lower())
                if y + y >= t * t:
                    break
            return -(R + t) if negative else R + t
        y = F[layer] + (F[layer + 1] - F[layer]) * g.open_upper()
        if y < math.exp(-0.5 * x * x):
            return x


def truncated_sampler(alpha, beta):
    if alpha <= 0 <= beta and beta - alpha >= 1:
        def sample(g):
            while True:
                z = normal(g)
                if alpha <= z <= beta:
                    return z
        return sample
    mirrored = beta <= 0
    lo, hi = (-beta, -alpha) if mirrored else (alpha, beta)
    nearest = max(lo, 0.0)
    width = hi - lo
    sign = -1.0 if mirrored else 1.0
    if width * (2 * nearest + width) <= 4:
        def sample(g):
            while True:
                z = lo + width * g.open_upper()
                u = g.open_upper()
                if u < math.exp((nearest * nearest - z * z) / 2):
                    return sign * z
        return sample
    lam = (nearest + math.sqrt(nearest * nearest + 4)) / 2

    def sample(g):
        while True:
            z = nearest - math.log(g.open_lower()) / lam
            u = g.open_upper()
            if z <= hi and u <= math.exp(-(z - lam) * (z - lam) / 2):
                return sign * z
    return sample


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_bits(x):
    return struct.unpack("<I", struct.pack("<f", x))[0]


def f64_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def element_producer(kind, dtype, params):
    """Returns a function (generator, count) -> list of values for one block, as the Java kernels do."""
    if kind == "uniform":
        low, high = params
        rng = high - low
        if dtype == "float":
            low32 = np.float32(low)
            range32 = np.float32(high - low)

            def from_mantissa(m):
                # float(0x3f800000 | m) - 1 in float32, then low + range * u in float32 arithmetic
                u = np.frombuffer(struct.pack("<I", 0x3F800000 | m), dtype=np.float32)[0] - np.float32(1.0)
                return float(np.float32(low32 + np.float32(range32 * u)))

            def produce(g, count):
                out = []
                while len(out) + 1 < count:
                    bits = g.next()
                    out.append(from_mantissa(bits >> 41))
                    out.append(from_mantissa((bits & 0xFFFFFFFF) >> 9))
                if len(out) < count:
                    out.append(from_mantissa(g.next() >> 41))
                return out
        else:
            def produce(g, count):
                return [low + rng * ((g.next() >> 11) * 2.0 ** -53) for _ in range(count)]
        return produce
    if kind == "normal":
        mean, std = params
        cast = f32 if dtype == "float" else (lambda v: v)
        return lambda g, count: [cast(mean + std * normal(g)) for _ in range(count)]
    if kind == "trunc":
        mean, std, a, b = params
        sampler = truncated_sampler((a - mean) / std, (b - mean) / std)
        cast = f32 if dtype == "float" else (lambda v: v)
        return lambda g, count: [cast(min(max(mean + std * sampler(g), a), b)) for _ in range(count)]
    raise ValueError(kind)


def elements(kind, dtype, params, seed, length, indices):
    produce = element_producer(kind, dtype, params)
    wanted = {}
    for block in sorted({i // BLOCK_SIZE for i in indices}):
        start = block * BLOCK_SIZE
        count = min(length, start + BLOCK_SIZE) - start
        last_needed = max(i for i in indices if i // BLOCK_SIZE == block) - start + 1
        values = produce(Xoshiro(block_state(seed, block)), count if kind == "uniform" else last_needed)
        for i in indices:
            if i // BLOCK_SIZE == block:
                wanted[i] = values[i - start]
    return [wanted[i] for i in indices]


def bits(dtype, values):
    return ",".join(("%08x" % f32_bits(v)) if dtype == "float" else ("%016x" % f64_bits(v)) for v in values)


LENGTH = 20000
INDICES = list(range(16)) + [8190, 8191, 8192, 8193, 19998, 19999]
CASES = [
    ("uniform", "float", (-1.0, 1.0), 2021),
    ("uniform", "double", (-1.0, 1.0), 2021),
    ("uniform", "float", (0.0, 1.0), -1),
    ("uniform", "double", (-0.05, 0.05), (1 << 63) - 1),
    ("normal", "float", (0.0, 1.0), 2021),
    ("normal", "double", (0.0, 1.0), 2021),
    ("normal", "float", (0.5, 0.02), 0),
    ("normal", "double", (-3.0, 2.5), -(1 << 63)),
    ("trunc", "float", (0.0, 1.0, -2.0, 2.0), 2021),
    ("trunc", "double", (0.0, 1.0, -2.0, 2.0), 7),
    ("trunc", "double", (0.0, 1.0, -0.3, 0.2), 7),
    ("trunc", "double", (0.0, 1.0, 0.5, 1.5), 7),
    ("trunc", "double", (0.0, 1.0, 2.0, float("inf")), 7),
    ("trunc", "double", (1.0, 2.0, -9.0, -3.0), 7),
]

print("# kind dtype params seed length indices -> IEEE bits (float32 or float64, hex) of those elements")
print("# produced by scripts/init_vectors.py (an independent Python route) with NumPy " + np.__version__)
for kind, dtype, params, seed in CASES:
    indices = INDICES
    values = elements(kind, dtype, params, seed, LENGTH, indices)
    print("\t".join([kind, dtype, ",".join(repr(p) for p in params), str(seed), str(LENGTH),
                     ",".join(str(i) for i in indices), bits(dtype, values)]))
