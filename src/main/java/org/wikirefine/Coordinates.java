package org.wikirefine;

/**
 * A point a page gives with {@code {{coord}}} (in its text or in an infobox), in signed decimal degrees; when no
 * {@code {{coord}}} gives one, the point of an infobox's latitude/longitude parameters.
 *
 * @param lat     latitude, north positive
 * @param lon     longitude, east positive
 * @param display where the page shows it: the call's {@code display=} ({@code inline} by default, {@code title}…),
 *                or {@code infobox} for a point read from infobox parameters
 * @param name    the call's {@code name=}, or {@code null}
 */
public record Coordinates(double lat, double lon, String display, String name) {
}
