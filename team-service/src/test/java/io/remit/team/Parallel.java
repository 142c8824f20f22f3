package io.remit.team;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Runs requests at the same moment: each waits on one start latch, released once all are queued. */
final class Parallel {

    private Parallel() {
    }

    /** The results of the given calls, in their order, after running all of them at once. */
    static <T> List<T> runTogether(List<Supplier<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<CompletableFuture<T>> running = new ArrayList<>();
            for (Supplier<T> call : calls) {
                running.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return call.get();
                }, pool));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (CompletableFuture<T> call : running) {
                results.add(call.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
