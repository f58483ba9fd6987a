package dev.covet.orm;

import dev.covet.orm.models.Book;
import dev.covet.orm.models.Counter;
import dev.covet.orm.models.Product;
import dev.covet.orm.models.TestModels;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a fresh JVM by {@link PinningTest}: sets Covet up on a database URL whose test tables exist,
 * records {@code jdk.VirtualThreadPinned} while 1,000 virtual threads make their first Covet calls at
 * once, and prints one {@code PINNED} line per event pinned in Covet's own code.
 */
public final class PinningProbe {
    private PinningProbe() {
    }

    public static void main(String[] args) throws Exception {
        Covet.setup(Config.builder().database(Config.DEFAULT, args[0], s -> s.maxPoolSize(10).connectionTimeout(Duration.ofSeconds(60)))
                .models(TestModels.ALL).build());
        // Each shape once, on this platform thread: the JVM links a call site (a lambda, a string
        // concatenation, a record's equals) the first time it runs, and a virtual thread that does it
        // pins its carrier meanwhile, wherever the call site is. That first link is not what this
        // measures: it is what 1,000 virtual threads then meet, under load.
        for (int n = 0; n < 4; n++) {
            call(n);
        }
        Path file = Files.createTempFile("covet-pinning", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            List<Future<?>> calls = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 1000; i++) {
                    int n = i;
                    calls.add(threads.submit(() -> {
                        call(n);
                        return null;
                    }));
                }
            }
            for (Future<?> f : calls) {
                f.get();
            }
            recording.stop();
            recording.dump(file);
        }
        int pinned = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String frame = firstOwnFrame(e);
            if (frame != null && frame.startsWith("dev.covet.orm.")) {
                pinned++;
                System.out.println("PINNED " + e.getDuration().toMillis() + " ms at " + frame + " <- " + stack(e));
            }
        }
        Files.delete(file);
        System.out.println("PINNED-COUNT " + pinned);
        Covet.shutdown();
    }

    /** One of the four shapes of call the threads make. */
    private static void call(int n) {
        switch (n % 4) {
            case 0 -> Product.objects.filter("name__icontains", "w").exclude("rating__gt", 3).orderBy("-price").slice(0, 5).list();
            case 1 -> Book.objects.filter("author__name", "Ann").selectRelated("author").count();
            case 2 -> Counter.objects.filter("name", "none").update("value", F.of("value").plus(1));
            default -> Product.objects.values("name", "price").filter(Q.of("quantity__gte", 1).or("price__lt", 2)).list();
        }
    }

    /** The first frame outside the JDK: where the pinned code is, rather than the JDK's parking. */
    private static String firstOwnFrame(RecordedEvent e) {
        if (e.getStackTrace() == null) {
            return null;
        }
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type + "." + f.getMethod().getName();
            }
        }
        return null;
    }

    private static String stack(RecordedEvent e) {
        StringBuilder out = new StringBuilder();
        for (RecordedFrame f : e.getStackTrace().getFrames().subList(0, Math.min(14, e.getStackTrace().getFrames().size()))) {
            out.append(f.getMethod().getType().getName()).append('.').append(f.getMethod().getName()).append(':').append(f.getLineNumber()).append(" | ");
        }
        return out.toString();
    }
}
