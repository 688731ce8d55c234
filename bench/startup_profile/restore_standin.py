"""A stand-in for a start-up snapshot's restore: make again every function and class that the start-up's modules
hold, from the parts they already have (code objects, globals, bases, namespaces), and time the making alone (thread CPU;
no file is read or decoded). Run under -S (`./kaa -S bench/startup_profile/restore_standin.py`, beside python3.12 -S):
the modules site imports are imported here first. Two rounds: the first is as cold as a restore would be."""
import abc
import sys
import time
import types
import os  # first: genericpath alone would be a circular import (it imports os, which imports posixpath)
import _collections_abc, _sitebuiltins, genericpath, io, posixpath, stat, zipimport  # noqa: F401

MODULES = ['_frozen_importlib', '_frozen_importlib_external', 'zipimport', 'abc', '_collections_abc', 'os', 'stat',
           'posixpath', 'genericpath', 'io', '_sitebuiltins']
HEAP_TYPE = 1 << 9
functions, classes = [], []


def collect(namespace, module):
    for value in list(namespace.values()):
        if type(value) is types.FunctionType:
            functions.append(value)
        elif isinstance(value, (staticmethod, classmethod)) and type(value.__func__) is types.FunctionType:
            functions.append(value.__func__)
        elif (isinstance(value, type) and value.__flags__ & HEAP_TYPE and value.__module__ == module
              and value not in classes):
            classes.append(value)
            collect(value.__dict__, module)


for name in MODULES:
    collect(sys.modules[name].__dict__, sys.modules[name].__name__)  # _collections_abc's is 'collections.abc'
# what type() makes itself from __slots__, or the metaclass from its own state
MADE_BY_TYPE = {'__dict__', '__weakref__', '_abc_impl'}
namespaces = [(cls, {key: value for key, value in cls.__dict__.items()
                     if key not in MADE_BY_TYPE and type(value) is not types.MemberDescriptorType})
              for cls in classes]
# a class whose slot names are also in its namespace (MappingView's _mapping) cannot be made from a copy of it
def own_slots(cls):
    slots = cls.__dict__.get('__slots__', ())
    return {slots} if isinstance(slots, str) else set(slots)


namespaces = [(cls, ns) for cls, ns in namespaces if not own_slots(cls) & set(ns)]


def make_functions():
    return [types.FunctionType(f.__code__, f.__globals__, f.__name__, f.__defaults__, f.__closure__)
            for f in functions]


def make_classes(new):
    return [new(cls, ns) for cls, ns in namespaces]


def through_metaclass(cls, ns):   # what a class statement does: the metaclass's __new__ (ABCMeta's is Python)
    return type(cls)(cls.__name__, cls.__bases__, dict(ns))


def type_new_alone(cls, ns):      # the type itself, as a restore would make it
    return type.__new__(type(cls), cls.__name__, cls.__bases__, dict(ns))


for round_ in (1, 2):
    t0 = time.thread_time()
    made_functions = make_functions()
    t1 = time.thread_time()
    made_classes = make_classes(through_metaclass)
    t2 = time.thread_time()
    make_classes(type_new_alone)
    t3 = time.thread_time()
    print('round %d: %d functions %.1f ms; %d classes (%d ABCMeta) through their metaclass %.1f ms, type.__new__ alone '
          '%.1f ms' % (round_, len(made_functions), (t1 - t0) * 1e3, len(made_classes),
                       sum(type(c) is abc.ABCMeta for c in made_classes), (t2 - t1) * 1e3, (t3 - t2) * 1e3))
