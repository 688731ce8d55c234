package dev.kaa.objects;

/**
 * Marks callables whose {@code __get__} binds them to an instance as a method ({@code function}, built-in method
 * descriptors): calling one with the instance as first argument is the same as binding and calling, so special-method
 * calls skip the bound-method object. CPython's {@code Py_TPFLAGS_METHOD_DESCRIPTOR}.
 */
public interface MethodDescriptorFlag {}
