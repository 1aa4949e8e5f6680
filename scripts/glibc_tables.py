#!/usr/bin/python3
"""Extracts two glibc tables from the system libm and checks them against their published entries, writing the
resources read by GlibcDoubleMath.java (glibc 2.28 to at least 2.36 ship the same tables):

  log:    __log_data (sysdeps/ieee754/dbl-64/e_log_data.c): ln2hi ln2lo, poly[5], poly1[11], 128 (invc, logc)
  sincos: __sincostab (sysdeps/ieee754/dbl-64/sincostab.c): 110 rows (sin hi, sin lo, cos hi, cos lo) of k/128

  R=parity/src/main/resources/org/seedeverything/parity/internal
  /usr/bin/python3 scripts/glibc_tables.py log > $R/glibc-log-data.txt
  /usr/bin/python3 scripts/glibc_tables.py sincos > $R/glibc-sincos-table.txt
"""
import math
import platform
import struct
import sys

blob = open("/lib/x86_64-linux-gnu/libm.so.6", "rb").read()


def unique(pattern, check=lambda index: True):
    hits = []
    index = blob.find(pattern)
    while index >= 0:
        if check(index):
            hits.append(index)
        index = blob.find(pattern, index + 1)
    assert len(hits) == 1, hits
    return hits[0]


def log_table():
    first = struct.pack("<2d", float.fromhex("0x1.734f0c3e0de9fp+0"), float.fromhex("-0x1.7cc7f79e69000p-2"))
    index = unique(first)
    head = struct.unpack("<18d", blob[index - 18 * 8:index])
    table = struct.unpack("<256d", blob[index:index + 2048])
    assert head[0] == float.fromhex("0x1.62e42fefa3800p-1") and head[7] == -0.5
    assert table[254] == float.fromhex("0x1.756cadbd6130cp-1") and table[255] == float.fromhex("0x1.432eee32fe000p-2")
    print("# glibc %s __log_data: ln2hi ln2lo, poly[5], poly1[11], then 128 lines invc logc" % platform.libc_ver()[1])
    print(" ".join(v.hex() for v in head[0:2]))
    print(" ".join(v.hex() for v in head[2:7]))
    print(" ".join(v.hex() for v in head[7:18]))
    for i in range(128):
        print(table[2 * i].hex() + " " + table[2 * i + 1].hex())


def sincos_table():
    def starts_table(index):
        return abs(struct.unpack("<d", blob[index + 32:index + 40])[0] - math.sin(1 / 128)) < 1e-12

    index = unique(struct.pack("<4d", 0.0, 0.0, 1.0, 0.0), starts_table)
    table = struct.unpack("<440d", blob[index:index + 3520])
    for k in range(110):
        assert abs(table[4 * k] + table[4 * k + 1] - math.sin(k / 128)) < 1e-16
        assert abs(table[4 * k + 2] + table[4 * k + 3] - math.cos(k / 128)) < 1e-16
    print("# glibc %s __sincostab: 110 lines sin-hi sin-lo cos-hi cos-lo of k/128" % platform.libc_ver()[1])
    for k in range(110):
        print(" ".join(v.hex() for v in table[4 * k:4 * k + 4]))


{"log": log_table, "sincos": sincos_table}[sys.argv[1]]()
