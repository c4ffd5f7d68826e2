package org.wikirefine.internal.template.builtin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * {@code {{convert}}}/{@code {{cvt}}}: a value and its conversion, as the wikis show them, for the common units.
 *
 * <ul>
 *   <li>en: {@code {{convert|10|km|mi}}} → {@code 10 kilometres (6.2 mi)} (input unit spelled out, output abbreviated;
 *       {@code abbr=on} abbreviates both, {@code abbr=off} spells both, {@code abbr=in} the input only).</li>
 *   <li>zh: {@code 10公里（6.2英里）} (Chinese unit names, full-width brackets); with {@code abbr=on}:
 *       {@code 10 km（6.2 mi）}.</li>
 *   <li>Ranges {@code 5|to|8}, {@code 5|-|8}, {@code and}, {@code or}, {@code by}, {@code x}; several output units
 *       ({@code m/s|km/h|mph}: joined by {@code ; }); {@code ftin} output; {@code order=flip}/{@code disp=flip},
 *       {@code disp=or}, {@code disp=output only}, {@code disp=number}; precision from the third positional
 *       parameter or {@code sigfig=}.</li>
 *   <li>Default precision (a simplification of Module:Convert): as many significant figures as the input has,
 *       at least two ({@code 100 km} → {@code 62 mi}, {@code 10 km} → {@code 6.2 mi}).</li>
 *   <li>A unit the table does not know: the value and the unit as written, and a {@code CONVERT_UNKNOWN_UNIT}
 *       diagnostic; never an exception.</li>
 * </ul>
 */
public final class Convert implements TemplateHandler {

    /** One unit: symbol, dimension, factor to the SI unit (and offset for temperatures), names. */
    record Unit(String code, String dim, double factor, double offset, String single, String plural, String abbr,
                String zh, String defaultTo) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    private static void u(String code, String dim, double factor, String single, String plural, String abbr, String zh, String to) {
        UNITS.put(code, new Unit(code, dim, factor, 0, single, plural, abbr, zh, to));
    }

