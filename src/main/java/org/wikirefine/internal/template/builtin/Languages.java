package org.wikirefine.internal.template.builtin;

import static org.wikirefine.internal.template.Params.first;
import static org.wikirefine.internal.template.Params.p;


import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wikirefine.TemplateCall;
import org.wikirefine.WikiProfile;
import org.wikirefine.internal.model.Inline;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * Language templates.
 * <ul>
 *   <li>{@code lang}: {@code {{lang|fr|Je suis}}} shows the text only. On zh.wikipedia, Template:Lang wraps text
 *       in a non-Chinese language in {@code -{…}-} so that variant conversion leaves it alone (Japanese kanji
 *       must not become simplified or traditional); the zh profile does the same when the text is plain (no
 *       markup), which keeps the markup model simple.</li>
 *   <li>{@code lang-xx}: the language name, a colon and the text: zh {@code 英語：Foo}, en {@code English: Foo}.
 *       The code comes from the rule's {@code code} option or from the template name ({@code Lang-en}).</li>
 *   <li>{@code jpn} (zh): as zh Template:Jpn: {@code 日语：j／kanji〔kyu〕／kana／hg〔hgt〕／kk rm}, {@code link=no}
 *       drops the {@code 日语：} label.</li>
 *   <li>{@code nihongo} (en): {@code English (漢字, romaji, extra)}; zh profile: {@code English（漢字，romaji）}.</li>
 * </ul>
 */
public final class Languages implements TemplateHandler {

    /** Which template shape. */
    public enum Shape { LANG, LANG_XX, JPN, NIHONGO }

    /** code → {zh name, en name}. zh names follow the form zh.wikipedia shows ({@code 英語}). */
    static final Map<String, String[]> NAMES = new HashMap<>();

    private static void n(String code, String zh, String en) {
        NAMES.put(code, new String[] {zh, en});
    }

    static {
        n("en", "英語", "English"); n("fr", "法語", "French"); n("de", "德語", "German"); n("ja", "日語", "Japanese");
        n("ko", "韓語", "Korean"); n("ru", "俄語", "Russian"); n("es", "西班牙語", "Spanish"); n("pt", "葡萄牙語", "Portuguese");
        n("it", "義大利語", "Italian"); n("ar", "阿拉伯語", "Arabic"); n("nl", "荷蘭語", "Dutch"); n("la", "拉丁語", "Latin");
        n("el", "希臘語", "Greek"); n("grc", "古希臘語", "Ancient Greek"); n("ug", "維吾爾語", "Uyghur"); n("ur", "烏爾都語", "Urdu");
        n("fa", "波斯語", "Persian"); n("gd", "蘇格蘭蓋爾語", "Scottish Gaelic"); n("ga", "愛爾蘭語", "Irish");
        n("vi", "越南語", "Vietnamese"); n("th", "泰語", "Thai"); n("hi", "印地語", "Hindi"); n("tr", "土耳其語", "Turkish");
        n("pl", "波蘭語", "Polish"); n("cs", "捷克語", "Czech"); n("sv", "瑞典語", "Swedish"); n("no", "挪威語", "Norwegian");
        n("da", "丹麥語", "Danish"); n("fi", "芬蘭語", "Finnish"); n("hu", "匈牙利語", "Hungarian"); n("he", "希伯來語", "Hebrew");
        n("id", "印尼語", "Indonesian"); n("ms", "馬來語", "Malay"); n("mn", "蒙古語", "Mongolian"); n("bo", "藏語", "Tibetan");
        n("uk", "烏克蘭語", "Ukrainian"); n("ro", "羅馬尼亞語", "Romanian"); n("bg", "保加利亞語", "Bulgarian");
        n("sr", "塞爾維亞語", "Serbian"); n("hr", "克羅地亞語", "Croatian"); n("tl", "他加祿語", "Tagalog");
        n("sa", "梵語", "Sanskrit"); n("ta", "泰米爾語", "Tamil"); n("bn", "孟加拉語", "Bengali"); n("ka", "格魯吉亞語", "Georgian");
        n("hy", "亞美尼亞語", "Armenian"); n("kk", "哈薩克語", "Kazakh"); n("uz", "烏茲別克語", "Uzbek"); n("ps", "普什圖語", "Pashto");
        n("ku", "庫爾德語", "Kurdish"); n("sq", "阿爾巴尼亞語", "Albanian"); n("is", "冰島語", "Icelandic"); n("et", "愛沙尼亞語", "Estonian");
        n("lv", "拉脫維亞語", "Latvian"); n("lt", "立陶宛語", "Lithuanian"); n("sk", "斯洛伐克語", "Slovak"); n("sl", "斯洛文尼亞語", "Slovene");
        n("ca", "加泰羅尼亞語", "Catalan"); n("eu", "巴斯克語", "Basque"); n("cy", "威爾士語", "Welsh"); n("eo", "世界語", "Esperanto");
        n("zh", "中文", "Chinese"); n("yue", "粵語", "Cantonese"); n("mi", "毛利語", "Māori"); n("haw", "夏威夷語", "Hawaiian");
        n("sw", "斯瓦希里語", "Swahili"); n("am", "阿姆哈拉語", "Amharic"); n("my", "緬甸語", "Burmese"); n("km", "高棉語", "Khmer");
        n("lo", "寮語", "Lao"); n("ne", "尼泊爾語", "Nepali"); n("si", "僧伽羅語", "Sinhala"); n("af", "南非語", "Afrikaans");
        n("yi", "意第緒語", "Yiddish"); n("be", "白俄羅斯語", "Belarusian"); n("az", "亞塞拜然語", "Azerbaijani"); n("tt", "韃靼語", "Tatar");
        n("ky", "吉爾吉斯語", "Kyrgyz"); n("tg", "塔吉克語", "Tajik"); n("tk", "土庫曼語", "Turkmen"); n("mk", "馬其頓語", "Macedonian");
    }

