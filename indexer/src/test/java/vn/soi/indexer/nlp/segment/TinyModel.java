package vn.soi.indexer.nlp.segment;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small model files in VnCoreNLP's formats into a test's temporary folder. */
final class TinyModel {

    /** Rules: keep the initial tags, except that "ban" after "ủy" (old style in the file) is forced into the word. */
    static final String RULES = """
            True : object.conclusion = "NN"
            \tobject.tag == "I" : object.conclusion = "I"
            \t\tobject.prevWord1 == "cán" and object.word == "bộ" : object.conclusion = "B"
            \tobject.tag == "B" : object.conclusion = "B"
            \t\tobject.prevWord1 == "uỷ" and object.word == "ban" : object.conclusion = "I"
            \t\t\tobject.nextWord1 == "" : object.conclusion = "B"
            """;

    private TinyModel() {
    }

    /** A {@code wordsegmenter} folder with the given rules and a vocabulary object written by Java serialisation. */
    static Path write(Path parent, String rules, Serializable vocabulary) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("models").resolve("wordsegmenter"));
        Files.writeString(folder.resolve("wordsegmenter.rdr"), rules, StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(folder.resolve("vi-vocab"));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(vocabulary);
        }
        return parent.resolve("models");
    }
}
