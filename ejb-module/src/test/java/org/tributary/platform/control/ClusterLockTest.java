package org.tributary.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The lock every server sees, on a real PostgreSQL: a second server skips a turn, or waits for it. */
class ClusterLockTest {

    private static PGSimpleDataSource database() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        // Advisory locks need no table: any database of the server will do.
        pg.setUrl(System.getProperty("it.db.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
        pg.setUser(System.getProperty("it.db.user", "tributary"));
        pg.setPassword(System.getProperty("it.db.password", "tributary"));
        return pg;
    }

    @Test
    void whileOneServerHasTheCatchUpsTurnAnotherSkipsItAndTakesTheNext() throws Exception {
        PGSimpleDataSource database = database();
        AtomicBoolean secondRan = new AtomicBoolean();
        boolean firstRan = ClusterLock.ifFree(database, ClusterLock.Kind.ANALYTICS_CATCH_UP, () -> {
            // Another server, with a connection of its own, at the same moment.
            secondRan.set(ClusterLock.ifFree(database, ClusterLock.Kind.ANALYTICS_CATCH_UP, () -> {}));
        });
        assertThat(firstRan).isTrue();
        assertThat(secondRan).as("the turn was taken").isFalse();
        assertThat(ClusterLock.ifFree(database, ClusterLock.Kind.ANALYTICS_CATCH_UP, () -> {}))
                .as("the turn was let go")
                .isTrue();
    }

    private static int waitingForAdvisoryLocks(PGSimpleDataSource database) throws SQLException {
        try (var connection = database.getConnection();
                var statement = connection.createStatement();
                var count = statement.executeQuery(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            count.next();
            return count.getInt(1);
        }
    }

    @Test
    void aPersonsWorkWaitsUntilTheOtherServerLetsGo() throws Exception {
        PGSimpleDataSource database = database();
        UUID person = UUID.randomUUID();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicBoolean firstDone = new AtomicBoolean();
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = servers.submit(() -> {
                ClusterLock.holding(database, ClusterLock.Kind.DAILY_TOTALS, person, () -> {
                    holding.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    firstDone.set(true);
                });
                return null;
            });
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = servers.submit(() -> {
                ClusterLock.holding(
                        database, ClusterLock.Kind.DAILY_TOTALS, person, () -> overlapped.set(!firstDone.get()));
                return null;
            });
            // The second server is waiting for the lock in PostgreSQL before the first lets go.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waitingForAdvisoryLocks(database) == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waitingForAdvisoryLocks(database)).isPositive();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            assertThat(overlapped)
                    .as("the second ran while the first held the lock")
                    .isFalse();
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void aLockHeldUntilCommitIsLetGoByTheCommitAndOnlyByIt() throws Exception {
        PGSimpleDataSource database = database();
        UUID person = UUID.randomUUID();
        ExecutorService servers = Executors.newSingleThreadExecutor();
        try (var first = database.getConnection()) {
            first.setAutoCommit(false);
            ClusterLock.untilCommit(first, ClusterLock.Kind.TRANSFERS, person);
            Future<?> second = servers.submit(() -> {
                try (var other = database.getConnection()) {
                    other.setAutoCommit(false);
                    ClusterLock.untilCommit(other, ClusterLock.Kind.TRANSFERS, person);
                    other.commit();
                }
                return null;
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waitingForAdvisoryLocks(database) == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waitingForAdvisoryLocks(database))
                    .as("the other transaction waits while the first has not committed")
                    .isPositive();
            assertThat(second.isDone()).isFalse();
            first.commit();
            second.get(30, TimeUnit.SECONDS);
        } finally {
            servers.shutdownNow();
        }
    }

    /**
     * A pooled connection whose statement letting go is refused (its transaction must roll back, as a JTA one's
     * after a failed call) is closed underneath, so that the lock does not stay with the pool, held by no one.
     */
    @Test
    void aLockThatCannotBeLetGoEndsWithItsConnection() throws Exception {
        PGSimpleDataSource settings = database();
        PGConnectionPoolDataSource pool = new PGConnectionPoolDataSource();
        pool.setUrl(settings.getUrl());
        pool.setUser(settings.getUser());
        pool.setPassword(settings.getPassword());
        PooledConnection physical = pool.getPooledConnection();
        Connection[] lent = new Connection[1];
        DataSource inATransaction = dataSource(() -> {
            lent[0] = physical.getConnection();
            lent[0].setAutoCommit(false);
            return lent[0];
        });
        UUID person = UUID.randomUUID();

        assertThatThrownBy(() -> ClusterLock.holding(inATransaction, ClusterLock.Kind.DAILY_TOTALS, person, () -> {
                    try (Statement failing = lent[0].createStatement()) {
                        failing.execute("select 1 / 0");
                    } catch (SQLException expected) {
                        // the transaction must roll back now
                    }
                }))
                .isInstanceOf(SQLException.class);

        try (var other = settings.getConnection();
                var free = other.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            free.setInt(1, 0x44545431);
            free.setInt(2, person.hashCode());
            try (var row = free.executeQuery()) {
                row.next();
                assertThat(row.getBoolean(1))
                        .as("the person's lock is free for another server")
                        .isTrue();
            }
        }
        physical.close();
    }

    private static DataSource dataSource(java.util.concurrent.Callable<Connection> lend) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
                ClusterLockTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lend.call();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
