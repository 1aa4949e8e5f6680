#!/usr/bin/python3
"""Reference values from PyTorch itself for the initialisers' formulas (src/docs/init.md).

Records what torch.nn.init computes: calculate_gain, fan-in/fan-out, and the bounds and standard deviations that
kaiming_*, xavier_* and the nn.Linear / nn.Conv2d defaults hand to uniform_/normal_ (captured by wrapping those two
tensor methods). Tests read the committed output and never need Python.

Run with Debian's python3-torch:
  /usr/bin/python3 scripts/pytorch_init_facts.py > core/src/test/resources/golden/pytorch-init-facts.txt
"""
import math

import torch
import torch.nn as nn
import torch.nn.init as init

calls = []
original_uniform = torch.Tensor.uniform_
original_normal = torch.Tensor.normal_


def recording_uniform(self, a=0.0, b=1.0, **kwargs):
    calls.append(("uniform", a, b))
    return original_uniform(self, a, b, **kwargs)


def recording_normal(self, mean=0.0, std=1.0, **kwargs):
    calls.append(("normal", mean, std))
    return original_normal(self, mean, std, **kwargs)


torch.Tensor.uniform_ = recording_uniform
torch.Tensor.normal_ = recording_normal


def captured(action):
    calls.clear()
    action()
    assert len(calls) == 1, calls
    return calls[0]


def shape_text(shape):
    return ",".join(str(d) for d in shape)


print("# PyTorch " + torch.__version__ + " reference values, produced by scripts/pytorch_init_facts.py")
print("# gain <nonlinearity> <param or -> <value>")
for name, param in [("linear", None), ("conv1d", None), ("conv2d", None), ("conv3d", None),
                    ("conv_transpose1d", None), ("conv_transpose2d", None), ("conv_transpose3d", None),
                    ("sigmoid", None), ("tanh", None), ("relu", None), ("leaky_relu", None),
                    ("leaky_relu", 0.2), ("leaky_relu", math.sqrt(5)), ("leaky_relu", 0.0), ("selu", None)]:
    value = init.calculate_gain(name, param)
    print("gain\t%s\t%s\t%r" % (name, "-" if param is None else repr(param), value))

SHAPES = [(256, 784), (10, 256), (784, 256), (16, 3, 5, 5), (64, 32, 3), (8, 4, 3, 3, 3), (1, 1)]
print("# fans <shape> <fan_in> <fan_out>")
for shape in SHAPES:
    fan_in, fan_out = init._calculate_fan_in_and_fan_out(torch.empty(shape))
    print("fans\t%s\t%d\t%d" % (shape_text(shape), fan_in, fan_out))

print("# <function> <shape> <arguments> -> <distribution> <low or mean> <high or std>")
for shape in SHAPES:
    for gain in (1.0, init.calculate_gain("tanh"), init.calculate_gain("relu")):
        kind, p, q = captured(lambda: init.xavier_uniform_(torch.empty(shape), gain=gain))
        print("xavier_uniform\t%s\tgain=%r\t%s\t%r\t%r" % (shape_text(shape), gain, kind, p, q))
        kind, p, q = captured(lambda: init.xavier_normal_(torch.empty(shape), gain=gain))
        print("xavier_normal\t%s\tgain=%r\t%s\t%r\t%r" % (shape_text(shape), gain, kind, p, q))
    for a, mode, nonlinearity in [(0, "fan_in", "leaky_relu"), (0, "fan_in", "relu"), (0, "fan_out", "relu"),
                                  (math.sqrt(5), "fan_in", "leaky_relu"), (0.2, "fan_out", "leaky_relu"),
                                  (0, "fan_in", "tanh"), (0, "fan_in", "selu")]:
        args = "a=%r,mode=%s,nonlinearity=%s" % (a, mode, nonlinearity)
        kind, p, q = captured(lambda: init.kaiming_uniform_(torch.empty(shape), a=a, mode=mode,
                                                            nonlinearity=nonlinearity))
        print("kaiming_uniform\t%s\t%s\t%s\t%r\t%r" % (shape_text(shape), args, kind, p, q))
        kind, p, q = captured(lambda: init.kaiming_normal_(torch.empty(shape), a=a, mode=mode,
                                                           nonlinearity=nonlinearity))
        print("kaiming_normal\t%s\t%s\t%s\t%r\t%r" % (shape_text(shape), args, kind, p, q))

print("# <module> <weight shape> -> weight distribution, bias distribution (nn.Module reset_parameters)")
for module in [nn.Linear(784, 256), nn.Linear(256, 10), nn.Linear(3, 1), nn.Conv2d(3, 16, 5), nn.Conv1d(32, 64, 3)]:
    calls.clear()
    module.reset_parameters()
    assert len(calls) == 2, calls
    (wk, wp, wq), (bk, bp, bq) = calls
    print("default\t%s\t%s\t%r\t%r\t%s\t%r\t%r" % (shape_text(module.weight.shape), wk, wp, wq, bk, bp, bq))
