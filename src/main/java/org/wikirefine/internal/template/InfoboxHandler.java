package org.wikirefine.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.wikirefine.TemplateCall;
import org.wikirefine.internal.model.InfoboxModel;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.wikitext.WikitextScan;

/**
 * Turns an infobox call into an {@link InfoboxModel}: non-empty fields in source order, keys mapped to canonical
 * names by the rule (unmapped keys kept as written), values parsed with {@link TemplateContext#parseInline}.
 *
 * <ul>
 *   <li>Image fields ({@code image}, {@code logo}, {@code map}, {@code flag}… and their zh names) whose value is
 *       only a file name or a file link are dropped, as are their size fields ({@code image_size = 250px});
 *       captions are kept.</li>
 *   <li>Positional parameters (switches such as {@code {{Infobox royalty|royal|consort}}}) and styling parameters
 *       ({@code bgcolor = #ffd400}, {@code 公司色}) are not fields.</li>
 *   <li>A later duplicate of the same parameter replaces the earlier value (MediaWiki keeps the last) but keeps
 *       the first position. Two source keys mapped to one canonical key: the first written wins.</li>
 *   <li>Embedded infoboxes ({@code embed}, {@code module}, {@code child}… or any value that is a single infobox
 *       call) become separate infoboxes listed right after their parent, in source order: the parent is added
 *       first, then the embedded values are parsed (which adds the children).</li>
 * </ul>
 * An infobox left with no field is not added (footers such as {@code Infobox animanga/Footerofja}); fields that only
 * choose a location map ({@code pushpin_map}, {@code map_type}) are dropped like images.
 * The call itself emits nothing into the text.
 */
public final class InfoboxHandler implements TemplateHandler {

    private static final Set<String> IMAGE_KEYS = Set.of(
            "image", "logo", "map", "flag", "seal", "coat_of_arms", "coat of arms", "emblem", "insignia", "photo",
            "picture", "img", "symbol", "image_map", "image_flag", "image_seal", "image_coat", "image_shield",
            "image_skyline", "pushpin_map", "image_logo", "cover", "signature", "crest", "shield",
            "图像", "圖像", "图片", "圖片", "照片", "图像名", "圖像名", "标志", "標誌", "徽标", "徽標", "校徽", "旗帜", "旗幟",
            "地图", "地圖", "图", "圖", "像", "徽章", "签名", "簽名", "封面");

    private static final Pattern IMAGE_KEY = Pattern.compile(
            "(?i)(.*[_ ])?(image|logo|map|flag|seal|emblem|photo|picture|cover|signature|insignia)\\d*([_ ].*)?|.*(图像|圖像|图片|圖片|标志|標誌|地图|地圖|旗帜|旗幟)\\d*");

    private static final Pattern FILE_LINK = Pattern.compile(
            "(?is)\\[\\[\\s*:?\\s*(file|image|datei|bild|fichier|archivo|文件|檔案|档案|图像|圖像|图片|圖片|媒体|媒體|media|ファイル|画像)\\s*:.*\\]\\]");

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[^\\[\\]{}|<>\\n]+\\.(svg|png|jpe?g|gif|tiff?|webp|bmp|xcf)");

    private static final Pattern SIZE_KEY = Pattern.compile("(?i).*(size|width|upright|大小|尺寸|宽度|寬度)\\d*");
    private static final Pattern SIZE_VALUE = Pattern.compile("(?i)(\\d+(\\.\\d+)?\\s*(px)?|\\d+\\s*x\\s*\\d+\\s*px|x\\d+px)");

    private static final Pattern EMBED_KEY = Pattern.compile("(?i)(embed(ded)?|module|child|嵌入|模块|模塊)\\d*");

    private final String template;
    private final Map<String, String> aliasToCanonical;
    private final boolean keepUnmapped;
    private final Predicate<String> isInfoboxName;

    /** The {@code display} of coordinates read from infobox parameters ({@link InfoboxCoordinates}). */
    public static final String INFOBOX_DISPLAY = "infobox";

