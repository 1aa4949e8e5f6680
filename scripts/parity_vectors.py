#!/usr/bin/python3
"""Golden vectors for the parity module (src/docs/parity.md), taken from the real libraries.

Run with Debian's python3-torch 1.13.1 and python3-numpy 1.24.2, once per PyTorch CPU capability:

  G=parity/src/test/resources/org/seedeverything/parity/golden
  ATEN_CPU_CAPABILITY=default /usr/bin/python3 scripts/parity_vectors.py torch > $G/torch-1.13-default.tsv
  ATEN_CPU_CAPABILITY=avx2    /usr/bin/python3 scripts/parity_vectors.py torch > $G/torch-1.13-avx2.tsv
  /usr/bin/python3 scripts/parity_vectors.py numpy > $G/numpy-1.24.tsv

Each line is  case <TAB> kind <TAB> payload. The case is op|arg|arg...; kinds: f32/f64 (hex IEEE bits, comma
separated), i64 (decimal), bool (a string of 0/1), hex (bytes), and sha-f32/sha-f64/sha-i64/sha-bool
(count:SHA-256 of the little-endian bytes) for sizes of 4099 and more. Tests read the committed files only.
"""
import hashlib
import math
import os
import struct
import sys

import numpy as np

SIZES = [1, 15, 16, 17, 100, 4099, 1000000]
HASH_FROM = 4099


