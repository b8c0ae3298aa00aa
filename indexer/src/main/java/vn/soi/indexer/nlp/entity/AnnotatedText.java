package vn.soi.indexer.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its gold entities, read from inline markup: {@code [PERSON Nguyễn Văn An]}, {@code [POSITION Bí thư]},
 * {@code [UNIT Chi bộ Phòng Nội vụ]}. The markup is removed; the gold spans index into the plain text. Markup does not
 * nest; a {@code [} that does not open markup stays in the text.
 */
public record AnnotatedText(String name, String text, List<Entity> gold) {

    public AnnotatedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }

    /** Parses marked-up text; {@code name} identifies it in errors and reports. */
    public static AnnotatedText parse(String name, String markup) {
        if (markup == null) {
            throw new IllegalArgumentException("annotated text " + name + " must not be null");
        }
        StringBuilder plain = new StringBuilder(markup.length());
        List<Entity> gold = new ArrayList<>();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            EntityKind kind = c == '[' ? kindAt(markup, i + 1) : null;
            if (kind == null) {
                plain.append(c);
                i++;
                continue;
            }
            int from = i + 1 + kind.name().length() + 1;
            int close = markup.indexOf(']', from);
            int newline = markup.indexOf('\n', from);
            if (close < 0 || newline >= 0 && newline < close || markup.indexOf('[', from) >= 0
                    && markup.indexOf('[', from) < close) {
                throw new IllegalArgumentException(name + ": unclosed or nested " + kind + " markup at offset " + i);
            }
            String inner = markup.substring(from, close);
            if (inner.isBlank() || !inner.strip().equals(inner)) {
                throw new IllegalArgumentException(name + ": " + kind + " markup with empty or padded text '" + inner
                        + "' at offset " + i);
            }
            int start = plain.length();
            plain.append(inner);
            gold.add(new Entity(kind, inner, start, plain.length(), inner));
            i = close + 1;
        }
        return new AnnotatedText(name, plain.toString(), gold);
    }

    private static EntityKind kindAt(String markup, int at) {
        for (EntityKind kind : EntityKind.values()) {
            String tag = kind.name() + " ";
            if (markup.startsWith(tag, at)) {
                return kind;
            }
        }
        return null;
    }
}
