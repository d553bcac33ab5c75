package dev.linkcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PermitsTest {

  @Test
  void followUpsAreServedBeforeEarlierFirstRequestsAndEachQueueInOrder() throws Exception {
    Permits permits = new Permits(1);
    permits.acquire(false);
    List<String> order = new CopyOnWriteArrayList<>();
    Thread first1 = waiter(permits, false, "first-1", order);
    Thread first2 = waiter(permits, false, "first-2", order);
    Thread follow1 = waiter(permits, true, "follow-1", order);
    Thread follow2 = waiter(permits, true, "follow-2", order);

    permits.release();
    for (Thread t : List.of(first1, first2, follow1, follow2)) {
      t.join(5_000);
    }

    assertThat(order).containsExactly("follow-1", "follow-2", "first-1", "first-2");
  }

  @Test
  void theHigherPriorityGoesFirstEvenBeforeALowerOnesFollowUps() throws Exception {
    Permits permits = new Permits(1);
    permits.acquire(false);
    List<String> order = new CopyOnWriteArrayList<>();
    Thread small = waiter(permits, false, 3, "small host", order);
    Thread big = waiter(permits, false, 1440, "big host", order);
    Thread smallToo = waiter(permits, false, 3, "small host again", order);
    // The busiest host is never starved by other hosts' follow-ups (issue 12).
    Thread followUp = waiter(permits, true, 3, "follow-up", order);

    permits.release();
    for (Thread t : List.of(small, big, smallToo, followUp)) {
      t.join(5_000);
    }

    assertThat(order).containsExactly("big host", "follow-up", "small host", "small host again");
  }

  @Test
  void freePermitsAreTakenAtOnceUpToTheLimit() throws Exception {
    Permits permits = new Permits(2);
    permits.acquire(false);
    permits.acquire(true);
    List<String> order = new CopyOnWriteArrayList<>();
    Thread third = waiter(permits, false, "third", order);

    assertThat(order).isEmpty();
    permits.release();
    third.join(5_000);
    assertThat(order).containsExactly("third");
  }

  @Test
  void anInterruptedWaiterLeavesTheQueueAndThePermitGoesToTheNext() throws Exception {
    Permits permits = new Permits(1);
    permits.acquire(false);
    List<String> order = new CopyOnWriteArrayList<>();
    Thread interrupted = waiter(permits, true, "interrupted", order);
    Thread next = waiter(permits, false, "next", order);

    interrupted.interrupt();
    interrupted.join(5_000);
    permits.release();
    next.join(5_000);

    assertThat(order).containsExactly("interrupted: interrupted", "next");
    assertThatThrownBy(
            () -> {
              Thread.currentThread().interrupt();
              new Permits(0).acquire(false);
            })
        .isInstanceOf(InterruptedException.class);
  }

  /**
   * Starts a thread that takes a permit, records {@code name} and releases; returns once it waits.
   */
  private static Thread waiter(Permits permits, boolean followUp, String name, List<String> order)
      throws InterruptedException {
    return waiter(permits, followUp, 0, name, order);
  }

  private static Thread waiter(
      Permits permits, boolean followUp, int priority, String name, List<String> order)
      throws InterruptedException {
    Thread t =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    permits.acquire(followUp, priority);
                  } catch (InterruptedException e) {
                    order.add(name + ": interrupted");
                    return;
                  }
                  order.add(name);
                  permits.release();
                });
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (t.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return t;
  }
}
