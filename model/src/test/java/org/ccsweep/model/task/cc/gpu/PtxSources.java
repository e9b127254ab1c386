package org.ccsweep.model.task.cc.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The CUDA sources as build-ptx hashes them, and the PTX modules it writes (tests run in model/). */
final class PtxSources {
    static final Path CUDA = Path.of("src/main/cuda");

    private PtxSources() {
    }

    /** The .cu files' module names, sorted. */
    static List<String> modules() {
        return files().stream().filter(name -> name.endsWith(".cu"))
                .map(name -> name.substring(0, name.length() - ".cu".length())).toList();
    }

    /** SHA-256 of build-ptx, then every *.cu and *.cuh, in byte order of their names, each as "name\n" + bytes. */
    static String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : files()) {
                digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(CUDA.resolve(name)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PTX module's text, as the class path holds it. */
    static String ptx(String module) {
        return new String(CudaDevice.ptx(module), StandardCharsets.US_ASCII);
    }

    private static List<String> files() {
        try (Stream<Path> listing = Files.list(CUDA)) {
            return listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.equals("build-ptx") || name.endsWith(".cu") || name.endsWith(".cuh"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