    private final Shape shape;
    private final WikiProfile profile;
    private final String code;

    /** @param code the language of a {@code lang-xx} rule, or {@code null} to read it from the template name */
    public Languages(Shape shape, WikiProfile profile, String code) {
        this.shape = shape;
        this.profile = profile;
        this.code = code;
    }

    /** The language name as the profile shows it; the code itself if unknown. */
    public static String languageName(String code, WikiProfile profile) {
        String[] names = NAMES.get(code.toLowerCase(Locale.ROOT));
        if (names == null) {
            int dash = code.indexOf('-');
            names = dash > 0 ? NAMES.get(code.substring(0, dash).toLowerCase(Locale.ROOT)) : null;
        }
        return names == null ? code : names["zh".equals(profile.citationLanguage()) ? 0 : 1];
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        boolean zh = "zh".equals(profile.citationLanguage());
        switch (shape) {
            case LANG -> {
                String lc = p(call, "1").toLowerCase(Locale.ROOT);
                String text = p(call, "2");
                if (!text.isEmpty()) {
                    emitForeign(ctx, text, zh && !(lc.startsWith("zh") || lc.equals("gan") || lc.equals("yue")));
                }
            }
            case LANG_XX -> {
                String c = code != null ? code : call.name().replaceFirst("(?i)^lang-", "");
                String text = first(call, "1", "text");
                if (text.isEmpty()) {
                    return;
                }
                ctx.emitText(languageName(c, profile) + (zh ? "：" : ": "));
                emitForeign(ctx, text, zh && !c.toLowerCase(Locale.ROOT).startsWith("zh"));
            }
            case JPN -> jpn(call, ctx);
            case NIHONGO -> {
                String en = p(call, "1");
                String kanji = p(call, "2");
                String romaji = p(call, "3");
                String extra = p(call, "4");
                if (!en.isEmpty()) {
                    ctx.emit(ctx.parseInline(en));
                }
                StringBuilder inner = new StringBuilder();
                for (String s : List.of(kanji, romaji, extra)) {
                    if (!s.isEmpty()) {
                        inner.append(inner.length() == 0 ? "" : (zh ? "，" : ", ")).append(s);
                    }
                }
                if (inner.length() > 0) {
                    String open = en.isEmpty() ? "" : (zh ? "（" : " (");
                    String close = en.isEmpty() ? "" : (zh ? "）" : ")");
                    ctx.emit(ctx.parseInline(open + inner + close));
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void jpn(TemplateCall call, TemplateContext ctx) {
        String j = p(call, "j");
        String kanji = p(call, "kanji");
        String kyu = p(call, "kyu");
        String kana = first(call, "kana", "kn");
        String hg = p(call, "hg");
        String hgt = p(call, "hgt");
        String kk = p(call, "kk");
        String rm = p(call, "rm");
        StringBuilder sb = new StringBuilder();
        if (!"no".equals(p(call, "link"))) {
            sb.append("日语：");
        }
        sb.append(nc(j));
        if (!kanji.isEmpty()) {
            sb.append("／").append(nc(kanji));
        }
        if (!kyu.isEmpty()) {
            sb.append("〔").append(nc(kyu)).append("〕");
        }
        if (!kana.isEmpty()) {
            sb.append(any(j, kanji, kyu) ? "／" : "").append(nc(kana));
        }
        if (!hg.isEmpty()) {
            sb.append(any(j, kanji, kyu, kana) ? "／" : "").append(nc(hg));
        }
        if (!hgt.isEmpty()) {
            sb.append("〔").append(nc(hgt)).append("〕");
        }
        if (!kk.isEmpty()) {
            sb.append(any(j, kanji, kyu, kana, hg) ? "／" : "").append(nc(kk));
        }
        if (!rm.isEmpty()) {
            sb.append(' ').append(rm);
        }
        if (!any(j, kanji, kyu, kana, hg, kk, rm)) {
            return;
        }
        ctx.emit(ctx.parseInline(sb.toString()));
    }

    /** Protects plain foreign text from variant conversion (zh only), as {@code {{lang}}} does on zh.wikipedia. */
    private String nc(String text) {
        if (text.isEmpty() || !profile.convertsVariants() || !isPlain(text)) {
            return text;
        }
        return "-{" + text + "}-";
    }

    private void emitForeign(TemplateContext ctx, String text, boolean protect) {
        if (protect && isPlain(text)) {
            ctx.emit(List.of(new Inline.Text("-{" + text + "}-")));
        } else {
            ctx.emit(ctx.parseInline(text));
        }
    }

    private static boolean isPlain(String text) {
        // also not when -{…}- would read part of the text as flags or variant rules (|, =>, zh-xx:)
        return !(text.contains("[") || text.contains("{") || text.contains("}") || text.contains("<")
                || text.contains("''") || text.contains("&") || text.contains("-{") || text.contains("|")
                || text.contains("=>") || text.matches("(?s).*zh(-[a-zA-Z]+)?\\s*:.*"));
    }

    private static boolean any(String... s) {
        for (String x : s) {
            if (!x.isEmpty()) {
                return true;
            }
        }
        return false;
    }


}
