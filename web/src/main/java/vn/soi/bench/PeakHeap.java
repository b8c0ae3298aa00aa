package vn.soi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of one benchmark step: the heap pools' peak usage is reset when the step starts and summed when it
 * ends. The sum of per-pool peaks can exceed the true simultaneous peak a little (pools peak at different moments), so
 * it is an upper bound, which is what a "fits in -Xmx2g" check needs.
 */
public final class PeakHeap {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();

    /** Starts a step: collects garbage once so the step does not inherit the previous one's peak, and resets peaks. */
    public void start() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The summed peak usage of the heap pools since {@link #start()}, in bytes. */
    public long peakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The heap limit of this JVM ({@code -Xmx}), in bytes. */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
