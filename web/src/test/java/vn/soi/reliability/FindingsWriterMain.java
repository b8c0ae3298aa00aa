package vn.soi.reliability;

import java.io.IOException;
import java.nio.file.Path;

import vn.soi.analyzer.finding.FindingsStore;

/**
 * Child process of the findings crash trial: replaces the store in {@code args[0]} with set B, then A, then B...
 * {@code args[1]} times, printing {@code replaced B 1}, {@code replaced A 2}... after each replace has returned.
 */
public final class FindingsWriterMain {

    private FindingsWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        FindingsStore store = new FindingsStore(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        var a = FindingSets.a();
        var b = FindingSets.b();
        for (int round = 1; round <= rounds; round++) {
            boolean setB = round % 2 == 1;
            store.replace(setB ? b : a);
            System.out.println("replaced " + (setB ? "B" : "A") + " " + round);
            System.out.flush();
        }
    }
}
