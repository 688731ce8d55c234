package dev.kaa.compile;

import dev.kaa.parse.CompileError;
import dev.kaa.parse.Mode;
import dev.kaa.parse.TokenKind;
import dev.kaa.parse.Tokenizer;
import dev.kaa.parse.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times Kaa's front end over a set of files held in memory, in one JVM: {@code FrontEndBench ROUNDS WARMUP FILE...}
 * runs each stage (tokenize, parse, parse+symtable) over all files ROUNDS times after WARMUP unreported rounds, and prints
 * one "stage milliseconds" line per reported round. {@code bench/frontend.sh} runs it alternately with CPython and
 * reports medians and ratios.
 */
final class FrontEndBench {
  private FrontEndBench() {}

  private interface Stage {
    void run(byte[] source, String filename);
  }

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    List<byte[]> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      names.add(args[i]);
      sources.add(FrontEndOracle.read(Path.of(args[i])));
    }
    String[] stageNames = {"tokenize", "parse", "parse+symtable"};
    Stage[] stages = {FrontEndBench::tokenize,
        (source, name) -> FrontEnd.parse(source, name, Mode.EXEC, Warnings.IGNORE),
        (source, name) -> FrontEnd.compile(source, name, Mode.EXEC, Warnings.IGNORE)};
    for (int round = 0; round < warmup + rounds; round++) {
      for (int s = 0; s < stages.length; s++) {
        long start = System.nanoTime();
        for (int f = 0; f < sources.size(); f++) {
          try {
            stages[s].run(sources.get(f), names.get(f));
          } catch (CompileError e) {
            // files with syntax errors are timed up to the error, as CPython's side does
          }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (round >= warmup) System.out.println(stageNames[s] + " " + millis);
      }
    }
  }

  private static void tokenize(byte[] source, String filename) {
    Tokenizer tokenizer = Tokenizer.ofBytes(source, filename, Warnings.IGNORE);
    while (tokenizer.next().kind() != TokenKind.ENDMARKER) {
      // only the work of producing the tokens is timed
    }
  }
}
