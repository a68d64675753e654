package dev.shelfsync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Samples the resident set size of processes (Linux /proc) while something runs, and keeps the peak. */
final class RssSampler implements AutoCloseable {

    private final List<ServiceProcess> processes;
    private final Map<String, Long> peakKb = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    RssSampler(List<ServiceProcess> processes) {
        this.processes = processes;
        this.thread = new Thread(this::sample, "rss-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void sample() {
        while (running.get()) {
            for (ServiceProcess process : processes) {
                long kb = residentKb(process.pid());
                synchronized (peakKb) {
                    peakKb.merge(process.name(), kb, Math::max);
                }
            }
            ServiceProcess.sleep(20);
        }
    }

    /** Peak resident set in MiB per service name, over the sampled period. */
    Map<String, Double> peakMib() {
        close();
        Map<String, Double> result = new HashMap<>();
        synchronized (peakKb) {
            peakKb.forEach((name, kb) -> result.put(name, kb / 1024.0));
        }
        return result;
    }

    static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // process gone or not Linux: no sample
        }
        return 0;
    }

    @Override
    public void close() {
        if (running.getAndSet(false)) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
