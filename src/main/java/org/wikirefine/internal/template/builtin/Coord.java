package org.wikirefine.internal.template.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * {@code {{coord}}}: text as Module:Coordinates shows it ({@code 25°2′N 121°38′E} for degrees/minutes,
 * {@code 25.03°N 121.63°E} for decimals) and data ({@code kind=coordinates}: {@code lat}, {@code lon} in signed
 * decimal degrees, {@code display}, {@code name}) through {@link TemplateContext#data}. With
 * {@code display=title} only (no {@code inline}) the coordinates are shown at the top of the page, not in the
 * text: no text is emitted, the data is kept.
 */
public final class Coord implements TemplateHandler {

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        List<String> pos = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String v = call.parameter(Integer.toString(i)).map(String::trim).orElse(null);
            if (v == null) {
                break;
            }
            if (v.contains(":") || v.isEmpty()) {
                continue; // coordinate parameters such as type:city, region:CN
            }
            pos.add(v);
        }
        Parsed p = parse(pos);
        if (p == null) {
            ctx.diagnostic("COORD_UNREADABLE", Diagnostic.Severity.WARNING, "coord: cannot read " + pos);
            return;
        }
        String display = call.parameter("display").map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("inline");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("lat", strip(p.lat));
        data.put("lon", strip(p.lon));
        data.put("display", display);
        call.parameter("name").map(String::trim).filter(s -> !s.isEmpty()).ifPresent(n -> data.put("name", n));
        ctx.data("coordinates", data);
        boolean inline = display.contains("inline") || display.startsWith("i") || !(display.contains("title") || display.equals("t"));
        if (inline) {
            ctx.emitText(p.text);
        }
    }

    private record Parsed(double lat, double lon, String text) {
    }

    private static Parsed parse(List<String> pos) {
        try {
            int ns = indexOfHemisphere(pos, "N", "S");
            if (ns < 0) {
                if (pos.size() < 2) {
                    return null;
                }
                double lat = num(pos.get(0));
                double lon = num(pos.get(1));
                String text = decimal(Math.abs(lat)) + "°" + (lat < 0 ? "S" : "N") + " "
                        + decimal(Math.abs(lon)) + "°" + (lon < 0 ? "W" : "E");
                return new Parsed(lat, lon, text);
            }
            int ew = indexOfHemisphere(pos.subList(ns + 1, pos.size()), "E", "W");
            if (ew < 0) {
                return null;
            }
            ew += ns + 1;
            List<String> latParts = pos.subList(0, ns);
            List<String> lonParts = pos.subList(ns + 1, ew);
            if (latParts.isEmpty() || lonParts.isEmpty() || latParts.size() > 3 || latParts.size() != lonParts.size()) {
                return null;
            }
            String h1 = pos.get(ns).toUpperCase(Locale.ROOT);
            String h2 = pos.get(ew).toUpperCase(Locale.ROOT);
            double lat = dms(latParts) * (h1.equals("S") ? -1 : 1);
            double lon = dms(lonParts) * (h2.equals("W") ? -1 : 1);
            return new Parsed(lat, lon, dmsText(latParts) + h1 + " " + dmsText(lonParts) + h2);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int indexOfHemisphere(List<String> pos, String a, String b) {
        for (int i = 0; i < pos.size(); i++) {
            if (pos.get(i).equalsIgnoreCase(a) || pos.get(i).equalsIgnoreCase(b)) {
                return i;
            }
        }
        return -1;
    }

    private static double num(String s) {
        return Double.parseDouble(s.replace("−", "-"));
    }

    private static double dms(List<String> parts) {
        double v = 0;
        double div = 1;
        for (String p : parts) {
            v += num(p) / div;
            div *= 60;
        }
        return v;
    }

    private static String dmsText(List<String> parts) {
        String[] marks = {"°", "′", "″"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(strip(num(parts.get(i)))).append(marks[i]);
        }
        return sb.toString();
    }

    private static String decimal(double v) {
        return strip(v);
    }

    private static String strip(double v) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
