#!/usr/bin/python3
"""Independent reference fingerprints for format fp1 (src/docs/fingerprint-format.md).

Builds the canonical bytes with NumPy and struct, hashes them with the reference XXH3 (the C library behind Debian's
python3-xxhash) or hashlib's SHA-256, and combines chunks in the documented tree. Nothing here shares code with the
Java implementation.
Run:  /usr/bin/python3 scripts/fingerprint_vectors.py > core/src/test/resources/golden/fingerprint-vectors.txt
(needs Debian's python3-numpy and python3-xxhash). Tests read the committed output; they never need Python.
"""
import hashlib
import struct

import numpy as np
import xxhash

CHUNK = 1 << 20
ALGORITHMS = {"xxh128": 1, "sha256": 2}
DTYPES = {"BOOL": 1, "INT8": 2, "UINT8": 3, "INT16": 4, "UINT16": 5, "INT32": 6, "UINT32": 7, "INT64": 8,
          "UINT64": 9, "FLOAT16": 10, "BFLOAT16": 11, "FLOAT32": 12, "FLOAT64": 13, "UTF8": 14, "BYTES": 15}


def digest(algorithm, data):
    if algorithm == "xxh128":
        return xxhash.xxh3_128_digest(data)  # canonical form: high 64 bits big-endian, then low 64 bits
    return hashlib.sha256(data).digest()


def root(algorithm, payload):
    leaves = max(1, -(-len(payload) // CHUNK))

    def subtree(first, count):
        if count == 1:
            return digest(algorithm, payload[first * CHUNK:(first + 1) * CHUNK])
        split = 1 << ((count - 1).bit_length() - 1)  # largest power of two below count
        return digest(algorithm, subtree(first, split) + subtree(first + split, count - split))

    return subtree(0, leaves)


def fingerprint(dtype, shape, payload, algorithm="xxh128"):
    header = struct.pack("<BBBBI", 1, ALGORITHMS[algorithm], DTYPES[dtype], 0, len(shape))
    header += b"".join(struct.pack("<q", d) for d in shape)
    header += struct.pack("<q", len(payload))
    return "fp1:%s:%s" % (algorithm, digest(algorithm, header + root(algorithm, payload)).hex())


def le(array):
    return np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<"), copy=False).tobytes()


def f32_bits(bits):
    return np.array(bits, dtype=np.uint32).view(np.float32)


def f64_bits(bits):
    return np.array(bits, dtype=np.uint64).view(np.float64)


def ramp(count):
    """float32 values (i % 1000) * 0.25 - 100, exact in binary32."""
    return ((np.arange(count, dtype=np.int64) % 1000) * 0.25 - 100).astype(np.float32)


def main():
    rows = []
    six = f32_bits([0x00000000, 0x80000000, 0x3FC00000, 0xC0100000, 0x7F800000, 0x7FC00000])  # 0 -0 1.5 -2.25 inf nan
    rows.append(("float32_2x3", fingerprint("FLOAT32", [2, 3], le(six))))
    rows.append(("float32_6", fingerprint("FLOAT32", [6], le(six))))
    rows.append(("float32_2x3_sha256", fingerprint("FLOAT32", [2, 3], le(six), "sha256")))
    four = f64_bits([0x3FB999999999999A, 0x8000000000000000, 0x7E37E43C8800759C, 0x7FF8000000000001])
    rows.append(("float64_4_payload_nan", fingerprint("FLOAT64", [4], le(four))))
    canonical = f64_bits([0x3FB999999999999A, 0x8000000000000000, 0x7E37E43C8800759C, 0x7FF8000000000000])
    rows.append(("float64_4_canonical_nan", fingerprint("FLOAT64", [4], le(canonical))))
    rows.append(("int32_3", fingerprint("INT32", [3], le(np.array([1, -1, 2147483647], dtype=np.int32)))))
    rows.append(("int64_2", fingerprint("INT64", [2], le(np.array([-2, 2 ** 62], dtype=np.int64)))))
    rows.append(("int8_5", fingerprint("INT8", [5], le(np.array([-128, -1, 0, 1, 127], dtype=np.int8)))))
    rows.append(("int16_2x2", fingerprint("INT16", [2, 2], le(np.array([-32768, -1, 1, 32767], dtype=np.int16)))))
    rows.append(("bool_3", fingerprint("BOOL", [3], bytes([1, 0, 1]))))
    rows.append(("scalar_int64_42", fingerprint("INT64", [], struct.pack("<q", 42))))
    rows.append(("scalar_float64_half", fingerprint("FLOAT64", [], struct.pack("<d", 0.5))))
    rows.append(("utf8_hello", fingerprint("UTF8", [len("héllo wörld".encode())], "héllo wörld".encode())))
    rows.append(("utf8_empty", fingerprint("UTF8", [0], b"")))
    rows.append(("float32_empty", fingerprint("FLOAT32", [0], b"")))
    rows.append(("float32_0x3", fingerprint("FLOAT32", [0, 3], b"")))
    sink = struct.pack("<i", 1) + struct.pack("<q", 2) + b"ab" + struct.pack("<d", 0.5)
    rows.append(("sink_int_string_double", fingerprint("BYTES", [len(sink)], sink)))
    # 4 MiB exactly: 4 leaves, no trailing empty leaf
    rows.append(("ramp_4MiB", fingerprint("FLOAT32", [1 << 20], le(ramp(1 << 20)))))
    # 6.5 MiB: 7 leaves, the last one half full
    seven = ramp(13 << 17)
    rows.append(("ramp_6.5MiB", fingerprint("FLOAT32", [13 << 17], le(seven))))
    rows.append(("ramp_6.5MiB_2d", fingerprint("FLOAT32", [13 << 7, 1 << 10], le(seven))))
    rows.append(("ramp_6.5MiB_sha256", fingerprint("FLOAT32", [13 << 17], le(seven), "sha256")))
    for name, value in rows:
        print("%s\t%s" % (name, value))


if __name__ == "__main__":
    main()
