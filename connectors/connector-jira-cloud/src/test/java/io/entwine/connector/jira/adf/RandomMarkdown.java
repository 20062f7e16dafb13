package io.entwine.connector.jira.adf;

import java.util.Random;

/**
 * Generates random, often messy Markdown from a seeded {@link Random}: every construct the converter
 * knows, nested, with raw special characters, unbalanced delimiters, sloppy indentation and HTML.
 */
final class RandomMarkdown {

    private static final String[] INLINE = {
        "*em*", "**strong**", "_em_", "__strong__", "~~strike~~", "~one~", "`code`", "``co`de``", "***both***",
        "**bold *nested* bold**", "*a**b**c*", "[link](http://x.y/a_b)", "[t](http://x \"title\")",
        "[sp](<http://x/a b>)", "![alt](http://i/p.png)", "[![b](http://i/b.svg)](http://ci)", "<http://auto.link/x>",
        "<a@b.co>", "<b>bold</b>", "<i>it</i>", "<del>del</del>", "<code>c</code>", "<u>u</u>", "<br>", "<!-- c -->",
        "<span>", "&amp;", "&copy;", "&#35;", "\\*", "\\_", "\\\\", "*", "**", "_", "`", "~~", "[", "]", "(", ")",
        "<", ">", "&", "#", "|", "!", "[ref]", "[ref][]", "x**(a)**y", "**a*b*c**", "a\\", "  ", "\u00a0", "\t",
        "word", "words here", "Ünïcödé", "😀", "1.", "-", "+", ":", "@alice", "http://bare.url"
    };

    private final Random random;

    RandomMarkdown(Random random) {
        this.random = random;
    }

    String document() {
        StringBuilder out = new StringBuilder();
        int blocks = random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            if (i > 0) {
                out.append(chance(0.8) ? "\n\n" : "\n");
            }
            out.append(block(0));
        }
        if (chance(0.2)) {
            out.append(chance(0.5) ? "\n" : "\n\n[ref]: http://ref.example \"Ref\"\n");
        }
        return mutate(out.toString());
    }

    private String block(int depth) {
        int pick = random.nextInt(100);
        if (pick < 30 || depth > 3) {
            return paragraph();
        } else if (pick < 38) {
            return "#".repeat(1 + random.nextInt(7)) + " " + inline(3) + (chance(0.2) ? " ##" : "");
        } else if (pick < 42) {
            return inline(3) + "\n" + (chance(0.5) ? "===" : "---");
        } else if (pick < 58) {
            return list(depth);
        } else if (pick < 68) {
            return prefixed(block(depth + 1) + (chance(0.5) ? "\n\n" + block(depth + 1) : ""), chance(0.8) ? "> " : ">");
        } else if (pick < 78) {
            return code();
        } else if (pick < 82) {
            return new String[] {"---", "***", "___", "- - -"}[random.nextInt(4)];
        } else if (pick < 92) {
            return table();
        }
        return new String[] {"<div>\n*x*\n</div>", "<details>\n<summary>S</summary>\n\nbody\n</details>",
            "<!-- only a comment -->", "<b>\nlone tag\n</b>"}[random.nextInt(4)];
    }

    private String paragraph() {
        StringBuilder out = new StringBuilder(inline(4));
        int lines = random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            out.append(new String[] {"\n", "  \n", "\\\n", "\n   "}[random.nextInt(4)]).append(inline(3));
        }
        return out.toString();
    }

    private String list(int depth) {
        boolean ordered = chance(0.4);
        String marker = ordered ? (random.nextInt(4) + (chance(0.5) ? "." : ")")) : new String[] {"-", "*", "+"}[random.nextInt(3)];
        String indent = " ".repeat(marker.length() + 1);
        StringBuilder out = new StringBuilder();
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                out.append(chance(0.8) ? "\n" : "\n\n");
            }
            String body = chance(0.1) ? "" : chance(0.15) ? "[ ] " + inline(2) : block(depth + 1);
            if (chance(0.3)) {
                body += (chance(0.5) ? "\n" : "\n\n") + block(depth + 1);
            }
            String[] lines = body.split("\n", -1);
            out.append(marker).append(lines[0].isEmpty() ? "" : " " + lines[0]);
            for (int k = 1; k < lines.length; k++) {
                out.append('\n').append(lines[k].isEmpty() ? "" : (chance(0.95) ? indent : "") + lines[k]);
            }
        }
        return out.toString();
    }

    private String code() {
        String fence = chance(0.8) ? "```" : "~~~~";
        String info = chance(0.5) ? new String[] {"java", "js title=x", "c++", "x\\`y", "&amp;"}[random.nextInt(5)] : "";
        StringBuilder out = new StringBuilder(chance(0.1) ? "    indented code\n    more" : fence + info + "\n");
        if (out.charAt(0) != ' ') {
            int lines = random.nextInt(4);
            for (int i = 0; i < lines; i++) {
                out.append(new String[] {"", "  ", "```", "\tx", "int a = *b;", inline(2)}[random.nextInt(6)]).append('\n');
            }
            if (chance(0.9)) {
                out.append(fence);
            }
        }
        return out.toString();
    }

    private String table() {
        int columns = 1 + random.nextInt(3);
        StringBuilder out = new StringBuilder();
        int rows = 2 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                out.append('\n');
            }
            int cells = r == 1 ? columns : Math.max(1, columns + random.nextInt(3) - 1);
            for (int c = 0; c < cells; c++) {
                out.append("| ").append(r == 1 ? new String[] {"---", ":--", "--:", ":-:"}[random.nextInt(4)]
                        : chance(0.2) ? "" : inline(2).replace("\n", " ")).append(' ');
            }
            out.append(chance(0.8) ? "|" : "");
        }
        return out.toString();
    }

    private String inline(int maxTokens) {
        StringBuilder out = new StringBuilder();
        int tokens = 1 + random.nextInt(maxTokens);
        for (int i = 0; i < tokens; i++) {
            if (i > 0 && chance(0.6)) {
                out.append(' ');
            }
            out.append(chance(0.15) ? RandomAdf.TOKENS[random.nextInt(RandomAdf.TOKENS.length)]
                    : INLINE[random.nextInt(INLINE.length)]);
        }
        return out.toString();
    }

    private String prefixed(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(chance(0.95) ? prefix : "").append(line);
        }
        return out.toString();
    }

    /** Sometimes inserts a random special character or line break somewhere. */
    private String mutate(String markdown) {
        StringBuilder out = new StringBuilder(markdown);
        int mutations = chance(0.3) ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < mutations; i++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            if (at > 0 && at < out.length() && Character.isLowSurrogate(out.charAt(at))) {
                continue;
            }
            String specials = "*_`~[]<>#!&|\\\n-+=:1. ";
            out.insert(at, specials.charAt(random.nextInt(specials.length())));
        }
        return out.toString();
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
