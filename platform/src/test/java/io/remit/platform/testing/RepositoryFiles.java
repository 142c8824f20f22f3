package io.remit.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a file of the repository from a module's working directory, e.g. another service's event schema. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    public static Path find(String pathFromRoot) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(pathFromRoot);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(pathFromRoot + " not found above " + Path.of("").toAbsolutePath());
    }
}
