package id.sirakor.minutes.control;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) between two versions of a text, as people read it: kept, removed, added. */
public final class TextDiff {

    private TextDiff() {
    }

    /** @param op ' ' kept, '-' removed, '+' added, '#' a section heading */
    public record Line(char op, String text) implements java.io.Serializable {
        public String getCss() {
            return switch (op) {
                case '+' -> "diff-add";
                case '-' -> "diff-del";
                case '#' -> "diff-head";
                default -> "diff-keep";
            };
        }

        public String getMark() {
            return op == '#' || op == ' ' ? "" : String.valueOf(op);
        }

        public String getText() {
            return text;
        }
    }

    static List<String> split(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        return List.of(s.replace("\r\n", "\n").split("\n", -1));
    }

    public static List<Line> lines(String before, String after) {
        List<String> a = split(before);
        List<String> b = split(after);
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(' ', a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line('-', a.get(i++)));
            } else {
                out.add(new Line('+', b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line('-', a.get(i++)));
        }
        while (j < m) {
            out.add(new Line('+', b.get(j++)));
        }
        return out;
    }
}
