package org.wikirefine.internal.template;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point an infobox gives in its own parameters, without a {@code {{coord}}} call: read by the kind of parameter
 * name, never by template name (docs/templates.md, "Coordinates from infobox parameters").
 * <ul>
 *   <li>a latitude and a longitude parameter, each decimal or degrees/minutes/seconds with an optional hemisphere:
 *       {@code latitude}/{@code longitude}, {@code lat}/{@code long}, {@code 纬度}/{@code 经度};</li>
 *   <li>or split into parts: {@code lat_deg}, {@code lat_min}, {@code lat_sec}, {@code lat_dir} (also
 *       {@code latd}/{@code latm}/{@code lats}/{@code latNS}, {@code longd}…{@code longEW}, {@code 纬度度}/{@code 纬度分}…);</li>
 *   <li>or one parameter holding the point as text: {@code coordinates}, {@code coords}, {@code 坐标}, {@code 座標}…
 *       ({@code 22.28, 114.16} or {@code 22°16′N 114°10′E}).</li>
 * </ul>
 * Names are compared without case, spaces, underscores and hyphens. Only unprefixed names count ({@code mouth_lat_d}
 * is one of several points of a river). A value holding markup (a template, a link, a tag) is not read: it is not a
 * number, and reading it here would run it twice.
 */
public final class InfoboxCoordinates {

    private enum Axis { LAT, LON }

    private enum Part { DEG, MIN, SEC, DIR }

    private static final Pattern KEY = Pattern.compile(
            "(latitude|lat|纬度|緯度)(degrees|degree|deg|d|度|minutes|minute|min|m|分|seconds|second|sec|s|秒|ns|dir|direction|hemisphere|方向)?"
                    + "|(longitude|long|lon|lng|经度|經度)(degrees|degree|deg|d|度|minutes|minute|min|m|分|seconds|second|sec|s|秒|ew|dir|direction|hemisphere|方向)?");
    private static final Pattern POINT_KEY = Pattern.compile("coordinates|coordinate|coords|coord|坐标|坐標|座标|座標|经纬度|經緯度");
    /** Numbers of one coordinate: degrees, then minutes and seconds, with their marks or separated by spaces. */
    private static final Pattern NUMBER = Pattern.compile("[+\\-−]?\\d+(?:\\.\\d+)?");
    private static final String NORTH_SOUTH = "NnSs北南";
    private static final String EAST_WEST = "EeWw东東西";
    /** What a key's comparison leaves out. */
    private static final Pattern KEY_NOISE = Pattern.compile("[\\s_\\-]");
    private static final Pattern MARKUP = Pattern.compile("\\{\\{|\\[\\[|<");
    private static final Pattern COMMENT_OR_REF = Pattern.compile("(?is)<!--.*?(-->|$)|<ref\\b[^>]*/>|<ref\\b[^>]*>.*?</ref\\s*>");

    private InfoboxCoordinates() {
    }

