package org.wikirefine.internal.template.builtin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * Date templates: {@code birth date (and age)}, {@code death date (and age)}, {@code start date (and age)},
 * {@code end date}, {@code dts}, zh's {@code bd} and {@code Birth year and age}.
 *
 * <p>zh shows {@code 1990年5月3日} (year or month alone: {@code 1990年}, {@code 1990年5月}); en shows
 * {@code May 3, 1990}, or {@code 3 May 1990} with {@code df=y}. Ages as the templates show them: zh
 * {@code （36歲）}, en {@code (age 36)} / {@code (aged 89)}; start-date ages zh {@code （36年前）}, en
 * {@code (36 years ago)}. Ages that depend on today use the handler's {@link Clock} (UTC), so tests fix it.
 * A date the handler cannot read is shown as written.
 */
public final class Dates implements TemplateHandler {

    /** What a template shows. */
    public enum Mode {
        /** The date only ({@code birth date}, {@code start date}, {@code end date}, {@code dts}). */
        DATE,
        /** Date and age today ({@code birth date and age}). */
        BIRTH_AGE,
        /** Death date and age at death; params 1-3 death, 4-6 birth ({@code death date and age}). */
        DEATH_AGE,
        /** Date and years since ({@code start date and age}). */
        START_AGE,
        /** zh {@code bd}: {@code 1918年8月29日—2008年8月2日}. */
        BD,
        /** zh {@code Birth year and age}: {@code 1964年8月（60歲）}. */
        BIRTH_YEAR_AGE
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private static final Pattern ISO = Pattern.compile("(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private final WikiProfile profile;
    private final Mode mode;
    private final Clock clock;

    public Dates(WikiProfile profile, Mode mode, Clock clock) {
        this.profile = profile;
        this.mode = mode;
        this.clock = clock;
    }

    /** A partial date: month and day may be 0 when unknown. */
    record Ymd(int y, int m, int d) {
        LocalDate date() {
            return LocalDate.of(y, Math.max(1, m), Math.max(1, d));
        }
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        String text = render(call);
        if (!text.isEmpty()) {
            ctx.emitText(text);
        }
    }

    String render(TemplateCall call) {
        boolean en = !"zh".equals(profile.citationLanguage());
        boolean dmy = isYes(call, "df") || "dmy".equalsIgnoreCase(param(call, "format"));
        if (mode == Mode.BD) {
            String birth = param(call, "1") + param(call, "2");
            String death = param(call, "3") + param(call, "4");
            if (birth.isEmpty() && death.isEmpty()) {
                return "";
            }
            return birth + "—" + death;
        }
        Ymd first = ymd(call, 1);
        if (first == null) {
            // unreadable: show what was written, positional parameters joined
            return String.join(" ", List.of(param(call, "1"), param(call, "2"), param(call, "3"))).trim();
        }
        String shown = format(first, en, dmy);
        LocalDate today = LocalDate.now(clock);
        switch (mode) {
            case DATE:
                return shown;
            case BIRTH_AGE: {
                int age = age(first, today);
                return en ? shown + " (age " + age + ")" : shown + "（" + age + "歲）";
            }
            case BIRTH_YEAR_AGE: {
                Ymd ym = new Ymd(first.y(), first.m(), 0);
                int age = today.getYear() - ym.y() - (ym.m() > 0 && today.getMonthValue() < ym.m() ? 1 : 0);
                return en ? format(ym, true, dmy) + " (age " + age + ")" : format(ym, false, dmy) + "（" + age + "歲）";
            }
            case DEATH_AGE: {
                Ymd birth = ymd(call, 4);
                if (birth == null) {
                    return shown;
                }
                int age = age(birth, first.date());
                return en ? shown + " (aged " + age + ")" : shown + "（" + age + "歲）";
            }
            case START_AGE: {
                int years = age(first, today);
                return en ? shown + " (" + years + (years == 1 ? " year" : " years") + " ago)"
                        : shown + "（" + years + "年前）";
            }
            default:
                return shown;
        }
    }

    private static int age(Ymd from, LocalDate to) {
        return Math.max(0, Period.between(from.date(), to).getYears());
    }

    /** Reads y/m/d from positional parameters starting at {@code start}, or an ISO date in the first one. */
    static Ymd ymd(TemplateCall call, int start) {
        String a = digits(param(call, Integer.toString(start)));
        String b = digits(param(call, Integer.toString(start + 1)));
        String c = digits(param(call, Integer.toString(start + 2)));
        Matcher iso = ISO.matcher(a);
        if (b.isEmpty() && iso.matches() && a.contains("-")) {
            return checked(Integer.parseInt(iso.group(1)), iso.group(2) == null ? 0 : Integer.parseInt(iso.group(2)),
                    iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)));
        }
        if (!a.matches("-?\\d{1,4}")) {
            return null;
        }
        int m = b.matches("\\d{1,2}") ? Integer.parseInt(b) : monthNumber(param(call, Integer.toString(start + 1)));
        int d = c.matches("\\d{1,2}") ? Integer.parseInt(c) : 0;
        return checked(Integer.parseInt(a), m, d);
    }

    private static Ymd checked(int y, int m, int d) {
        if (m < 0 || m > 12 || d < 0 || d > 31) {
            return null;
        }
        try {
            LocalDate.of(y, Math.max(1, m), Math.max(1, d));
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return new Ymd(y, m, d);
    }

    private static int monthNumber(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            String full = MONTHS[i].toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && (full.equals(n) || (n.length() >= 3 && full.startsWith(n)))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String digits(String s) {
        // zh pages write 1918年 / 8月 in some date templates
        return s.replaceAll("[年月日号號]$", "").trim();
    }

    static String format(Ymd x, boolean en, boolean dmy) {
        if (!en) {
            return x.y() + "年" + (x.m() > 0 ? x.m() + "月" + (x.d() > 0 ? x.d() + "日" : "") : "");
        }
        if (x.m() == 0) {
            return Integer.toString(x.y());
        }
        String month = MONTHS[x.m() - 1];
        if (x.d() == 0) {
            return month + " " + x.y();
        }
        return dmy ? x.d() + " " + month + " " + x.y() : month + " " + x.d() + ", " + x.y();
    }

    private static boolean isYes(TemplateCall call, String key) {
        String v = param(call, key).toLowerCase(Locale.ROOT);
        return v.equals("y") || v.equals("yes") || v.equals("true") || v.equals("1");
    }

    private static String param(TemplateCall call, String key) {
        return call.parameter(key).map(String::trim).orElse("");
    }
}
