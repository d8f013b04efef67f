package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FirstInOrderTest {

    @Test
    void keepsTheFirstNAsAFullSortWouldWithTiesInTheSameOrder() {
        Random random = new Random(7);
        List<int[]> items = new ArrayList<>();
        IntStream.range(0, 10_000).forEach(i -> items.add(new int[] {random.nextInt(50), i}));
        Collections.shuffle(items, random);
        Comparator<int[]> order =
                Comparator.<int[]>comparingInt(item -> -item[0]).thenComparingInt(item -> item[1]);

        List<int[]> sorted = new ArrayList<>(items);
        sorted.sort(order);

        assertThat(FirstInOrder.of(items, order, 20)).containsExactlyElementsOf(sorted.subList(0, 20));
    }

    @Test
    void fewerItemsThanAskedForComeAllInOrder() {
        assertThat(FirstInOrder.of(List.of(3, 1, 2), Comparator.naturalOrder(), 10))
                .containsExactly(1, 2, 3);
        assertThat(FirstInOrder.of(List.of(3, 1, 2), Comparator.naturalOrder(), 0))
                .isEmpty();
    }
}
