package org.wikirefine.internal.convert;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over UTF-16 units that shows the lexer every non-ASCII unit as {@code 'x'} while
 * {@link #getText(Interval)} returns the original text. ANTLR's lexer caches DFA edges only for code points
 * 0-127, so without folding every CJK character goes through full ATN simulation (stack-facts 2.3: about 9x
 * slower). Valid because the ConvRule lexer never distinguishes non-ASCII characters. Indices are UTF-16
 * indices, so token offsets can be used directly with {@link String#substring}.
 */
final class FoldingCharStream implements CharStream {

    private final String text;
    private int p;

    FoldingCharStream(String text) {
        this.text = text;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length() - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    @Override
    public void consume() {
        if (p >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        int at;
        if (i > 0) {
            at = p + i - 1;
        } else if (i < 0) {
            at = p + i;
            if (at < 0) {
                return IntStream.EOF;
            }
        } else {
            return 0;
        }
        if (at >= text.length()) {
            return IntStream.EOF;
        }
        char c = text.charAt(at);
        return c < 128 ? c : 'x';
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(index, text.length());
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }
}