    static {
        u("m", "length", 1, "metre", "metres", "m", "米", "ft");
        u("km", "length", 1000, "kilometre", "kilometres", "km", "公里", "mi");
        u("cm", "length", 0.01, "centimetre", "centimetres", "cm", "厘米", "in");
        u("mm", "length", 0.001, "millimetre", "millimetres", "mm", "毫米", "in");
        u("mi", "length", 1609.344, "mile", "miles", "mi", "英里", "km");
        u("ft", "length", 0.3048, "foot", "feet", "ft", "英尺", "m");
        u("in", "length", 0.0254, "inch", "inches", "in", "英寸", "mm");
        u("yd", "length", 0.9144, "yard", "yards", "yd", "码", "m");
        u("nmi", "length", 1852, "nautical mile", "nautical miles", "nmi", "海里", "km");
        u("AU", "length", 1.495978707e11, "astronomical unit", "astronomical units", "AU", "天文单位", "km");
        u("Gm", "length", 1e9, "gigametre", "gigametres", "Gm", "百万公里", "mi");
        u("km2", "area", 1e6, "square kilometre", "square kilometres", "km²", "平方公里", "sqmi");
        u("m2", "area", 1, "square metre", "square metres", "m²", "平方米", "sqft");
        u("ha", "area", 1e4, "hectare", "hectares", "ha", "公顷", "acre");
        u("acre", "area", 4046.8564224, "acre", "acres", "acres", "英亩", "ha");
        u("sqmi", "area", 2589988.110336, "square mile", "square miles", "sq mi", "平方英里", "km2");
        u("sqft", "area", 0.09290304, "square foot", "square feet", "sq ft", "平方英尺", "m2");
        u("km3", "volume", 1e9, "cubic kilometre", "cubic kilometres", "km³", "立方公里", "cumi");
        u("cumi", "volume", 4.168181825e9, "cubic mile", "cubic miles", "cu mi", "立方英里", "km3");
        u("m3", "volume", 1, "cubic metre", "cubic metres", "m³", "立方米", "cuft");
        u("cuft", "volume", 0.028316846592, "cubic foot", "cubic feet", "cu ft", "立方英尺", "m3");
        u("L", "volume", 0.001, "litre", "litres", "L", "升", "USgal");
        u("USgal", "volume", 0.003785411784, "US gallon", "US gallons", "US gal", "美制加仑", "L");
        u("kg", "mass", 1, "kilogram", "kilograms", "kg", "公斤", "lb");
        u("g", "mass", 0.001, "gram", "grams", "g", "克", "oz");
        u("t", "mass", 1000, "tonne", "tonnes", "t", "吨", "ST");
        u("ST", "mass", 907.18474, "short ton", "short tons", "short tons", "短吨", "t");
        u("LT", "mass", 1016.0469088, "long ton", "long tons", "long tons", "长吨", "t");
        u("lb", "mass", 0.45359237, "pound", "pounds", "lb", "磅", "kg");
        u("oz", "mass", 0.028349523125, "ounce", "ounces", "oz", "盎司", "g");
        u("gr", "mass", 0.00006479891, "grain", "grains", "gr", "格令", "g");
        u("km/h", "speed", 1 / 3.6, "kilometre per hour", "kilometres per hour", "km/h", "公里每小时", "mph");
        u("mph", "speed", 0.44704, "mile per hour", "miles per hour", "mph", "英里每小时", "km/h");
        u("m/s", "speed", 1, "metre per second", "metres per second", "m/s", "米每秒", "ft/s");
        u("ft/s", "speed", 0.3048, "foot per second", "feet per second", "ft/s", "英尺每秒", "m/s");
        u("km/s", "speed", 1000, "kilometre per second", "kilometres per second", "km/s", "公里每秒", "mi/s");
        u("mi/s", "speed", 1609.344, "mile per second", "miles per second", "mi/s", "英里每秒", "km/s");
        u("kn", "speed", 1852 / 3600.0, "knot", "knots", "kn", "节", "km/h");
        u("kW", "power", 1000, "kilowatt", "kilowatts", "kW", "千瓦", "hp");
        u("hp", "power", 745.69987158227, "horsepower", "horsepower", "hp", "马力", "kW");
        u("J", "energy", 1, "joule", "joules", "J", "焦耳", "ftlbf");
        u("ftlbf", "energy", 1.3558179483314, "foot-pound force", "foot-pounds force", "ft⋅lbf", "英尺磅力", "J");
        u("bar", "pressure", 1e5, "bar", "bar", "bar", "巴", "psi");
        u("MPa", "pressure", 1e6, "megapascal", "megapascals", "MPa", "兆帕", "psi");
        u("psi", "pressure", 6894.757293168, "pound per square inch", "pounds per square inch", "psi", "磅力每平方英寸", "kPa");
        u("kPa", "pressure", 1000, "kilopascal", "kilopascals", "kPa", "千帕", "psi");
        UNITS.put("C", new Unit("C", "temperature", 1, 273.15, "degree Celsius", "degrees Celsius", "°C", "°C", "F"));
        UNITS.put("F", new Unit("F", "temperature", 5 / 9.0, 255.3722222222222, "degree Fahrenheit", "degrees Fahrenheit", "°F", "°F", "C"));
        UNITS.put("K", new Unit("K", "temperature", 1, 0, "kelvin", "kelvins", "K", "K", "C"));
        // aliases written in pages
        alias("miles", "mi"); alias("mile", "mi"); alias("feet", "ft"); alias("foot", "ft"); alias("metre", "m");
        alias("meter", "m"); alias("sqkm", "km2"); alias("acres", "acre"); alias("lbs", "lb"); alias("°C", "C");
        alias("°F", "F"); alias("kph", "km/h"); alias("kmh", "km/h"); alias("l", "L"); alias("inch", "in");
        alias("kilometre", "km"); alias("kilometer", "km"); alias("kilometres", "km"); alias("kilometers", "km");
    }

    private static void alias(String a, String code) {
        UNITS.put(a, UNITS.get(code));
    }

    private static final java.util.Set<String> RANGE_WORDS = java.util.Set.of("-", "–", "to", "and", "or", "by", "x", "×", "to(-)", "+/-", "±");

    private final WikiProfile profile;
    private final boolean abbrDefaultOn;