def emit(case, kind, values):
    values = list(values)
    if kind in ("f32", "f64", "i64", "bool") and len(values) >= HASH_FROM:
        dtype = {"f32": "<f4", "f64": "<f8", "i64": "<i8", "bool": "u1"}[kind]
        raw = np.asarray(values, dtype=dtype).tobytes()
        print("%s\tsha-%s\t%d:%s" % (case, kind, len(values), hashlib.sha256(raw).hexdigest()))
        return
    if kind == "f32":
        payload = ",".join("%08x" % struct.unpack("<I", struct.pack("<f", float(v)))[0] for v in values)
    elif kind == "f64":
        payload = ",".join("%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0] for v in values)
    elif kind == "i64":
        payload = ",".join(str(int(v)) for v in values)
    elif kind == "bool":
        payload = "".join("1" if v else "0" for v in values)
    else:
        payload = values[0]
    print("%s\t%s\t%s" % (case, kind, payload))


def join(*args):
    return "|".join(str(a) for a in args)


def torch_vectors():
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.set_num_threads(1)
    seeds = [0, 1, 42, 2**31 - 1, 2**32 + 7, 2**63 - 1, -1, -42, -2**63]
    print("# torch %s, ATEN_CPU_CAPABILITY=%s, numpy %s" % (
        torch.__version__, os.environ.get("ATEN_CPU_CAPABILITY", "(unset)"), np.__version__))

    def flat(t):
        return t.detach().reshape(-1).tolist()

    for s in seeds:
        torch.manual_seed(s)
        emit(join("initial_seed", s), "i64", [torch.initial_seed()])
        for n in SIZES:
            for op, fn, kind in (("rand", lambda: torch.rand(n), "f32"),
                                 ("rand64", lambda: torch.rand(n, dtype=torch.float64), "f64"),
                                 ("randn", lambda: torch.randn(n), "f32"),
                                 ("randn64", lambda: torch.randn(n, dtype=torch.float64), "f64")):
                torch.manual_seed(s)
                emit(join(op, s, n), kind, flat(fn()))
    # float64 normals go through glibc's double sin/cos: full values (not hashes) for a per-element comparison
    for s in [0, 42]:
        for op, dtype in (("randn64_values", torch.float64),):
            torch.manual_seed(s)
            print("%s\tf64\t%s" % (join(op, s, 4099), ",".join(
                "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in flat(torch.randn(4099, dtype=dtype)))))
    for s in [0, 42, 2**32 + 7]:
        for n in [1, 5, 17, 100, 4099]:
            for lo, hi in [(-0.3, 0.7), (-0.123, 0.456), (2.5, 1000.0)]:
                for op, dtype, kind in (("uniform", torch.float32, "f32"), ("uniform64", torch.float64, "f64")):
                    torch.manual_seed(s)
                    emit(join(op, s, n, repr(lo), repr(hi)), kind, flat(torch.empty(n, dtype=dtype).uniform_(lo, hi)))
            for mean, std in [(0.5, 2.0), (0.1, 0.37)]:
                for op, dtype, kind in (("normal", torch.float32, "f32"), ("normal64", torch.float64, "f64")):
                    torch.manual_seed(s)
                    emit(join(op, s, n, repr(mean), repr(std)), kind, flat(torch.empty(n, dtype=dtype).normal_(mean, std)))
        torch.manual_seed(s)
        base = torch.empty(8, 4)
        base.t().normal_(0.3, 1.7)
        emit(join("normal_noncontiguous", s, 32, repr(0.3), repr(1.7)), "f32", flat(base))
        for n in [1, 17, 100, 4099]:
            for lo, hi in [(0, 10), (-5, 1000), (0, 2**29), (0, 2**31), (0, 2**33), (-2**40, 2**40)]:
                torch.manual_seed(s)
                emit(join("randint", s, n, lo, hi), "i64", flat(torch.randint(lo, hi, (n,))))
        for n in [1, 2, 15, 100, 4099]:
            torch.manual_seed(s)
            emit(join("randperm", s, n), "i64", flat(torch.randperm(n)))
        for n in [17, 100, 4099]:
            torch.manual_seed(s)
            emit(join("bernoulli", s, n, repr(0.3)), "bool", [v != 0 for v in flat(torch.empty(n).bernoulli_(0.3))])
            torch.manual_seed(s)
            emit(join("dropout", s, n, repr(0.25)), "bool", [v != 0 for v in flat(F.dropout(torch.ones(n), 0.25, True))])
        # the element-wise normal cache survives other calls and feeds the next element-wise draw
        torch.manual_seed(s)
        seq = flat(torch.randn(3)) + flat(torch.randn(1, dtype=torch.float64)) + flat(torch.rand(2))
        seq += flat(torch.randn(5)) + flat(torch.randint(0, 10, (3,))) + flat(torch.randn(20))
        seq += flat(torch.randn(1, dtype=torch.float64)) + flat(torch.randn(7, dtype=torch.float64))
        emit(join("sequence", s), "f64", seq)
        # torch.get_rng_state() layout, and what a generator restored from it draws
        for after in ["fresh", "randn3", "rand700"]:
            torch.manual_seed(s)
            if after == "randn3":
                torch.randn(3)
            elif after == "rand700":
                torch.rand(700)
            state = torch.get_rng_state()
            emit(join("state", s, after), "hex", [bytes(state.numpy()).hex()])
            g = torch.Generator()
            g.set_state(state)
            emit(join("after_set_state", s, after), "f64",
                 flat(torch.randn(1, dtype=torch.float64, generator=g)) + flat(torch.rand(3, generator=g)))

    # torch.nn.init and module defaults
    for name, param in [("linear", None), ("conv2d", None), ("sigmoid", None), ("tanh", None), ("relu", None),
                        ("leaky_relu", None), ("leaky_relu", 0.2), ("selu", None)]:
        emit(join("gain", name, param), "f64", [nn.init.calculate_gain(name, param)])
    for s in [0, 42, 2**32 + 7]:
        for shape, a, mode, nl in [((256, 784), 0.0, "fan_in", "leaky_relu"), ((64, 3, 3, 3), math.sqrt(5), "fan_in", "leaky_relu"),
                                   ((10, 20), 0.0, "fan_out", "relu"), ((5, 3), 0.2, "fan_in", "leaky_relu"),
                                   ((7, 6), 0.0, "fan_in", "tanh")]:
            for op, fn in (("kaiming_uniform", nn.init.kaiming_uniform_), ("kaiming_normal", nn.init.kaiming_normal_)):
                torch.manual_seed(s)
                emit(join(op, s, "x".join(map(str, shape)), repr(a), mode, nl), "f32",
                     flat(fn(torch.empty(shape), a=a, mode=mode, nonlinearity=nl)))
        for shape, gain in [((30, 20), 1.0), ((7, 3), 5.0 / 3), ((16, 8, 3, 3), 1.0)]:
            for op, fn in (("xavier_uniform", nn.init.xavier_uniform_), ("xavier_normal", nn.init.xavier_normal_)):
                torch.manual_seed(s)
                emit(join(op, s, "x".join(map(str, shape)), repr(gain)), "f32", flat(fn(torch.empty(shape), gain=gain)))
        for i, o in [(4, 3), (784, 256), (3, 2), (100, 10)]:
            torch.manual_seed(s)
            m = nn.Linear(i, o)
            emit(join("linear", s, i, o), "f32", flat(m.weight) + flat(m.bias))
        torch.manual_seed(s)
        net = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.LayerNorm(256), nn.Linear(256, 10))
        emit(join("sequential_mlp", s), "f32", sum((flat(p) for p in net.parameters()), []))
        torch.manual_seed(s)
        nn.BatchNorm1d(5)
        m = nn.Linear(4, 3)
        emit(join("batchnorm_then_linear", s), "f32", flat(m.weight) + flat(m.bias))
        for op, mk in (("conv1d", lambda: nn.Conv1d(3, 5, 4)), ("conv2d", lambda: nn.Conv2d(3, 8, 3)),
                       ("conv3d", lambda: nn.Conv3d(2, 4, 3))):
            torch.manual_seed(s)
            m = mk()
            emit(join(op, s), "f32", flat(m.weight) + flat(m.bias))
        for num, dim, pad in [(10, 4, None), (10, 4, 2), (3, 4, None), (100, 16, 0)]:
            torch.manual_seed(s)
            emit(join("embedding", s, num, dim, pad), "f32", flat(nn.Embedding(num, dim, padding_idx=pad).weight))
        for op, mk in (("lstm", lambda: nn.LSTM(10, 20)), ("gru", lambda: nn.GRU(10, 20))):
            torch.manual_seed(s)
            emit(join(op, s, 10, 20), "f32", sum((flat(p) for p in mk().parameters()), []))
        for rows, cols in [(6, 4), (3, 5), (64, 64)]:
            torch.manual_seed(s)
            emit(join("orthogonal", s, rows, cols, repr(1.0)), "f32", flat(nn.init.orthogonal_(torch.empty(rows, cols))))
        for n, mean, std, a, b in [(5, 0.0, 1.0, -2.0, 2.0), (100, 0.0, 0.02, -0.04, 0.04), (4099, 0.5, 1.0, -1.0, 2.0)]:
            torch.manual_seed(s)
            emit(join("trunc_normal", s, n, repr(mean), repr(std), repr(a), repr(b)), "f32",
                 flat(nn.init.trunc_normal_(torch.empty(n), mean, std, a, b)))


def numpy_vectors():
    print("# numpy %s" % np.__version__)
    legacy_seeds = [0, 1, 42, 2**31 - 1, 2**32 - 1]
    for s in legacy_seeds:
        for n in SIZES:
            emit(join("legacy_rand", s, n), "f64", np.random.RandomState(s).rand(n))
            emit(join("legacy_randn", s, n), "f64", np.random.RandomState(s).randn(n))
        for n in [1, 17, 100, 4099]:
            for lo, hi in [(0, 10), (-5, 1000), (0, 2**32), (0, 2**32 + 1), (-2**40, 2**40)]:
                emit(join("legacy_randint", s, n, lo, hi), "i64", np.random.RandomState(s).randint(lo, hi, n, dtype=np.int64))
            emit(join("legacy_uniform", s, n, repr(-2.0), repr(3.0)), "f64", np.random.RandomState(s).uniform(-2.0, 3.0, n))
            emit(join("legacy_normal", s, n, repr(1.5), repr(0.5)), "f64", np.random.RandomState(s).normal(1.5, 0.5, n))
            emit(join("legacy_permutation", s, n), "i64", np.random.RandomState(s).permutation(n))
        for pop, size, replace in [(10, 5, True), (10, 5, False), (1000, 30, False)]:
            emit(join("legacy_choice", s, pop, size, replace), "i64", np.random.RandomState(s).choice(pop, size, replace))
        rs = np.random.RandomState(s)
        seq = list(rs.randn(3)) + list(rs.rand(2)) + list(rs.randint(0, 10, 3)) + list(rs.randn(2))
        emit(join("legacy_sequence", s), "f64", seq)
        rs = np.random.RandomState(s)
        rs.randn(3)
        _, key, pos, has_gauss, gauss = rs.get_state()
        emit(join("legacy_state", s, "randn3"), "hex",
             [np.asarray(key, dtype="<u4").tobytes().hex() + "|%d|%d|%s" % (pos, has_gauss, float(gauss).hex())])
    for key in [[5], [1, 2, 3], [2**32 - 1, 0, 7]]:
        emit(join("legacy_array_rand", ",".join(map(str, key)), 17), "f64", np.random.RandomState(key).rand(17))
    for bad in [2**32, 2**32 + 7, 2**63 - 1, -1]:
        try:
            np.random.RandomState(bad)
            emit(join("legacy_seed", bad), "hex", ["accepted"])
        except ValueError as e:
            emit(join("legacy_seed", bad), "hex", ["ValueError: " + str(e)])

    gen_seeds = [0, 1, 42, 2**32 + 7, 2**63 - 1]
    for s in gen_seeds:
        st = np.random.default_rng(s).bit_generator.state["state"]
        emit(join("gen_state", s), "hex", ["%032x|%032x" % (st["state"], st["inc"])])
        for n in SIZES:
            emit(join("gen_random", s, n), "f64", np.random.default_rng(s).random(n))
            emit(join("gen_normal", s, n), "f64", np.random.default_rng(s).standard_normal(n))
            emit(join("gen_normal32", s, n), "f32", np.random.default_rng(s).standard_normal(n, dtype=np.float32))
        for n in [1, 17, 100, 4099]:
            for lo, hi in [(0, 10), (-5, 1000), (0, 2**32), (0, 2**32 + 1), (-2**40, 2**40), (0, 2**63 - 1)]:
                emit(join("gen_integers", s, n, lo, hi), "i64", np.random.default_rng(s).integers(lo, hi, n, dtype=np.int64))
            emit(join("gen_uniform", s, n, repr(-2.0), repr(3.0)), "f64", np.random.default_rng(s).uniform(-2.0, 3.0, n))
            emit(join("gen_gauss", s, n, repr(1.5), repr(0.5)), "f64", np.random.default_rng(s).normal(1.5, 0.5, n))
            emit(join("gen_permutation", s, n), "i64", np.random.default_rng(s).permutation(n))
        emit(join("gen_choice", s, 10, 5), "i64", np.random.default_rng(s).choice(10, 5))
        for pop, size in [(10, 5), (100, 30), (100, 100), (20000, 100), (20000, 1000)]:
            emit(join("gen_choice_noreplace", s, pop, size), "i64",
                 np.random.default_rng(s).choice(pop, size, replace=False))
        g = np.random.default_rng(s)
        seq = list(g.integers(0, 10, 3)) + list(g.random(2)) + list(g.integers(0, 2**40, 2))
        seq += list(g.standard_normal(3)) + list(g.integers(0, 7, 5))
        emit(join("gen_sequence", s), "f64", [float(v) for v in seq])
        ss = np.random.SeedSequence(s)
        children = ss.spawn(2) + ss.spawn(1)
        for i, child in enumerate(children):
            emit(join("gen_spawn", s, i, 4), "f64", np.random.default_rng(child).random(4))


if __name__ == "__main__":
    {"torch": torch_vectors, "numpy": numpy_vectors}[sys.argv[1]]()
