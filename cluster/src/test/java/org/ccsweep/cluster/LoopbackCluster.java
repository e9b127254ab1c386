package org.ccsweep.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on loopback: a master and workers, each its own JVM, started from a
 * stand-in Spark distribution (SPARK_HOME with jars/ = the jars Spark provides, as Maven resolved
 * them for this module, and a bin/spark-submit that runs SparkSubmit on them). Executors therefore
 * see Spark's jars and the application jar only, as on a real cluster.
 *
 * <p>Every wait polls with a deadline. {@link #close} kills every JVM it started, executors included.
 */
final class LoopbackCluster implements AutoCloseable {
    static final Duration START = Duration.ofSeconds(90);

    /** A worker's environment carries a stray OMP_NUM_THREADS that thread placement must override. */
    static final String STRAY_OMP_THREADS = "4";

    private final Path dir;
    private final Path sparkHome;
    private final int masterPort = freePort();
    private final int masterUiPort = freePort();
    private final Process master;
    private final List<Process> workers = new ArrayList<>();
    private final List<ProcessHandle> orphans = new ArrayList<>();

    LoopbackCluster(Path dir, int workerCount) {
        this(dir, workerCount, List.of());
    }

    /** @param workerOptions JVM options of every worker, e.g. {@code -Dspark.worker.resource.gpu.amount=1} */
    LoopbackCluster(Path dir, int workerCount, List<String> workerOptions) {
        this.dir = dir;
        this.sparkHome = distribution(dir.resolve("spark-home"));
        try {
            master = start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort)), List.of(), Map.of());
            for (int i = 0; i < workerCount; i++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + i));
                workers.add(start("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                        "--work-dir", work.toString(), masterUrl()), workerOptions,
                        Map.of("OMP_NUM_THREADS", STRAY_OMP_THREADS)));
            }
            await(START, "the master to see " + workerCount + " alive workers", () -> aliveWorkers() == workerCount);
        } catch (RuntimeException | IOException e) {
            close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    Path sparkHome() {
        return sparkHome;
    }

    /** The lines of worker {@code i}'s executor logs ({@code work-dir/app-*}/{@code <id>/stderr}). */
    List<String> executorLog(int i) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("worker-" + i))) {
            for (Path f : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Kills worker {@code i}'s JVM at once (SIGKILL), as a lost machine would be; its executors go with it. */
    void killWorker(int i) {
        Process worker = workers.get(i);
        orphans.addAll(worker.descendants().toList());
        worker.destroyForcibly();
        try {
            worker.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(orphans);
        for (Process p : workers) {
            all.addAll(p.descendants().toList());
            all.add(p.toHandle());
        }
        if (master != null) {
            all.add(master.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> p).join();
        }
    }

    private int aliveWorkers() {
        try {
            HttpResponse<String> json = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)").matcher(json.body());
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Process start(String name, List<String> mainAndArgs, List<String> options, Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m"));
        command.addAll(opens());
        command.addAll(options);
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // What a distribution's bin/load-spark-env.sh exports; the launcher needs it to find jars/.
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** SPARK_HOME with jars/ linking the jars Spark provides and bin/spark-submit running SparkSubmit on them. */
    private static Path distribution(Path home) {
        try {
            Path jars = Files.createDirectories(home.resolve("jars"));
            String classpath = Files.readString(Path.of(System.getProperty("ccsweep.spark.classpath"))).strip();
            int i = 0;
            for (String jar : classpath.split(":")) {
                Path target = Path.of(jar);
                Files.createSymbolicLink(jars.resolve(i++ + "-" + target.getFileName()), target);
            }
            Path submit = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
            Files.writeString(submit, "#!/usr/bin/env bash\nexec '" + java() + "' " + String.join(" ", opens())
                    + " -cp \"$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n");
            Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The --add-opens Spark needs on Java 17 and the Vector API module, as the build gave them to this JVM. */
    static List<String> opens() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-modules")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .toList();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void await(Duration timeout, String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
