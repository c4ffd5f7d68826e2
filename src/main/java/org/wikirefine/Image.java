package org.wikirefine;

/**
 * A file the page shows ({@code [[File:…]]}, a gallery line): dropped from the prose, kept here.
 *
 * @param file    the file link's target as written ({@code File:Aleppo.jpg}, {@code 文件:…})
 * @param caption the caption in the requested variant ({@code ""} if none)
 */
public record Image(String file, String caption) {
}
