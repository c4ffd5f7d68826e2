package org.wikirefine.internal.convert;

import java.util.Objects;
import java.util.Optional;

import org.wikirefine.Diagnostic;
import org.wikirefine.TemplateCall;
import org.wikirefine.internal.template.TemplateContext;
import org.wikirefine.internal.template.TemplateHandler;

/**
 * {@code {{noteTA}}} as zh.wikipedia's Module:NoteTA expands it (conversion-semantics.md 2.1): hidden conversion
 * markup emitted at the call's position, in the module's order: {@code -{T|<T>}-}; then for G1…G30 one
 * {@code -{H|rule}-} per item of the named conversion group; then {@code -{H|<n>}-} for n = 1…30. Later rules
 * win on equal keys, so local rules override groups. {@code G31}/{@code 31} and beyond are ignored, as the module
 * ignores them (it only adds a tracking category). The markup is converted later with the rest of the page, so
 * the rules apply from this position onward. A group's rules are emitted as one {@link RuleBlock} token, which the
 * converter applies exactly as the rules one by one but from a table shared by every page naming the group.
 * Each group and each local rule is added once per page ({@link TemplateContext#emittedRules()}): a page that
 * repeats a call (3,000 {@code {{noteTA|G1=IT}}} in a hostile page, each group 1,600 rules) costs what one call
 * costs. MediaWiki would re-add them at the later call, which differs only where a rule between the two calls
 * redefined one of the same words; there the redefinition keeps winning here. Stateless and thread-safe.
 */
public final class NoteTaHandler implements TemplateHandler {

    /** Parameters per kind that Module:NoteTA reads. */
    static final int MAX_PARAMS = 30;

    private final CGroupLibrary groups;

    /** A handler using the bundled conversion groups. */
    public NoteTaHandler() {
        this(CGroupLibrary.bundled());
    }

    public NoteTaHandler(CGroupLibrary groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    @Override
    public void handle(TemplateCall call, TemplateContext ctx) {
        ctx.emitText(expand(call, ctx));
    }

    /** The hidden markup for a call (also reports unknown groups and ignored parameters through ctx, if given). */
    String expand(TemplateCall call, TemplateContext ctx) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> emitted = ctx != null ? ctx.emittedRules() : new java.util.HashSet<>();
        Optional<String> t = present(call, "T");
        t.ifPresent(v -> sb.append("-{T|").append(v).append("}-"));
        for (int i = 1; i <= MAX_PARAMS; i++) {
            Optional<String> g = present(call, "G" + i);
            if (g.isEmpty()) {
                continue;
            }
            Optional<CGroup> group = groups.find(g.get().trim());
            if (group.isEmpty()) {
                if (ctx != null) {
                    ctx.diagnostic("NOTETA_UNKNOWN_GROUP", Diagnostic.Severity.WARNING,
                            "conversion group '" + g.get().trim() + "' (G" + i + ") is not in the CGroup library; its rules are missing");
                }
                continue;
            }
            if (emitted.add("group:" + group.get().name())) {
                RuleBlock block = RuleBlock.of(group.get().rules());
                if (block != null) {
                    sb.append(block.token());
                } else {
                    for (String rule : group.get().rules()) {
                        hidden(rule, emitted, sb);
                    }
                }
            }
        }
        for (int i = 1; i <= MAX_PARAMS; i++) {
            present(call, String.valueOf(i)).ifPresent(v -> hidden(v, emitted, sb));
        }
        if (ctx != null) {
            for (TemplateCall.Parameter p : call.parameters()) {
                String n = p.name();
                String num = n.startsWith("G") ? n.substring(1) : n;
                if (num.matches("\\d+") && Integer.parseInt(num) > MAX_PARAMS && !p.value().isBlank()) {
                    ctx.diagnostic("NOTETA_PARAM_IGNORED", Diagnostic.Severity.INFO,
                            "noteTA parameter " + n + " is beyond " + MAX_PARAMS + " and ignored, as Module:NoteTA does");
                }
            }
        }
        return sb.toString();
    }

    private static void hidden(String rule, java.util.Set<String> emitted, StringBuilder sb) {
        if (emitted.add(rule)) {
            sb.append("-{H|").append(rule).append("}-");
        }
    }

    /** A parameter the module treats as present: non-blank after trimming. The value is passed on as written. */
    private static Optional<String> present(TemplateCall call, String key) {
        return call.parameter(key).filter(v -> !v.trim().isEmpty());
    }
}
