package org.wikirefine.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.wikirefine.Article;
import org.wikirefine.Coordinates;
import org.wikirefine.WikiProfile;
import org.wikirefine.WikiRefiner;

/** Infobox latitude/longitude parameters by kind of name; every expected value computed by hand (d + m/60 + s/3600). */
class InfoboxCoordinatesTest {

    private static Optional<double[]> read(String... keyValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return InfoboxCoordinates.read(params);
    }

    private static void assertPoint(Optional<double[]> p, double lat, double lon) {
        assertThat(p).isPresent();
        assertThat(p.get()[0]).isCloseTo(lat, within(1e-6));
        assertThat(p.get()[1]).isCloseTo(lon, within(1e-6));
    }

    @Test
    void decimalPairs() {
        assertPoint(read("latitude", "22.28", "longitude", "114.16"), 22.28, 114.16);
        assertPoint(read("Lat", "-33.45", "Long", "-70.6667"), -33.45, -70.6667);
        assertPoint(read("纬度", "22.28", "经度", "114.16"), 22.28, 114.16);
        // a hemisphere written with the number
        assertPoint(read("latitude", "33.45°S", "longitude", "70.6667° W"), -33.45, -70.6667);
    }

    @Test
    void degreesMinutesSecondsInParts() {
        // 37 + 10/60 + 12/3600 = 37.17; 36 + 12/60 = 36.2
        assertPoint(read("lat_deg", "36", "lat_min", "12", "lat_sec", "0", "lat_dir", "N",
                "lon_deg", "37", "lon_min", "10", "lon_sec", "12", "lon_dir", "E"), 36.2, 37.17);
        // 33 + 30/60 = 33.5 south; 70 + 40/60 = 70.666667 west
        assertPoint(read("latd", "33", "latm", "30", "latNS", "S", "longd", "70", "longm", "40", "longEW", "W"),
                -33.5, -70.666667);
        assertPoint(read("lat_d", "51", "lat_m", "30", "lat_NS", "N", "long_d", "0", "long_m", "7", "long_EW", "W"),
                51.5, -0.116667);
    }

    @Test
    void degreesMinutesSecondsAsText() {
        // 22 + 16/60 = 22.266667; 114 + 10/60 = 114.166667
        assertPoint(read("纬度", "北纬22°16′", "经度", "东经114°10′"), 22.266667, 114.166667);
        assertPoint(read("latitude", "22°16′0″N", "longitude", "114°10′0″E"), 22.266667, 114.166667);
    }

    @Test
    void onePointParameter() {
        assertPoint(read("coordinates", "22°16′N 114°10′E"), 22.266667, 114.166667);
        assertPoint(read("坐标", "25.03, 121.63"), 25.03, 121.63);
        assertPoint(read("座標", "北緯25°2′ 東經121°38′"), 25.033333, 121.633333);
        // a pair wins over the one-parameter form
        assertPoint(read("coordinates", "1, 2", "lat", "3", "long", "4"), 3, 4);
    }

    @Test
    void notCoordinates() {
        assertThat(read("lat", "12")).isEmpty(); // no longitude
        assertThat(read("latitude", "95", "longitude", "10")).isEmpty(); // out of range
        assertThat(read("lat_deg", "10", "lat_min", "75", "lon_deg", "5")).isEmpty(); // 75 minutes
        assertThat(read("mouth_lat_d", "10", "mouth_long_d", "20")).isEmpty(); // a prefixed point: one of several
        assertThat(read("latitude", "{{coord|1|2}}", "longitude", "3")).isEmpty(); // markup is not read here
        assertThat(read("latitude", "north", "longitude", "east")).isEmpty();
        assertThat(read("latitude", "10 N S", "longitude", "3")).isEmpty(); // two hemispheres
        assertThat(read("coordinates", "somewhere")).isEmpty();
        assertThat(read("population", "22.28", "area", "114.16")).isEmpty();
    }

    @Test
    void commentsAndReferencesAroundANumber() {
        assertPoint(read("latitude", "22.28<ref>Survey</ref>", "longitude", "114.16 <!-- checked -->"), 22.28, 114.16);
    }

    @Test
    void pageCoordinatesFromTheInfoboxOnlyWithoutCoord() {
        WikiRefiner en = WikiRefiner.builder().profile(WikiProfile.ENWIKI).build();
        Article plain = en.parse("{{Infobox settlement\n| name = X\n| latd = 33 | latm = 30 | latNS = S\n"
                + "| longd = 70 | longm = 40 | longEW = W\n}}\nX is a city.", "X");
        assertThat(plain.coordinates()).hasSize(1);
        Coordinates c = plain.coordinates().get(0);
        assertThat(c.lat()).isCloseTo(-33.5, within(1e-6));
        assertThat(c.lon()).isCloseTo(-70.666667, within(1e-6));
        assertThat(c.display()).isEqualTo("infobox");

        Article withCoord = en.parse("{{Infobox settlement\n| name = X\n| latitude = 1 | longitude = 2\n}}\n"
                + "X is a city. {{coord|33|30|S|70|40|W|display=title}}", "X");
        assertThat(withCoord.coordinates()).extracting(Coordinates::display).isEqualTo(List.of("title"));
    }
}
