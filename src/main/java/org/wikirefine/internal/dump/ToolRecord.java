package org.wikirefine.internal.dump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.wikirefine.BaseConversion;
import org.wikirefine.internal.BuildInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code tool} entry of a run's manifest and stats: the build that made the output ({@link BuildInfo}) and the
 * base conversion tables it used, since variant output depends on them as much as on our code. OpenCC's
 * dictionaries are named by the opencc4j version (our own adjustments are in our commit); a MediaWiki table by
 * its file name and SHA-256, since any copy of {@code ZhConversion.php} may be used.
 */
public final class ToolRecord {

    private static final String OPENCC4J_POM = "/META-INF/maven/com.github.houbb/opencc4j/pom.properties";

    private ToolRecord() {
    }

    /** {@return name, version, commit and, when the run converts, the base tables it converted with} */
    public static ObjectNode of(Optional<BaseConversion> base) {
        BuildInfo build = BuildInfo.current();
        ObjectNode tool = Json.object();
        tool.put("name", "wikirefine");
        tool.put("version", build.version());
        tool.put("commit", build.commit());
        tool.put("uncommitted_changes", build.dirty());
        base.ifPresent(b -> tool.set("conversion_base", Json.MAPPER.valueToTree(baseId(b))));
        return tool;
    }

    /** {@return {@code kind} ({@code opencc} or {@code mediawiki-table}) and what identifies that base} */
    static Map<String, String> baseId(BaseConversion base) {
        Map<String, String> id = new LinkedHashMap<>();
        if (base.mediaWikiTableFile().isPresent()) {
            Path f = base.mediaWikiTableFile().get();
            id.put("kind", "mediawiki-table");
            id.put("file", String.valueOf(f.getFileName()));
            id.put("sha256", sha256(f));
        } else {
            id.put("kind", "opencc");
            id.put("opencc4j", openCc4jVersion());
        }
        return id;
    }

    private static String openCc4jVersion() {
        return BuildInfo.resourceProperties(OPENCC4J_POM).getProperty("version", "unknown");
    }

    private static String sha256(Path f) {
        try {
            return PartSink.sha256(f);
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
