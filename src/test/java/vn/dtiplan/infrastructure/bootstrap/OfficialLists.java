package vn.dtiplan.infrastructure.bootstrap;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The official unit lists and the 2025 ward mapping, copied into the test resources
 * ({@code src/test/resources/bench}, with the README naming their sources and licence) so the tests
 * that check them run on any clone, not only beside the shared data.
 */
final class OfficialLists {

    private OfficialLists() {
    }

    static Reader open(String file) {
        InputStream in = Objects.requireNonNull(OfficialLists.class.getResourceAsStream("/bench/" + file), file);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
