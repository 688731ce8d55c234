package dev.kaa.cli;

/** The {@code kaa} command: used like {@code python3.12}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("kaa: not implemented yet");
    System.exit(2);
  }
}
