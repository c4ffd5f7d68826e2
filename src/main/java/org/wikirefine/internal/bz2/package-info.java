/**
 * A bzip2 decoder for whole in-memory streams, written from the file format, faster than commons-compress on
 * dump streams (docs/dumps.md, "bz2 decoder"). Anything it does not expect makes it give up, and the caller
 * decodes that stream with commons-compress, which then reports damage exactly as before.
 */
package org.wikirefine.internal.bz2;
