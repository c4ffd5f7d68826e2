package org.wikirefine.internal.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.wikirefine.BaseConversion;
import org.wikirefine.Variant;

/**
 * Development tool: converts a file as one segment (noteTA expanded) and prints the result, for comparison with
 * the MediaWiki oracle. {@code java -cp … ConvertMain FILE VARIANT [mw-table.php] [TITLE]}
 */
public final class ConvertMain {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        Variant v = Variant.fromCode(args[1]).orElseThrow();
        BaseConversion base = args.length > 2 && !args[2].equals("-") ? BaseConversion.mediaWikiTable(Path.of(args[2]))
                : BaseConversion.openCc();
        CGroupLibrary lib = CGroupLibrary.bundled();
        String expanded = MiniTemplates.expandNoteTa(text, new NoteTaHandler(lib), new ArrayList<>());
        ConversionSession s = ZhVariantConverter.create(base).open(v, false, false);
        System.out.println(s.convert(expanded));
        if (args.length > 3) {
            System.out.println("TITLE: " + s.title(args[3], null));
        }
    }
}
