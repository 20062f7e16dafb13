package io.entwine.emulator.jira;

import java.util.ArrayList;
import java.util.List;

/** Splits JQL into words, quoted strings, operators and punctuation. Keywords stay words; the parser knows them. */
final class JqlLexer {

    enum Kind { WORD, STRING, OPERATOR, LPAREN, RPAREN, COMMA, END }

    record Token(Kind kind, String text, int position) {
        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return kind == Kind.END ? "the end of the query" : "'" + text + "'";
        }
    }

    private JqlLexer() {
    }

    static List<Token> tokens(String jql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int start = i++;
                while (i < jql.length() && jql.charAt(i) != c) {
                    if (jql.charAt(i) == '\\' && i + 1 < jql.length()) i++;
                    text.append(jql.charAt(i++));
                }
                if (i >= jql.length()) throw Jql.error("The quoted string starting at character " + (start + 1) + " is not closed.", jql);
                i++;
                out.add(new Token(Kind.STRING, text.toString(), start));
            } else if (c == '(' || c == ')' || c == ',') {
                out.add(new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c), i++));
            } else if (c == '=' || c == '~') {
                out.add(new Token(Kind.OPERATOR, String.valueOf(c), i++));
            } else if (c == '!' || c == '<' || c == '>') {
                boolean twoChars = i + 1 < jql.length() && (jql.charAt(i + 1) == '=' || (c == '!' && jql.charAt(i + 1) == '~'));
                out.add(new Token(Kind.OPERATOR, jql.substring(i, i + (twoChars ? 2 : 1)), i));
                i += twoChars ? 2 : 1;
            } else {
                int start = i;
                while (i < jql.length() && !Character.isWhitespace(jql.charAt(i)) && "\"'(),=!<>~".indexOf(jql.charAt(i)) < 0) i++;
                out.add(new Token(Kind.WORD, jql.substring(start, i), start));
            }
        }
        out.add(new Token(Kind.END, "", jql.length()));
        return out;
    }
}
