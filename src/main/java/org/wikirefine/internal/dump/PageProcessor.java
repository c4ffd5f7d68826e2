package org.wikirefine.internal.dump;

import java.util.List;
import java.util.Optional;

import org.wikirefine.BaseConversion;
import org.wikirefine.Page;

/**
 * Turns one page into output bodies, one per requested variant. Called from several worker threads at once.
 * It may throw (or overflow its stack): the pipeline turns that into an error record and goes on. A processor
 * that never returns is abandoned by the pipeline's watchdog.
 *
 * <p>The dump pipeline is written against this interface so it can be tested with fakes; the real one is
 * {@link RefinerPageProcessor}.
 */
@FunctionalInterface
public interface PageProcessor {

    Result process(Page page) throws Exception;

    /** {@return the base conversion tables the processor converts with, if it converts at all} */
    default Optional<BaseConversion> baseConversion() {
        return Optional.empty();
    }

    /**
     * @param outputs          one per variant, in the requested order
     * @param diagnosticCodes  diagnostic codes of the page (for {@code --stats}); duplicates count
     * @param unknownTemplates names of templates no rule handled (for {@code --stats}); duplicates count
     */
    record Result(List<Output> outputs, List<String> diagnosticCodes, List<String> unknownTemplates) {
        public Result {
            outputs = List.copyOf(outputs);
            diagnosticCodes = List.copyOf(diagnosticCodes);
            unknownTemplates = List.copyOf(unknownTemplates);
        }
    }

    /**
     * @param variant the variant code ({@code zh-tw})
     * @param body    the rendering: a single-line JSON object for JSON output, else the document text
     */
    record Output(String variant, String body) {
    }
}