    /** The point the parameters give ({@code {lat, lon}}, signed decimal degrees), if they give one. */
    public static Optional<double[]> read(Map<String, String> parameters) {
        Map<Axis, Map<Part, String>> parts = new HashMap<>();
        String point = null;
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            String key = KEY_NOISE.matcher(e.getKey().toLowerCase(Locale.ROOT)).replaceAll("");
            Matcher m = KEY.matcher(key);
            boolean axisKey = m.matches();
            if (!axisKey && (point != null || !POINT_KEY.matcher(key).matches())) {
                continue; // the key first: most infobox parameters are no coordinate, and their values are long
            }
            String value = COMMENT_OR_REF.matcher(e.getValue()).replaceAll("").replace("&nbsp;", " ").strip();
            if (value.isEmpty() || MARKUP.matcher(value).find()) {
                continue;
            }
            if (axisKey) {
                Axis axis = m.group(1) != null ? Axis.LAT : Axis.LON;
                parts.computeIfAbsent(axis, a -> new HashMap<>()).putIfAbsent(part(m.group(axis == Axis.LAT ? 2 : 4)), value);
            } else {
                point = value;
            }
        }
        Double lat = coordinate(parts.get(Axis.LAT), 90, NORTH_SOUTH);
        Double lon = coordinate(parts.get(Axis.LON), 180, EAST_WEST);
        if (lat != null && lon != null) {
            return Optional.of(new double[] {lat, lon});
        }
        return point == null ? Optional.empty() : point(point);
    }

    private static Part part(String suffix) {
        if (suffix == null) {
            return Part.DEG;
        }
        return switch (suffix) {
            case "degrees", "degree", "deg", "d", "度" -> Part.DEG;
            case "minutes", "minute", "min", "m", "分" -> Part.MIN;
            case "seconds", "second", "sec", "s", "秒" -> Part.SEC;
            default -> Part.DIR;
        };
    }

    /** One coordinate from its parts; null if missing, unreadable or out of range ({@code limit} degrees). */
    private static Double coordinate(Map<Part, String> parts, double limit, String hemispheres) {
        if (parts == null || parts.get(Part.DEG) == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(parts.get(Part.DEG));
        for (Part p : new Part[] {Part.MIN, Part.SEC, Part.DIR}) {
            if (parts.get(p) != null) {
                text.append(' ').append(parts.get(p));
            }
        }
        return value(text.toString(), limit, hemispheres);
    }

    /**
     * One coordinate written as text: decimal or degrees/minutes/seconds ({@code 22°16′42″N}, {@code 22 16 42 N},
     * {@code 北纬22.28°}, {@code -22.28}); south and west are negative. Null when it is not such a text.
     *
     * @param hemispheres the letters of this axis' hemispheres ({@link #NORTH_SOUTH} or {@link #EAST_WEST})
     */
    static Double value(String text, double limit, String hemispheres) {
        int sign = 1;
        int found = 0;
        StringBuilder numbers = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (hemispheres.indexOf(c) >= 0) {
                found++;
                sign = "SsWw南西".indexOf(c) >= 0 ? -1 : 1;
                numbers.append(' ');
            } else {
                numbers.append("纬緯经經".indexOf(c) >= 0 ? ' ' : c);
            }
        }
        if (found > 1) {
            return null;
        }
        if (!numbers.toString().matches("[\\s\\d.+\\-−°度'′分\"″秒]*")) {
            return null;
        }
        Matcher n = NUMBER.matcher(numbers);
        double v = 0;
        double div = 1;
        int count = 0;
        boolean negative = false;
        while (n.find()) {
            if (++count > 3) {
                return null;
            }
            String num = n.group().replace('−', '-');
            negative |= num.startsWith("-");
            double part = Math.abs(Double.parseDouble(num));
            if (count > 1 && part >= 60) {
                return null;
            }
            v += part / div;
            div *= 60;
        }
        if (count == 0 || v > limit || (negative && sign < 0)) {
            return null;
        }
        double signed = (negative ? -1 : sign) * v;
        return Math.round(signed * 1e6) / 1e6;
    }

    /**
     * A point written as one text: {@code 22.28, 114.16}, {@code 22°16′N 114°10′E} or {@code 北纬22°16′ 东经114°10′}.
     * The latitude ends at a separator, after its hemisphere letter, or before the longitude's hemisphere word.
     */
    private static Optional<double[]> point(String text) {
        String t = text.strip();
        for (int at = 1; at < t.length(); at++) {
            char c = t.charAt(at);
            char before = t.charAt(at - 1);
            boolean split = ",;，、".indexOf(before) >= 0 || NORTH_SOUTH.indexOf(before) >= 0 && c == ' '
                    || "东東西".indexOf(c) >= 0 && (before == ' ' || Character.isDigit(before) || "°′″'\"".indexOf(before) >= 0);
            if (split) {
                Double lat = value(t.substring(0, at).replaceAll("[,;，、]$", ""), 90, NORTH_SOUTH);
                Double lon = value(t.substring(at), 180, EAST_WEST);
                if (lat != null && lon != null) {
                    return Optional.of(new double[] {lat, lon});
                }
            }
        }
        return Optional.empty();
    }
}
