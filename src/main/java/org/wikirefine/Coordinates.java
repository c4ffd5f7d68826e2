package org.wikirefine;

/**
 * A point a page gives with {@code {{coord}}} (in its text or in an infobox), in signed decimal degrees.
 *
 * @param lat     latitude, north positive
 * @param lon     longitude, east positive
 * @param display where the page shows it: the call's {@code display=} ({@code inline} by default, {@code title}…)
 * @param name    the call's {@code name=}, or {@code null}
 */
public record Coordinates(double lat, double lon, String display, String name) {
}
