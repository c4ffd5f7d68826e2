package org.wikirefine.internal.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void agreesWithAHashSetOnDenseSparseAndExtremeIds() {
        IdSet ids = new IdSet();
        Set<Long> ref = new HashSet<>();
        Random rnd = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            long id = switch (i % 4) {
                case 0 -> rnd.nextInt(70_000);                 // dense: chunks turn into bitmaps
                case 1 -> rnd.nextLong();                      // scattered over the whole range, negatives too
                case 2 -> Integer.MAX_VALUE - rnd.nextInt(10);
                default -> Long.MAX_VALUE - rnd.nextInt(3);
            };
            assertThat(ids.add(id)).as("id %d", id).isEqualTo(ref.add(id));
        }
    }

    /** One id near 2^31 used to allocate a 256 MB bitmap (findings dumps/id_bitset.xml). */
    @Test
    void anIdNearTwoToTheThirtyFirstCostsAFewBytes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        IdSet ids = new IdSet();
        ids.add(1);
        ids.add(2_147_483_000L);
        ids.add(2_147_483_646L);
        ids.add(Long.MAX_VALUE);
        assertThat(mx.getThreadAllocatedBytes(tid) - before).isLessThan(1 << 20);
    }
}