    /** @param abbrDefaultOn true for {@code {{cvt}}}, which abbreviates by default */
    public Convert(WikiProfile profile, boolean abbrDefaultOn) {
        this.profile = profile;
        this.abbrDefaultOn = abbrDefaultOn;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        String text = render(call, ctx);
        if (!text.isEmpty()) {
            ctx.emitText(text);
        }
    }

    String render(TemplateCall call, TemplateContext ctx) {
        List<String> pos = new ArrayList<>();
        for (int i = 1; ; i++) {
            var v = call.parameter(Integer.toString(i));
            if (v.isEmpty()) {
                break;
            }
            pos.add(v.get().trim());
        }
        if (pos.isEmpty()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        List<String> joiners = new ArrayList<>();
        int i = 0;
        values.add(pos.get(i++));
        while (i + 1 < pos.size() && RANGE_WORDS.contains(pos.get(i))) {
            joiners.add(pos.get(i));
            values.add(pos.get(i + 1));
            i += 2;
        }
        if (i >= pos.size()) {
            return String.join(" ", pos);
        }
        String fromCode = pos.get(i++);
        Unit from = UNITS.get(fromCode);
        List<String> toCodes = new ArrayList<>();
        Integer precision = null;
        while (i < pos.size()) {
            String p = pos.get(i++);
            if (p.matches("-?\\d+")) {
                precision = Integer.parseInt(p);
                break;
            }
            if (!p.isEmpty()) {
                toCodes.addAll(List.of(p.split("\\s+")));
            }
        }
        List<Double> nums = new ArrayList<>();
        for (String v : values) {
            try {
                nums.add(Double.parseDouble(v.replace(",", "").replace("−", "-")));
            } catch (NumberFormatException e) {
                nums.add(null);
            }
        }
        boolean en = !"zh".equals(profile.citationLanguage());
        if (from == null || nums.contains(null)) {
            ctx.diagnostic("CONVERT_UNKNOWN_UNIT", Diagnostic.Severity.WARNING,
                    "convert: unknown unit or value '" + fromCode + "' / " + values);
            return joinValues(values, joiners, en) + (en ? " " : "") + fromCode;
        }
        if (toCodes.isEmpty()) {
            toCodes.add(from.defaultTo());
        }
        String abbr = call.parameter("abbr").map(String::trim).orElse(abbrDefaultOn ? "on" : "");
        boolean abbrIn = abbr.equals("on") || abbr.equals("unit") || abbr.equals("in") || abbr.equals("values");
        // en abbreviates the output by default; zh writes Chinese unit names on both sides unless abbr=on
        boolean abbrOut = en ? !abbr.equals("off") && !abbr.equals("in") : abbrIn && !abbr.equals("in");
        String disp = call.parameter("disp").map(String::trim).orElse("");
        boolean flip = "flip".equals(call.parameter("order").map(String::trim).orElse("")) || disp.equals("flip");
        boolean adj = "on".equals(call.parameter("adj").map(String::trim).orElse(""));
        Integer sigfig = call.parameter("sigfig").map(String::trim).filter(s -> s.matches("\\d+")).map(Integer::parseInt).orElse(null);

        String input = quantity(values.stream().map(Convert::formatInput).toList(), joiners, from, abbrIn, adj, en, nums);
        List<String> outputs = new ArrayList<>();
        for (String code : toCodes) {
            if (code.equals("ftin")) {
                outputs.add(ftin(nums, from, joiners, en));
                continue;
            }
            Unit to = UNITS.get(code);
            if (to == null || !to.dim().equals(from.dim())) {
                ctx.diagnostic("CONVERT_UNKNOWN_UNIT", Diagnostic.Severity.WARNING, "convert: cannot convert " + fromCode + " to " + code);
                continue;
            }
            List<String> converted = new ArrayList<>();
            for (int k = 0; k < nums.size(); k++) {
                double si = nums.get(k) * from.factor() + from.offset();
                double out = (si - to.offset()) / to.factor();
                converted.add(round(out, values.get(k), precision, sigfig));
            }
            List<Double> outNums = converted.stream().map(s -> Double.parseDouble(s.replace(",", "").replace("−", "-"))).toList();
            outputs.add(quantity(converted, joiners, to, abbrOut, false, en, outNums));
        }
        if (outputs.isEmpty()) {
            return input;
        }
        String out = String.join("; ", outputs);
        if (disp.equals("output only")) {
            return out;
        }
        if (disp.equals("number")) {
            return out.replaceAll("[^0-9.,–\\- ]", "").trim();
        }
        if (disp.equals("or")) {
            return input + (en ? " or " : "或") + out;
        }
        String first = flip ? out : input;
        String second = flip ? input : out;
        return en ? first + " (" + second + ")" : first + "（" + second + "）";
    }

    private String quantity(List<String> vals, List<String> joiners, Unit u, boolean abbr, boolean adj, boolean en, List<Double> nums) {
        String number = joinValues(vals, joiners, en);
        if (!en) {
            if (abbr || u.dim().equals("temperature")) {
                return number + (u.dim().equals("temperature") ? "" : " ") + u.abbr();
            }
            return number + u.zh();
        }
        if (u.dim().equals("temperature")) {
            return number + " " + u.abbr();
        }
        if (abbr) {
            return number + " " + u.abbr();
        }
        if (adj) {
            return number + "-" + u.single();
        }
        boolean one = nums.size() == 1 && nums.get(0) != null && Math.abs(nums.get(0)) == 1.0;
        return number + " " + (one ? u.single() : u.plural());
    }

    private static String joinValues(List<String> vals, List<String> joiners, boolean en) {
        StringBuilder sb = new StringBuilder(vals.get(0));
        for (int k = 0; k < joiners.size(); k++) {
            String j = joiners.get(k);
            String sep = switch (j) {
                case "-", "–", "to(-)" -> "–";
                case "to" -> en ? " to " : "至";
                case "and" -> en ? " and " : "和";
                case "or" -> en ? " or " : "或";
                case "by", "x", "×" -> en ? " × " : "×";
                case "+/-", "±" -> " ± ";
                default -> " " + j + " ";
            };
            sb.append(sep).append(vals.get(k + 1));
        }
        return sb.toString();
    }

    private String ftin(List<Double> nums, Unit from, List<String> joiners, boolean en) {
        List<String> parts = new ArrayList<>();
        for (Double n : nums) {
            double inches = n * from.factor() / 0.0254;
            long total = Math.round(inches);
            long ft = total / 12;
            long in = total % 12;
            parts.add(en ? ft + " ft " + in + " in" : ft + "英尺" + in + "英寸");
        }
        return joinValues(parts, joiners, en);
    }

    /** Formats the input as the wiki shows it: thousands separators added, decimals kept as written. */
    static String formatInput(String raw) {
        String s = raw.replace(",", "").replace("−", "-");
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return raw;
        }
        String sign = s.startsWith("-") ? "−" : "";
        if (!sign.isEmpty()) {
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot);
        return sign + group(intPart) + frac;
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            sb.append(digits.charAt(i));
            int left = n - i - 1;
            if (left > 0 && left % 3 == 0) {
                sb.append(',');
            }
        }
        return sb.toString();
    }

    /** Rounds a converted value: explicit decimals, or significant figures (given, or from the input, at least 2). */
    static String round(double value, String input, Integer precision, Integer sigfig) {
        BigDecimal bd;
        if (precision != null) {
            bd = BigDecimal.valueOf(value).setScale(precision, RoundingMode.HALF_UP);
        } else {
            int sig = sigfig != null ? sigfig : Math.max(2, significantDigits(input));
            if (value == 0) {
                return "0";
            }
            bd = new BigDecimal(value).round(new MathContext(sig, RoundingMode.HALF_UP));
        }
        if (bd.scale() < 0) {
            bd = bd.setScale(0, RoundingMode.UNNECESSARY);
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, bd.scale()));
        f.setMaximumFractionDigits(Math.max(0, bd.scale()));
        String out = f.format(bd);
        return out.startsWith("-") ? "−" + out.substring(1) : out;
    }

    static int significantDigits(String raw) {
        String s = raw.replace(",", "").replace("−", "").replace("-", "");
        if (!s.matches("\\d+(\\.\\d+)?")) {
            return 2;
        }
        if (s.contains(".")) {
            String digits = s.replace(".", "").replaceFirst("^0+", "");
            return Math.max(1, digits.length());
        }
        String digits = s.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(1, digits.length());
    }
}
