#!/usr/bin/python3
"""Extracts NumPy's ziggurat tables (ki/wi/fi, float64 and float32, numpy/random/src/distributions/
ziggurat_constants.h) from the compiled numpy.random._generator module, so the Java port uses the very bits NumPy
uses. The tables are located by their published first entries and checked for shape (ki ends, fi decreasing
from 1). Writes the resource read by NumpyZiggurat.java.

  /usr/bin/python3 scripts/numpy_ziggurat_tables.py \
      > parity/src/main/resources/org/seedeverything/parity/numpy/internal/ziggurat-tables.txt
"""
import glob
import os
import struct

import numpy

path = glob.glob(os.path.join(os.path.dirname(numpy.__file__), "random", "_generator*.so"))[0]
blob = open(path, "rb").read()


def at(pattern):
    index = blob.find(pattern)
    assert index >= 0 and blob.find(pattern, index + 1) < 0, pattern
    return index


ki_double = at(struct.pack("<Q", 0x000EF33D8025EF6A))
wi_double = at(struct.pack("<d", 8.68362706080130616677e-16))
ki_float = at(struct.pack("<I", 0x007799EC))
wi_float = at(struct.pack("<f", 4.66198677960027669590e-07))
fi_double = at(struct.pack("<3d", 1.0, 0.977101701267671596263, 0.959879091800106665211))
fi_float = at(struct.pack("<3f", 1.0, 0.977101701267671596263, 0.959879091800106665211))

tables = {
    "ki_double": [v for v in struct.unpack("<256Q", blob[ki_double:ki_double + 2048])],
    "wi_double": [struct.unpack("<Q", struct.pack("<d", v))[0] for v in struct.unpack("<256d", blob[wi_double:wi_double + 2048])],
    "fi_double": [struct.unpack("<Q", struct.pack("<d", v))[0] for v in struct.unpack("<256d", blob[fi_double:fi_double + 2048])],
    "ki_float": list(struct.unpack("<256I", blob[ki_float:ki_float + 1024])),
    "wi_float": list(struct.unpack("<256I", blob[wi_float:wi_float + 1024])),
    "fi_float": list(struct.unpack("<256I", blob[fi_float:fi_float + 1024])),
}
fi = struct.unpack("<256d", blob[fi_double:fi_double + 2048])
assert all(fi[i] > fi[i + 1] for i in range(255)) and fi[0] == 1.0
ki = tables["ki_double"]
assert ki[1] == 0 and ki[255] == 0xF1A5A4B331C4A
print("# NumPy %s ziggurat tables, raw IEEE bits in hex, 256 per table (scripts/numpy_ziggurat_tables.py)"
      % numpy.__version__)
for name, values in tables.items():
    print(name + " " + " ".join("%x" % v for v in values))
