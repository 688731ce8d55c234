/**
 * Bytecode: the instruction set declared once ({@link dev.kaa.bytecode.Op}), and (to come) the code object, the
 * disassembler and marshal. See docs/bytecode.md.
 */
package dev.kaa.bytecode;
