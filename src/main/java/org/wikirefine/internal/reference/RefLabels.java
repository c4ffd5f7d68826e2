package org.wikirefine.internal.reference;

/**
 * The label of a reference marker as Cite shows it: {@code 1} in the default group, {@code 注 1} in a named group,
 * letters or roman numerals for the list-style groups that zh and en wikis use ({@code lower-alpha}, …). Cite itself
 * shows {@code group n} for every group; the list styles come from the wikis' {@code MediaWiki:Cite_link_label_group-*}
 * messages for the reserved groups of Help:Cite link labels ({@code decimal}, {@code lower-alpha}, {@code upper-alpha},
 * {@code lower-greek}, {@code lower-roman}, {@code upper-roman}; see docs/references.md).
 */
public final class RefLabels {

    private RefLabels() {
    }

    public static String label(String group, int number) {
        if (group == null || group.isEmpty()) {
            return Integer.toString(number);
        }
        switch (group) {
            case "decimal":
                return Integer.toString(number);
            case "lower-alpha":
            case "lower-latin":
                return alpha(number, 'a');
            case "upper-alpha":
            case "upper-latin":
                return alpha(number, 'A');
            case "lower-roman":
                return roman(number).toLowerCase(java.util.Locale.ROOT);
            case "upper-roman":
                return roman(number);
            case "lower-greek":
                return number <= 24 ? String.valueOf((char) ('α' + number - 1 + (number > 17 ? 1 : 0))) : group + " " + number;
            default:
                return group + " " + number;
        }
    }

    private static String alpha(int n, char base) {
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            n--;
            sb.insert(0, (char) (base + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length && n > 0; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