    /**
     * @param template         the name recorded on the infobox, or {@code null} to use the call's name
     * @param aliasToCanonical source parameter name → canonical key
     * @param keepUnmapped     whether parameters the mapping does not name are kept under their raw name
     * @param isInfoboxName    tells whether a (normalised) template name is an infobox, for embedded values
     */
    public InfoboxHandler(String template, Map<String, String> aliasToCanonical, boolean keepUnmapped,
                          Predicate<String> isInfoboxName) {
        this.template = template;
        this.aliasToCanonical = Map.copyOf(aliasToCanonical);
        this.keepUnmapped = keepUnmapped;
        this.isInfoboxName = isInfoboxName;
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        // key -> raw value, in the position of the first occurrence, last value wins
        Map<String, String> raw = new LinkedHashMap<>();
        for (TemplateCall.Parameter p : call.parameters()) {
            raw.put(p.name().trim(), p.value()); // LinkedHashMap: a re-put keeps the first position
        }
        List<InfoboxModel.Field> fields = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<String> embedded = new ArrayList<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey();
            String value = e.getValue().trim();
            if (value.isEmpty() || key.chars().allMatch(Character::isDigit) || isStyling(key, value)
                    || MAP_SELECTOR.matcher(key.trim()).matches()) {
                continue;
            }
            if (isEmbedded(key, value)) {
                embedded.add(value);
                continue;
            }
            String canonical = aliasToCanonical.get(key);
            if (canonical == null) {
                if (!keepUnmapped) {
                    continue;
                }
                canonical = key;
            }
            if (isImageOnly(key, value) || isImageSize(key, value)
                    || isImageOnly(canonical, value) || isImageSize(canonical, value)) {
                continue;
            }
            if (!seen.add(canonical)) {
                continue;
            }
            List<Inline> parsed = Inlines.tidy(ctx.parseInline(value));
            if (!parsed.isEmpty()) {
                fields.add(new InfoboxModel.Field(canonical, parsed));
            } else {
                seen.remove(canonical);
            }
        }
        if (!fields.isEmpty()) {
            // an infobox with no field (a footer such as Infobox animanga/Footerofja) says nothing
            ctx.addInfobox(new InfoboxModel(template != null ? template : call.name(), fields));
        }
        // Latitude/longitude parameters: the page's point when no {{coord}} gives one (display "infobox").
        InfoboxCoordinates.read(raw).ifPresent(p -> ctx.data("coordinates", Map.of("lat", Double.toString(p[0]),
                "lon", Double.toString(p[1]), "display", INFOBOX_DISPLAY)));
        for (String value : embedded) {
            // the embedded infobox adds itself through the context; its inline output (none) is discarded
            ctx.parseInline(value);
        }
    }

    private boolean isEmbedded(String key, String value) {
        if (EMBED_KEY.matcher(key).matches() && value.startsWith("{{")) {
            return true;
        }
        String name = singleTemplateName(value);
        return name != null && isInfoboxName.test(TemplateNames.normalize(name));
    }

    /** The template name if the value is exactly one template call, else {@code null}. */
    static String singleTemplateName(String value) {
        if (!value.endsWith("}}") || value.startsWith("{{{") || !WikitextScan.isSingleCall(value)) {
            return null;
        }
        int end = 2;
        while (end < value.length() && "|}\n".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        return value.substring(2, end).trim();
    }

    static boolean isImageOnly(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT).trim();
        boolean imageKey = IMAGE_KEYS.contains(k) || IMAGE_KEY.matcher(k).matches();
        if (!imageKey || k.contains("caption") || k.contains("alt") || k.contains("说明") || k.contains("說明")
                || k.contains("text") || k.contains("type")) {
            return false;
        }
        String v = value.trim();
        return (FILE_LINK.matcher(v).matches() && WikitextScan.linkEnd(v, 0) == v.length())
                || FILE_NAME.matcher(v).matches();
    }

    /** Parameters that choose a location-map image ({@code pushpin_map = United States Chicago}): never text. */
    private static final Pattern MAP_SELECTOR = Pattern.compile("(?i)(pushpin_map|pushpin_[a-z_]+|map_type|mapframe[a-z_-]*|map_relief|relief|locmapin|地图类型|地圖類型)");

    private static final Pattern STYLE_KEY = Pattern.compile(
            "(?i)(bgcolou?r|fgcolou?r|bg_colou?r|fg_colou?r|header_colou?r|colou?r_?scheme|style|[a-z_]*_style|公司色|文字色|背景色|文字顏色|文字颜色|主色|色彩)\\d*");
    private static final Pattern COLOUR_KEY = Pattern.compile("(?i).*(colou?r|色).*");
    private static final Pattern CSS_COLOUR = Pattern.compile("(?i)#([0-9a-f]{3}|[0-9a-f]{6})|rgba?\\([^)]*\\)");

    /** Styling parameters ({@code bgcolor = #ffd400}, zh {@code 公司色}): how the box looks, not what it says. */
    static boolean isStyling(String key, String value) {
        String k = key.trim();
        return STYLE_KEY.matcher(k).matches() || (COLOUR_KEY.matcher(k).matches() && CSS_COLOUR.matcher(value.trim()).matches());
    }

    static boolean isImageSize(String key, String value) {
        return SIZE_KEY.matcher(key.trim()).matches() && SIZE_VALUE.matcher(value.trim()).matches();
    }

    /** DBpedia's heuristic: at least two named parameters, and at least 75 % of all parameters named. */
    public static boolean looksLikeInfobox(TemplateCall call) {
        int named = 0;
        for (TemplateCall.Parameter p : call.parameters()) {
            if (!p.name().chars().allMatch(Character::isDigit)) {
                named++;
            }
        }
        int all = call.parameters().size();
        return named >= 2 && named * 4 >= all * 3;
    }
}
