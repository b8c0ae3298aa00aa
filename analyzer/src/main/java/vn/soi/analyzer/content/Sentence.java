package vn.soi.analyzer.content;

import java.util.List;

import vn.soi.analyzer.text.TextSpan;
import vn.soi.analyzer.text.Token;
import vn.soi.analyzer.text.Tokens;

/** One sentence of a report part: its span in the normalised text and its tokens (template phrases blanked). */
record Sentence(TextSpan span, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    int words() {
        return Tokens.words(tokens);
    }
}
